/*
 * The parser under feedsmith forgives broken markup: an outline that ends in "//>" is read as if
 * it were whole. So the shape is checked here, to tell the reader where a file breaks: tags open
 * and close in order, attributes are name="value", one root element. A bare "&" is let through,
 * as real exports carry them in URLs and feedsmith reads them well.
 */

const OPEN_TAG = /<([A-Za-z_:][^\s/>]*)((?:\s+[^\s=/>"']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const CLOSE_TAG = /<\/([^\s>]+)\s*>/y;

/** Where `text` breaks the shape of XML, in words, or undefined when it keeps it. */
export function xmlProblem(text: string): string | undefined {
  const open: string[] = [];
  let root: string | undefined;
  let at = 0;
  const fail = (index: number, what: string) => `line ${lineOf(text, index)}: ${what}.`;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (open.length === 0 && text.slice(at, lt === -1 ? undefined : lt).trim() !== '') {
      return fail(at, 'there is text outside the document');
    }
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) return fail(lt, 'a comment is never closed');
      at = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end === -1 || open.length === 0) return fail(lt, 'a CDATA section is out of place');
      at = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt);
      if (end === -1) return fail(lt, 'an instruction is never closed');
      at = end + 2;
    } else if (text.startsWith('<!', lt)) {
      const end = declarationEnd(text, lt);
      if (end === -1 || root) return fail(lt, 'a declaration is out of place');
      at = end;
    } else if (text.startsWith('</', lt)) {
      CLOSE_TAG.lastIndex = lt;
      const name = CLOSE_TAG.exec(text)?.[1];
      if (!name) return fail(lt, 'a closing tag is broken');
      const expected = open.pop();
      if (expected?.toLowerCase() !== name.toLowerCase()) {
        return fail(lt, expected ? `</${name}> closes <${expected}>` : `</${name}> closes nothing`);
      }
      at = CLOSE_TAG.lastIndex;
    } else {
      OPEN_TAG.lastIndex = lt;
      const match = OPEN_TAG.exec(text);
      if (!match?.[1]) return fail(lt, 'a tag is broken');
      if (open.length === 0 && root) return fail(lt, 'there is a second root element');
      root ??= match[1];
      if (!match[3]) open.push(match[1]);
      at = OPEN_TAG.lastIndex;
    }
  }
  if (open.length > 0) return fail(text.length, `<${open.at(-1)}> is never closed`);
  if (!root) return 'there is no XML in it.';
  if (root.toLowerCase() !== 'opml') return `its root element is <${root}>, not <opml>.`;
  return undefined;
}

/** The end of `<!DOCTYPE …>`, past an internal subset in brackets. */
function declarationEnd(text: string, start: number): number {
  const close = text.indexOf('>', start);
  const bracket = text.indexOf('[', start);
  if (bracket === -1 || (close !== -1 && close < bracket)) return close === -1 ? -1 : close + 1;
  const subsetEnd = text.indexOf(']', bracket);
  const end = subsetEnd === -1 ? -1 : text.indexOf('>', subsetEnd);
  return end === -1 ? -1 : end + 1;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
