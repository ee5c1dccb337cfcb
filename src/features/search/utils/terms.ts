/** Where MiniSearch's default tokenizer splits text: spaces and punctuation. */
export const SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/** One form for indexing, querying and highlighting: lower case, accents removed ("Café" → "cafe"). */
export function normalizeTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
