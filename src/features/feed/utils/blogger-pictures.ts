import { BLOGGER_HOST, BLOGGER_SIZE } from './picture-renditions';

/**
 * Blogger's thumbnail of a post's picture (72 pixels, cropped square) as the picture itself,
 * 1,200 pixels at most, which Blogger serves at the same address with another size.
 */
export function bloggerFullSize(url: string): string {
  if (!BLOGGER_HOST.test(new URL(url).hostname)) return url;
  return url.replace(/\/s72-c\//, '/s1200/').replace(/=s72-c$/, '=s1200');
}

/**
 * A Blogger picture's path in two, before and after its size, which copies of the picture in
 * other sizes share; undefined for other pictures.
 */
export function bloggerPathParts(url: URL): [string, string] | undefined {
  const sized = BLOGGER_HOST.test(url.hostname) ? BLOGGER_SIZE.exec(url.pathname) : null;
  if (!sized) return undefined;
  const { pathname } = url;
  return [pathname.slice(0, sized.index), pathname.slice(sized.index + sized[0].length)];
}
