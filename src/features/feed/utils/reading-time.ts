import { readingMinutes } from '../../../lib/reading-time';
import type { Article } from '../api/types';

const minutesByArticle = new WeakMap<Article, number>();

/**
 * Tags are dropped with a regex rather than parsed: a word count needs no DOM, and this runs for
 * every entry in a list. Scripts and styles go whole, since their text is never read.
 */
export function stripTags(html: string): string {
  return html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
}

/** Minutes to read an article's text (its content_text, or the text of its content_html). */
export function articleReadingMinutes(article: Article): number {
  let minutes = minutesByArticle.get(article);
  if (minutes === undefined) {
    const text = article.contentText || stripTags(article.contentHtml || article.summary || '');
    minutes = readingMinutes(text);
    minutesByArticle.set(article, minutes);
  }
  return minutes;
}

/** "3 min read" */
export function readingTimeText(article: Article): string {
  return `${articleReadingMinutes(article)} min read`;
}
