export type TextPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// A URL ends at a bidi control: one inside a link's text could make it misstate its target
// (`https://example.org/\u202Egnp.exe` shows as "…exe.png").
// An address written without its scheme, `www.example.org/x`, is a link too, as comment
// systems (WordPress's among them) make it; not in the middle of an e-mail address or a path.
const URL_PATTERN =
  /(?:\bhttps?:\/\/|(?<![\w@./-])www\.)[^\s<>"'`\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]+/gi;
/** A host after `www.`: labels of letters, digits and hyphens, and a top-level name of letters. */
const WWW_HOST = /^www\.(?:[\p{L}\p{N}-]+\.)*[\p{L}\p{N}-]+\.\p{L}{2,}$/u;
const TRAILING = /[.,;:!?'"*]+$/;

/** Splits plain text into text and http(s) links (`www.` ones as https); nothing else ever becomes a link. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const candidate = trimUrl(match[0]);
    const href = safeHref(candidate);
    if (!href) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: candidate, href });
    last = start + candidate.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** Drops sentence punctuation and a closing bracket that the URL did not open. */
function trimUrl(url: string): string {
  let result = url;
  for (;;) {
    const before = result;
    result = result.replace(TRAILING, '');
    for (const [open, close] of [
      ['(', ')'],
      ['[', ']'],
    ] as const) {
      if (result.endsWith(close) && count(result, close) > count(result, open)) {
        result = result.slice(0, -1);
      }
    }
    if (result === before) return result;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function safeHref(candidate: string): string | undefined {
  const bare = /^www\./i.test(candidate);
  try {
    const url = new URL(bare ? `https://${candidate}` : candidate);
    if (bare && !WWW_HOST.test(candidate.split(/[/?#:]/)[0] ?? '')) return undefined;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
