export type TextBlock = { kind: 'text' | 'code' | 'quote'; text: string };

/** A line that opens a block of code, as Markdown writes one: three backticks, a language. */
const OPENING = /^```[\w+#.-]*[ \t]*$/;
const CLOSING = /^```[ \t]*$/;
/** A quoted line, as e-mail and Markdown mark one: "> " before it (">" alone for a blank one). */
const QUOTED = /^>(?: |$)/;

/**
 * A comment's text as its prose, its blocks of code and its quotes: the lines between a line of
 * three backticks (```` ```js ````) and the next line of them, as a commenter types code and as
 * code from a feed's comments (`<pre>`) is kept; and lines that open with "> ", as a commenter
 * quotes another and as a feed's comments' `<blockquote>`s are kept. A block never closed is
 * prose.
 */
export function codeBlocks(text: string): TextBlock[] {
  if (!text.includes('```') && !/^>/m.test(text)) return [{ kind: 'text', text }];
  const lines = text.split('\n');
  const blocks: TextBlock[] = [];
  let prose: string[] = [];
  let quote: string[] = [];
  const close = () => {
    if (prose.length > 0) blocks.push({ kind: 'text', text: prose.join('\n') });
    if (quote.length > 0) blocks.push({ kind: 'quote', text: quote.join('\n') });
    prose = [];
    quote = [];
  };
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at] ?? '';
    const end = OPENING.test(line)
      ? lines.findIndex((next, index) => index > at && CLOSING.test(next))
      : -1;
    if (end !== -1) {
      close();
      blocks.push({ kind: 'code', text: lines.slice(at + 1, end).join('\n') });
      at = end;
    } else if (QUOTED.test(line)) {
      if (prose.length > 0) close();
      quote.push(line.slice(2));
    } else {
      if (quote.length > 0) close();
      prose.push(line);
    }
  }
  close();
  return blocks.filter((block) => block.kind === 'code' || block.text.trim() !== '');
}
