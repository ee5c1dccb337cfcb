import { collapseWhitespace, htmlToText, truncateAtWord } from '../../../lib/text';
import type { Article } from '../api/types';

const EXCERPT_LENGTH = 240;
/** Enough HTML for an excerpt without parsing whole long posts. */
const TEXT_SAMPLE = 4000;

/**
 * The plain text an item opens with: its content_text, or the text of its content_html. Where
 * it has both and its "text" holds markup (micro.blog's holds its pictures' `<img>` tags), the
 * HTML's text.
 */
export function openingText(contentText?: string, contentHtml?: string): string {
  if (contentText && !(contentHtml && /<[a-z!/]/i.test(contentText))) {
    return collapseWhitespace(contentText.slice(0, TEXT_SAMPLE));
  }
  if (contentHtml) return htmlToText(contentHtml.slice(0, TEXT_SAMPLE));
  return '';
}

/** What a list shows under the title: the summary, or the opening of the text. */
export function excerptOf(
  article: Pick<Article, 'summary' | 'contentText' | 'contentHtml'>,
): string {
  const text = article.summary ?? openingText(article.contentText, article.contentHtml);
  return truncateAtWord(text, EXCERPT_LENGTH);
}
