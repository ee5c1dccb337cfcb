/**
 * Where lazy-loading scripts (WP Rocket's, lazysizes, jQuery's) keep a picture's or a frame's
 * address while its `src` holds a placeholder: in a feed, where no script runs, the placeholder
 * is all that shows.
 */
export const LAZY_SOURCES = ['data-lazy-src', 'data-src', 'data-original'];
export const LAZY_SRCSETS = ['data-lazy-srcset', 'data-srcset'];
/** A placeholder's address: inline data, or a file named as one ("lazy.gif", "/img/loading.gif"). */
const PLACEHOLDER =
  /^\s*(?:data:|about:)|(?:^|[/_.-])(?:lazy[\w-]*|placeholders?|blank|spacer|loading|loader|transparent|pixel|dummy|gr[ae]y)\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;

/**
 * An element's address: its `src`, or where that is a placeholder (or missing), the first
 * address a lazy-loading script keeps (`lazy`, the values of LAZY_SOURCES) that is none.
 */
export function realSource(
  src: string | undefined,
  lazy: readonly (string | null | undefined)[],
): string | undefined {
  if (src?.trim() && !PLACEHOLDER.test(src)) return src;
  return lazy.find((value) => value?.trim() && !PLACEHOLDER.test(value)) ?? src;
}
