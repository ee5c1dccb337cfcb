import { pictureDensity } from './picture-renditions';

/** How far a picture may be enlarged to fill its box before it is shown at its own size. */
const MOST_ENLARGED = 1.5;

/**
 * A picture much smaller than its box (a feed's 90-pixel thumbnail under a 700-pixel title) is
 * shown at its own size in the middle of the box instead of blurred to fill it. The box keeps
 * its size, so nothing around it moves. Does nothing until the picture has arrived: for a `ref`,
 * a picture that loaded before the page's code ran is measured at once.
 */
export function fitPicture(image: HTMLImageElement | null): void {
  if (!image?.complete || image.naturalWidth === 0 || image.naturalHeight === 0) return;
  // Pixels of the file itself: a copy chosen from a `srcset` is measured as drawn to fit its box.
  const density = pictureDensity(image);
  const enlarged = Math.max(
    image.clientWidth / (image.naturalWidth * density),
    image.clientHeight / (image.naturalHeight * density),
  );
  if (enlarged > MOST_ENLARGED) image.dataset.fit = 'own-size';
  else delete image.dataset.fit;
}
