import { readingMinutes } from '../../../lib/reading-time';
import { htmlToText } from '../../../lib/text';
import type { Article } from '../api/types';

/** Minutes to read an article's text (its content_text, or the text of its content_html). */
export function articleReadingMinutes(
  article: Pick<Article, 'contentText' | 'contentHtml' | 'summary'>,
): number {
  return readingMinutes(
    article.contentText || htmlToText(article.contentHtml || article.summary || ''),
  );
}
