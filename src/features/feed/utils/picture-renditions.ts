/**
 * The widths, in pixels, asked of a picture service for a picture's box: a list's 12rem box at
 * one and two device pixels to a CSS pixel, and a phone's full width at two and three.
 */
const WIDTHS = [240, 480, 800, 1200];

/** The text's measure (--measure in global.css) by the reader's line width, in rem. */
const MEASURES: Record<string, number> = { narrow: 34, medium: 42, wide: 54 };

/**
 * How wide a picture's box is drawn, for `sizes`: a list's (.entry-image in global.css: 12rem
 * beside the text from 40rem up, else the page's width less its margins) or an article's (the
 * text's measure less its margins, or the page's width less them). The page's rem follows the
 * reader's text size (--text-scale on the root, and its line width, as the settings set them);
 * the rem of `sizes`, as of a media query, does not: its lengths are scaled here.
 */
export function pictureSizes(box: 'entry' | 'article'): string {
  const root = globalThis.document?.documentElement;
  const scale = Number(root?.style.getPropertyValue('--text-scale')) || 1;
  const rem = (length: number) => `${Math.round(length * scale * 100) / 100}rem`;
  const page = `calc(100vw - ${rem(2)})`;
  if (box === 'entry') return `(min-width: 40rem) ${rem(12)}, ${page}`;
  const measure = MEASURES[root?.dataset.width ?? ''] ?? 42;
  return `(min-width: ${rem(measure)}) ${rem(measure - 2)}, ${page}`;
}

/** Where Blogger keeps its posts' pictures. */
export const BLOGGER_HOST = /(?:^|\.)(?:bp\.blogspot\.com|blogger\.googleusercontent\.com)$/;
/** The size in a Blogger picture's path: a folder ("/s72-c/", "/w640-h302/") or an ending. */
export const BLOGGER_SIZE = /\/[swh]\d+(?:-[\w-]+)?\/|=[swh]\d+(?:-[\w-]+)?$/;

/** Whether `url`'s path names a size (`size`), which `resize` then changes. */
function resizedPath(url: URL, size: RegExp, resize: (size: string) => string): boolean {
  if (!size.test(url.pathname)) return false;
  url.pathname = url.pathname.replace(size, resize);
  return true;
}

/** Services that serve any width of a picture when its address asks for it, by its host. */
const SERVICES: [RegExp, (url: URL, width: number) => boolean][] = [
  // Blogger: the size is a folder of the path ("/s1600/") or its ending ("=s1600").
  [
    BLOGGER_HOST,
    (url, width) =>
      resizedPath(url, BLOGGER_SIZE, (size) =>
        size.startsWith('/') ? `/w${width}/` : `=w${width}`,
      ),
  ],
  // WordPress.com's uploads and its Photon service (i0.wp.com), imgix and the services built on
  // it (Unsplash), Sanity's and Contentful's: a `w` parameter, without the height or crop that
  // would fix another shape. A signed imgix address (`s`) serves only what was signed.
  [
    /^i\d\.wp\.com$|\.files\.wordpress\.com$|\.imgix\.net$|^images\.unsplash\.com$|^cdn\.sanity\.io$|^images\.ctfassets\.net$/,
    (url, width) => {
      const { searchParams } = url;
      if (searchParams.has('s')) return false;
      for (const name of ['h', 'resize', 'fit', 'crop']) searchParams.delete(name);
      searchParams.set('w', String(width));
      return true;
    },
  ],
  // Substack's: the transformations are the folder after /image/fetch/ ("w_1456,c_limit,…").
  [
    /^substackcdn\.com$/,
    (url, width) => {
      const [, image, fetch, transforms = 'http:', ...source] = url.pathname.split('/');
      if (image !== 'image' || fetch !== 'fetch' || /^https?(?::|%3A)/i.test(transforms)) {
        return false;
      }
      const kept = transforms.split(',').filter((part) => !/^[whc]_/.test(part));
      const resized = [...kept, `w_${width}`, 'c_limit'].join(',');
      url.pathname = ['', image, fetch, resized, ...source].join('/');
      return true;
    },
  ],
  // Medium's: "/max/1024/" or "/resize:fit:1400/".
  [
    /^(?:cdn-images-\d|miro)\.medium\.com$/,
    (url, width) =>
      resizedPath(url, /^\/max\/\d+\/|\/resize:fit:\d+\//, (size) =>
        size.replace(/\d+/, String(width)),
      ),
  ],
];

/**
 * The `srcset` of a picture a service serves in any width: copies of it as wide as its box may
 * need, for the browser to choose the smallest that fills the box (a list's box is 192 pixels
 * wide, where a feed's picture is often 2,000). Undefined for a picture from anywhere else,
 * which is shown as the feed names it.
 */
export function pictureSrcSet(address: string): string | undefined {
  let host: string;
  try {
    host = new URL(address).hostname;
  } catch {
    return undefined;
  }
  const resize = SERVICES.find(([hosts]) => hosts.test(host))?.[1];
  if (!resize) return undefined;
  const copies: string[] = [];
  for (const width of WIDTHS) {
    const url = new URL(address);
    if (!resize(url, width)) return undefined;
    copies.push(`${url.href} ${width}w`);
  }
  return copies.join(', ');
}

/**
 * How many of its own pixels a picture shown from a `srcset` has to one of the browser's
 * natural ones: the browser reads a copy named "800w" for a 400-pixel box (its `sizes`, which
 * is the box's width) as drawn at two to a pixel, whatever the service sent (no more than the
 * picture's own width).
 */
export function pictureDensity(image: HTMLImageElement): number {
  if (!image.srcset || image.clientWidth === 0) return 1;
  const width = image.srcset
    .split(', ')
    .map((copy) => copy.split(' '))
    .find(([url]) => url === image.currentSrc)?.[1];
  return width ? Number.parseInt(width, 10) / image.clientWidth : 1;
}
