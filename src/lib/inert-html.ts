/**
 * Feed HTML made quiet to parse. Parsing is inert (nothing runs or loads), yet the browser still
 * checks the page's Content-Security-Policy for every `style` attribute and `<style>` element it
 * parses, even in a DOMParser document, and reports each one as a `securitypolicyviolation`.
 * Both would be removed anyway, so before parsing, `<style>` and `<base>` elements are dropped
 * and `style` and `on…` attributes are renamed (`x-style`, which no sanitiser keeps). One pass, linear in
 * the length of the text, following the HTML tokenizer closely enough for real markup; where it
 * misreads odd markup, the worst outcome is a report, never unsafe output, since sanitising
 * happens after.
 */
export function inertMarkup(html: string): string {
  if (!/style|\bon|<base/i.test(html)) return html;
  let out = '';
  let copied = 0;
  let at = html.indexOf('<');
  while (at !== -1 && at < html.length) {
    if (html.startsWith('<!--', at)) {
      // `<!-->` and `<!--->` are whole (empty) comments.
      const empty = /^<!---?>/.exec(html.slice(at, at + 6));
      const close = /--!?>/g;
      close.lastIndex = at + 4;
      const found = empty ? undefined : close.exec(html);
      at = empty ? at + empty[0].length : found ? found.index + found[0].length : html.length;
    } else if (html[at + 1] === '!' || html[at + 1] === '?' || html[at + 1] === '/') {
      at = skipTo(html, '>', at + 1);
    } else if (/[a-z]/i.test(html[at + 1] ?? '')) {
      const tag = readStartTag(html, at);
      out += html.slice(copied, at);
      if (tag.name === 'style') {
        // The whole element goes: its text would only be CSS.
        at = skipTo(html, '>', indexOfCi(html, '</style', tag.end));
        copied = at;
      } else if (tag.name === 'base') {
        // A base address for the feed's links is checked against the policy too, and goes.
        copied = at = tag.end;
      } else {
        out += tag.text;
        copied = at = tag.end;
        if (RAW_TEXT.has(tag.name)) at = indexOfCi(html, `</${tag.name}`, at);
      }
    } else {
      at += 1;
    }
    at = html.indexOf('<', at);
  }
  return out + html.slice(copied);
}

/** Elements whose content is text, not markup, up to their end tag. */
const RAW_TEXT = new Set(['script', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const SPACE = /[\t\n\f\r /]/;

/** The start tag at `start`, its `style` and `on…` attributes renamed. */
function readStartTag(html: string, start: number): { name: string; text: string; end: number } {
  let i = start + 1;
  while (i < html.length && !SPACE.test(html[i] ?? '') && html[i] !== '>') i += 1;
  const name = html.slice(start + 1, i).toLowerCase();
  let text = html.slice(start, i);
  while (i < html.length && html[i] !== '>') {
    const char = html[i] ?? '';
    if (SPACE.test(char)) {
      text += char;
      i += 1;
      continue;
    }
    // An attribute: its name, then perhaps `=` and a value.
    let end = i + 1;
    while (end < html.length && !/[\t\n\f\r />=]/.test(html[end] ?? '')) end += 1;
    const attribute = html.slice(i, end);
    text += /^(style$|on)/i.test(attribute) ? `x-${attribute}` : attribute;
    i = end;
    let after = i;
    while (after < html.length && /[\t\n\f\r ]/.test(html[after] ?? '')) after += 1;
    if (html[after] !== '=') continue;
    after += 1;
    while (after < html.length && /[\t\n\f\r ]/.test(html[after] ?? '')) after += 1;
    const quote = html[after];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, after + 1);
      after = close === -1 ? html.length : close + 1;
    } else {
      while (after < html.length && !/[\t\n\f\r >]/.test(html[after] ?? '')) after += 1;
    }
    text += html.slice(i, after);
    i = after;
  }
  const end = Math.min(i + 1, html.length);
  return { name, text: text + html.slice(i, end), end };
}

/** The index just past `needle` from `from`, or the end of the text when it never comes. */
function skipTo(html: string, needle: string, from: number): number {
  const found = html.indexOf(needle, from);
  return found === -1 ? html.length : found + needle.length;
}

function indexOfCi(html: string, needle: string, from: number): number {
  const pattern = new RegExp(needle.replace('/', '\\/'), 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}
