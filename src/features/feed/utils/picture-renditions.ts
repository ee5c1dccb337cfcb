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

/**
 * Whether `url`'s path names a size (`size`), which `resize` then changes (given the parts of
 * the path the pattern groups).
 */
function resizedPath(
  url: URL,
  size: RegExp,
  resize: (size: string, ...parts: string[]) => string,
): boolean {
  if (!size.test(url.pathname)) return false;
  url.pathname = url.pathname.replace(size, resize);
  return true;
}

/**
 * A service that serves any width of a picture when its address asks for it: which addresses
 * are its, the widths it makes copies at where it makes only some, and a copy's address.
 */
interface Service {
  serves: (url: URL) => boolean;
  widths?: readonly number[];
  resize: (url: URL, width: number) => boolean;
}

/** A service known by its host. */
const onHost = (hosts: RegExp) => (url: URL) => hosts.test(url.hostname);

/**
 * A picture of a Ghost blog, on the blog's own site (below its folder where it has one):
 * `/content/images/` then the year and month, or a copy of it (`size/w600/`, `size/w600h400/`)
 * named in the same place; the format Ghost converts it to (`format/webp/`) is kept.
 */
const GHOST_PICTURE =
  /(\/content\/images\/)(?:size\/w\d+(?:h\d+)?\/)?((?:format\/\w+\/)?\d{4}\/\d{2}\/)/;

const SERVICES: Service[] = [
  // Blogger: the size is a folder of the path ("/s1600/") or its ending ("=s1600").
  {
    serves: onHost(BLOGGER_HOST),
    resize: (url, width) =>
      resizedPath(url, BLOGGER_SIZE, (size) =>
        size.startsWith('/') ? `/w${width}/` : `=w${width}`,
      ),
  },
  // WordPress.com's uploads and its Photon service (i0.wp.com), imgix and the services built on
  // it (Unsplash), Sanity's and Contentful's: a `w` parameter, without the height or crop that
  // would fix another shape. A signed imgix address (`s`) serves only what was signed.
  {
    serves: onHost(
      /^i\d\.wp\.com$|\.files\.wordpress\.com$|\.imgix\.net$|^images\.unsplash\.com$|^cdn\.sanity\.io$|^images\.ctfassets\.net$/,
    ),
    resize: (url, width) => {
      const { searchParams } = url;
      if (searchParams.has('s')) return false;
      for (const name of ['h', 'resize', 'fit', 'crop']) searchParams.delete(name);
      searchParams.set('w', String(width));
      return true;
    },
  },
  // Substack's: the transformations are the folder after /image/fetch/ ("w_1456,c_limit,…").
  {
    serves: onHost(/^substackcdn\.com$/),
    resize: (url, width) => {
      const [, image, fetch, transforms = 'http:', ...source] = url.pathname.split('/');
      if (image !== 'image' || fetch !== 'fetch' || /^https?(?::|%3A)/i.test(transforms)) {
        return false;
      }
      const kept = transforms.split(',').filter((part) => !/^[whc]_/.test(part));
      const resized = [...kept, `w_${width}`, 'c_limit'].join(',');
      url.pathname = ['', image, fetch, resized, ...source].join('/');
      return true;
    },
  },
  // Medium's: "/max/1024/" or "/resize:fit:1400/".
  {
    serves: onHost(/^(?:cdn-images-\d|miro)\.medium\.com$/),
    resize: (url, width) =>
      resizedPath(url, /^\/max\/\d+\/|\/resize:fit:\d+\//, (size) =>
        size.replace(/\d+/, String(width)),
      ),
  },
  // The Washington Post's resizer: the picture its `src` names, as wide as `w`.
  {
    serves: (url) =>
      onHost(/(?:^|\.)washingtonpost\.com$/)(url) &&
      url.pathname === '/wp-apps/imrs.php' &&
      url.searchParams.has('src'),
    resize: (url, width) => {
      url.searchParams.delete('h');
      url.searchParams.set('w', String(width));
      return true;
    },
  },
  // Squarespace's: a `format` parameter, one of the widths it makes ("?format=1000w").
  {
    serves: onHost(/^images\.squarespace-cdn\.com$|^static\d\.squarespace\.com$/),
    widths: [300, 500, 750, 1000, 1500],
    resize: (url, width) => {
      url.searchParams.set('format', `${width}w`);
      return true;
    },
  },
  // The BBC's: the width is the folder after /news/ or /ace/standard/ ("/news/240/"); its feeds
  // name the 240-pixel copy, its own pages offer 240 to 1,536.
  {
    serves: onHost(/^ichef\.bbci\.co\.uk$/),
    widths: [240, 480, 800, 1024],
    resize: (url, width) =>
      resizedPath(url, /^\/(?:news|ace\/standard)\/\d+\//, (size) =>
        size.replace(/\d+/, String(width)),
      ),
  },
  // Ghost's, on any blog's site: the copies it makes of every picture of a post, for its text
  // (its content sizes, 600, 1,000, 1,600 and 2,400 pixels wide), whichever sizes its theme adds;
  // a feed names the picture itself, as wide as it was uploaded.
  {
    serves: (url) => GHOST_PICTURE.test(url.pathname),
    widths: [600, 1000, 1600],
    resize: (url, width) =>
      resizedPath(url, GHOST_PICTURE, (_, images, dated) => `${images}size/w${width}/${dated}`),
  },
];

declare global {
  /**
   * Pictures whose copies could not be had, for the page's life: the screen drawn before the
   * app (src/first-paint) and the app share them.
   */
  var broadsheetCopiesFailed: Set<string> | undefined;
}

/**
 * Says that `address`'s copies could not be had (the service has none of it, or the address
 * only looked like the service's), unless the browser is offline and nothing could be: from then
 * on, on this page, the picture is asked for as the feed names it, at once, not after a failed
 * copy each time a list shows it again or the app draws over the first screen.
 */
export function copiesFailed(address: string, online = globalThis.navigator?.onLine !== false) {
  if (online) (globalThis.broadsheetCopiesFailed ??= new Set()).add(address);
}

/**
 * The `srcset` of a picture a service serves in any width: copies of it as wide as its box may
 * need, for the browser to choose the smallest that fills the box (a list's box is 192 pixels
 * wide, where a feed's picture is often 2,000). Undefined for a picture from anywhere else, or
 * one whose copies failed (copiesFailed), which is shown as the feed names it.
 */
export function pictureSrcSet(address: string): string | undefined {
  if (globalThis.broadsheetCopiesFailed?.has(address)) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const service = SERVICES.find(({ serves }) => serves(url));
  if (!service) return undefined;
  const copies: string[] = [];
  for (const width of service.widths ?? WIDTHS) {
    const copy = new URL(url);
    if (!service.resize(copy, width)) return undefined;
    copies.push(`${copy.href} ${width}w`);
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
