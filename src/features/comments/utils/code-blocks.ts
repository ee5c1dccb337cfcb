export type TextBlock = { kind: 'text' | 'code'; text: string };

/** A line that opens a block of code, as Markdown writes one: three backticks, a language. */
const OPENING = /^```[\w+#.-]*[ \t]*$/;
const CLOSING = /^```[ \t]*$/;

/**
 * A comment's text as its prose and its blocks of code: the lines between a line of three
 * backticks (```` ```js ````) and the next line of them, as a commenter types code and as code
 * from a feed's comments (`<pre>`) is kept. A block never closed is prose.
 */
export function codeBlocks(text: string): TextBlock[] {
  if (!text.includes('```')) return [{ kind: 'text', text }];
  const lines = text.split('\n');
  const blocks: TextBlock[] = [];
  let prose: string[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at] ?? '';
    const end = OPENING.test(line)
      ? lines.findIndex((next, index) => index > at && CLOSING.test(next))
      : -1;
    if (end === -1) {
      prose.push(line);
      continue;
    }
    if (prose.length > 0) blocks.push({ kind: 'text', text: prose.join('\n') });
    prose = [];
    blocks.push({ kind: 'code', text: lines.slice(at + 1, end).join('\n') });
    at = end;
  }
  if (prose.length > 0) blocks.push({ kind: 'text', text: prose.join('\n') });
  return blocks.filter((block) => block.kind === 'code' || block.text.trim() !== '');
}
