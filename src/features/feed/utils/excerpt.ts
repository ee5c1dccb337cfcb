import {
  attribute,
  collapseWhitespace,
  htmlToText,
  IMG_TAG,
  truncateAtWord,
  withoutReadMore,
} from '../../../lib/text';
import type { Article } from '../api/types';

const EXCERPT_LENGTH = 240;
/** Enough HTML for an excerpt without parsing whole long posts. */
const TEXT_SAMPLE = 4000;

/**
 * The plain text an item opens with: the text of its content_html, or its content_text. Where it
 * has both, the HTML's: micro.blog's "text" is the Markdown it was written in ("**Classis**",
 * "[a link](…)", its pictures' `<img>` tags), and others' hold entities ("I&rsquo;m").
 */
export function openingText(contentText?: string, contentHtml?: string): string {
  if (contentHtml) return htmlToText(contentHtml.slice(0, TEXT_SAMPLE));
  if (contentText) return collapseWhitespace(contentText.slice(0, TEXT_SAMPLE));
  return '';
}

/** What the first picture of an item's HTML that says so shows: its alt text. */
export function pictureAlt(contentHtml?: string): string {
  for (const [tag] of (contentHtml ?? '').slice(0, TEXT_SAMPLE).matchAll(IMG_TAG)) {
    const alt = htmlToText(attribute(tag, 'alt') ?? '');
    if (alt) return alt;
  }
  return '';
}

/**
 * What a list shows under the title: the summary, or the opening of the text, without the
 * "Continue reading..." a short one closes with (the title links there already).
 */
export function excerptOf(
  article: Pick<Article, 'summary' | 'contentText' | 'contentHtml'>,
): string {
  const text = article.summary ?? openingText(article.contentText, article.contentHtml);
  return truncateAtWord(withoutReadMore(text), EXCERPT_LENGTH);
}
