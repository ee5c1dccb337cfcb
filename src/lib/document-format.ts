/** Elements a web page may begin with, before or without its <html>. */
const HTML_FIRST = /^(?:head|meta|link|script|style|title|base|noscript|body|br|b|p|div)$/i;

/** The kinds of document a feed address can answer with. */
export type DocumentFormat = 'json' | 'rss' | 'rdf' | 'atom' | 'html' | 'unknown';

/**
 * What a document is, from the document itself: addresses and Content-Type headers both lie in
 * practice. Looks at the first element after the XML prolog (declarations, comments, processing
 * instructions, a doctype).
 */
export function detectFormat(text: string): DocumentFormat {
  // Only the start counts: a copy of all of a document of megabytes would be wasted work.
  const start = fromDeclaration(
    text
      .slice(0, 8192)
      .replace(/^\uFEFF/, '')
      .trimStart(),
  );
  if (start.startsWith('{')) return 'json';
  const head = start.slice(0, 4096);
  const prolog = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|\s+)*/i;
  const rest = head.replace(prolog, '');
  if (/^<!doctype\s+html/i.test(start)) return 'html';
  const root = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(rest);
  // A page that begins with something else before <html>: a script or a style, a PHP warning.
  const page = HTML_FIRST.test(root?.[2] ?? '') || /<html[\s>]/i.test(start);
  if (!root) return page ? 'html' : 'unknown';
  switch (root[2]?.toLowerCase()) {
    case 'rss':
      return 'rss';
    case 'rdf':
      return 'rdf';
    case 'feed':
      return 'atom';
    case 'html':
      return 'html';
    default:
      return page ? 'html' : 'unknown';
  }
}

/**
 * A document from its XML declaration (or its feed's root) on, where a server printed something
 * before it that is no web page: PHP's notices and warnings (`<br />\n<b>Notice</b>: Undefined
 * index…`), which a script writing a feed sends first when it fails to set its headers.
 */
function fromDeclaration(start: string): string {
  const at = start.search(/<(?:\?xml|rss[\s>]|feed[\s>]|rdf:RDF[\s>])/);
  return at > 0 && !/<html[\s>]/i.test(start.slice(0, at)) ? start.slice(at) : start;
}
