import { inertMarkup } from './inert-html';

/** Text of an HTML fragment, without running or loading anything (DOMParser documents are inert). */
export function htmlToText(html: string): string {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(inertMarkup(html), 'text/html');
  return collapseWhitespace(doc.body.textContent ?? '');
}

/** Decodes HTML entities in plain text (some feeds put `&amp;` in titles). */
export function decodeEntities(text: string): string {
  if (!/&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text)) return text;
  return htmlToText(text.replace(/</g, '&lt;'));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortens text at a word boundary, adding an ellipsis when anything was cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const end = lastSpace > max * 0.5 ? lastSpace : max;
  return `${cut.slice(0, end).replace(/[\s,.;:–—-]+$/u, '')}…`;
}
