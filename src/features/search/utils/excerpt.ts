import { normalizeTerm, wordsOf } from './terms';

const LENGTH = 240;
/** How much text to keep before the first match, so it is read in context. */
const LEAD = 60;

/** The text around the first matched word, cut at spaces, with ellipses where it was cut. */
export function excerptAround(text: string, terms: ReadonlySet<string>, length = LENGTH): string {
  let first = -1;
  for (const { word, index } of wordsOf(text)) {
    if (terms.has(normalizeTerm(word))) {
      first = index;
      break;
    }
  }
  if (first < 0 || text.length <= length) return cut(text, 0, length);
  const from = first <= LEAD ? 0 : text.indexOf(' ', first - LEAD) + 1;
  return cut(text, from, length);
}

/** Whether any word of `text` is one of `terms`. */
export function mentions(text: string, terms: ReadonlySet<string>): boolean {
  for (const { word } of wordsOf(text)) {
    if (terms.has(normalizeTerm(word))) return true;
  }
  return false;
}

function cut(text: string, from: number, length: number): string {
  if (from === 0 && text.length <= length) return text;
  let end = Math.min(text.length, from + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > from + length / 2) end = space;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, end).trim()}${end < text.length ? '…' : ''}`;
}
