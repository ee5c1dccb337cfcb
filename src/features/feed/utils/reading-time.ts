import { readingMinutes } from '../../../lib/reading-time';
import type { Article } from '../api/types';

/** Tags (and what scripts and styles hold) are not read: a plain pass, quick on long feeds. */
const NOT_READ = /<(script|style)\b[\s\S]*?<\/\1\s*>|<[^>]*>/gi;

/**
 * Minutes to read an article's text (its content_text, or the words of its content_html); 0 for
 * an item that has none (a title alone, a picture alone).
 */
export function articleReadingMinutes(
  article: Pick<Article, 'contentText' | 'contentHtml' | 'summary'>,
): number {
  const text =
    article.contentText || (article.contentHtml || article.summary || '').replace(NOT_READ, ' ');
  return /[\p{L}\p{N}]/u.test(text) ? readingMinutes(text) : 0;
}
