import type { ReactNode } from 'react';
import { normalizeTerm, SEPARATOR } from '../utils/terms';

const PARTS = new RegExp(`(${SEPARATOR.source})`, 'u');

/** `text` with the matched words in `<mark>`, built as React elements (never as HTML). */
export function Highlighted({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  if (terms.size === 0) return text;
  const nodes: ReactNode[] = [];
  let plain = '';
  // The split keeps separators at odd indexes, so words are at even ones.
  text.split(PARTS).forEach((part, index) => {
    if (index % 2 === 0 && part && terms.has(normalizeTerm(part))) {
      if (plain) nodes.push(plain);
      plain = '';
      nodes.push(<mark key={index}>{part}</mark>);
    } else {
      plain += part;
    }
  });
  if (plain) nodes.push(plain);
  return nodes;
}
