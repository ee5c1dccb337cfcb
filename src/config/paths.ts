/**
 * Every in-app link is built here, so a non-default feed (`?feed=`) travels on all of them.
 */
export function withFeed(path: string, feedParam: string | null): string {
  if (!feedParam) return path;
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}feed=${encodeURIComponent(feedParam)}`;
}

export const paths = {
  home: () => '/',
  tag: (tag: string) => `/tags/${encodeURIComponent(tag)}`,
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  saved: () => '/saved',
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  archive: (year?: number, month?: number) =>
    year && month ? `/archive/${year}/${String(month).padStart(2, '0')}` : '/archive',
  settings: () => '/settings',
};
