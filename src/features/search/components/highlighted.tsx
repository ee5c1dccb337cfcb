import type { ReactNode } from 'react';
import { normalizeTerm, wordsOf } from '../utils/terms';

/** `text` with the matched words in `<mark>`, built as React elements (never as HTML). */
export function Highlighted({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  if (terms.size === 0) return text;
  const nodes: ReactNode[] = [];
  let shown = 0;
  for (const { word, index } of wordsOf(text)) {
    if (!terms.has(normalizeTerm(word))) continue;
    if (index > shown) nodes.push(text.slice(shown, index));
    nodes.push(<mark key={index}>{word}</mark>);
    shown = index + word.length;
  }
  if (shown < text.length) nodes.push(text.slice(shown));
  return nodes;
}
