import { readingMinutes } from '../../../lib/reading-time';
import { htmlToText } from '../../../lib/text';
import type { Article } from '../api/types';

const minutesByArticle = new WeakMap<Article, number>();

/** Minutes to read an article's text (its content_text, or the text of its content_html). */
export function articleReadingMinutes(article: Article): number {
  let minutes = minutesByArticle.get(article);
  if (minutes === undefined) {
    const text = article.contentText || htmlToText(article.contentHtml || article.summary || '');
    minutes = readingMinutes(text);
    minutesByArticle.set(article, minutes);
  }
  return minutes;
}

/** "3 min read" */
export function readingTimeText(article: Article): string {
  return `${articleReadingMinutes(article)} min read`;
}
