import type { Article } from '../api/types';

/** A text as compared with another: without white space or the placeholders a title ends with. */
const bare = (text: string) => text.replace(/(?:\s*\[[^\]\s]{1,4}\])+$/u, '').replace(/\s+/g, '');

/**
 * The excerpt a list shows under an entry's title: none where it only says the title again,
 * but for white space and the "[图片]" ("[picture]") RSSHub ends a Weibo post's title with for
 * each of its pictures.
 */
export function listedExcerpt({
  title,
  excerpt,
  summary,
}: Pick<Article, 'title' | 'excerpt' | 'summary'>): string | undefined {
  const shown = excerpt ?? summary;
  return shown && bare(shown) !== bare(title) ? shown : undefined;
}
