import { onlineManager } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';

/** How far a picture may be enlarged to fill its box before it is shown at its own size. */
const MOST_ENLARGED = 1.5;

/**
 * A picture much smaller than its box (a feed's 90-pixel thumbnail under a 700-pixel title) is
 * shown at its own size in the middle of the box instead of blurred to fill it. The box keeps
 * its size, so nothing around it moves. For a `ref`: a picture that loaded before the page's
 * code ran (in the page's HTML) is measured at once.
 */
export function fitPicture(image: HTMLImageElement | null): void {
  if (!image?.complete || image.naturalWidth === 0 || image.naturalHeight === 0) return;
  const enlarged = Math.max(
    image.clientWidth / image.naturalWidth,
    image.clientHeight / image.naturalHeight,
  );
  if (enlarged > MOST_ENLARGED) image.dataset.fit = 'own-size';
  else delete image.dataset.fit;
}

/** For `onLoad`: the picture just arrived. */
export function fitLoadedPicture(event: SyntheticEvent<HTMLImageElement>): void {
  fitPicture(event.currentTarget);
}

/**
 * A picture that could not be had (a site gone, a file moved): its box stays, empty, rather than
 * the browser's broken-picture mark, and nothing below it moves. Chromium keeps the mark on an
 * element whose file failed even once its `src` is gone, so the picture takes a new element
 * (`key`). Kept by address: a picture the feed changes after a refresh is asked for, and one
 * that failed is asked for again when the network comes back.
 */
export function useFailedPicture(url: string | undefined) {
  const [failedUrl, setFailedUrl] = useState<string>();
  // Failed offline, perhaps: asked for again once the network is back.
  useEffect(
    () =>
      failedUrl === undefined
        ? undefined
        : onlineManager.subscribe((online) => {
            if (online) setFailedUrl(undefined);
          }),
    [failedUrl],
  );
  const failed = url !== undefined && failedUrl === url;
  return { failed, key: failed ? 'failed' : 'picture', fail: () => setFailedUrl(url) };
}
