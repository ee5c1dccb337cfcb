import { CP1252, namedEntity } from './entities';

/** Elements whose contents are never read as text. */
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'noembed', 'noframes']);
/** Elements that run on inside a line: their edges do not part words. Any other tag does. */
const INLINE = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i img ins kbd mark q rb rp rt rtc ruby s samp small span strike strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);
const TAG_NAME = /<\/?([a-z][^\s/>]*)/iy;
/** Elements that end a paragraph when their line breaks are kept. */
const PARAGRAPH = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul'.split(
    ' ',
  ),
);

/**
 * A link that is only a sign beside a heading: the anchor static sites put there (Eleventy's and
 * VuePress's "#", Python's docs' "¶", "§", "🔗"), which is no word of it. Known by its address
 * (a place on the page), by its class (`anchor`, `headerlink`, Eleventy's `direct-link`), since
 * some write the page's whole address, or by being hidden from screen readers.
 */
const HEADING_ANCHOR =
  /<a\b(?=[^>]*\s(?:href="#|class="(?:[^"]*[\s-])?(?:anchor|headerlink|direct-link)[\s"-]|aria-hidden="true"))[^>]*>\s*(?:#|¶|§|🔗|⚓\uFE0E?)\s*<\/a>/gu;
/** The whole text of such an anchor. */
export const ANCHOR_SIGN = /^\s*(?:#|¶|§|🔗|⚓\uFE0E?)\s*$/u;
const MAY_HOLD_ANCHOR = /href="#|anchor|headerlink|direct-link|aria-hidden/;
/**
 * Words a site writes for screen readers alone (WordPress's `screen-reader-text`, Bootstrap's
 * `sr-only`, Squarespace's "View fullsize" in `v6-visually-hidden`): hidden in an article as
 * on the site (src/styles/global.css), and no part of its excerpt.
 */
const SCREEN_READER_ONLY =
  /<(span|div|p|label|em|strong|b|h[1-6])\b[^>]*\sclass=["'][^"']*\b(?:sr-only|screen-reader-text|visually-?hidden|element-invisible)\b[^>]*>[^<]*<\/\1\s*>/gi;
const MAY_HOLD_SCREEN_READER_ONLY = /sr-only|screen-reader|visually-?hidden|invisible/i;

/**
 * The line numbers beside a block of code, which are no words of it: Hexo's and Pygments'
 * column of them (`td.gutter`, `td.linenos`), Hugo's (`span.lnt`, `span.ln`); and the file's
 * name and size under a picture Discourse shows enlarged ("image 1507×770 50 KB", `div.meta`).
 */
const MARGINALIA =
  /<td\b[^>]*\sclass=["'](?:[^"']*\s)?(?:gutter|linenos)[\s"'][^>]*>[^]*?<\/td\s*>|<span\b[^>]*\sclass=["']lnt?["'][^>]*>[^<]*<\/span\s*>|<div class="meta">(?:[^<]|<(?!\/?div\b))*<\/div>/gi;
const MAY_HOLD_MARGINALIA = /gutter|linenos|["']lnt?["']|"meta"/;

/**
 * The text of an HTML fragment, in one line (or, with `lineBreaks`, with its line breaks and
 * paragraphs as newlines). A small tokenizer rather than DOMParser, so it runs where there is no
 * DOM (a worker, the build) and reads thousands of items quickly: tags are dropped (a tag that is
 * not inline parts the words either side), scripts and styles go with their contents, comments
 * go, as do headings' anchors, code's line numbers and words for screen readers alone, and
 * entities are decoded.
 * Nothing is run or loaded.
 */
export function htmlToText(source: string, { lineBreaks = false } = {}): string {
  if (!source) return '';
  const spoken = MAY_HOLD_SCREEN_READER_ONLY.test(source)
    ? source.replace(SCREEN_READER_ONLY, '')
    : source;
  const shown = MAY_HOLD_MARGINALIA.test(spoken) ? spoken.replace(MARGINALIA, '') : spoken;
  const html = MAY_HOLD_ANCHOR.test(shown) ? shown.replace(HEADING_ANCHOR, '') : shown;
  let text = '';
  let at = 0;
  // A line break in the source is a space, as a browser shows it, but in a <pre>: the lines are
  // what <br> and the paragraphs make (WordPress writes "<br />" and a newline for one break).
  let pre = 0;
  // With line breaks kept: the text outside and inside <pre> in turn, a <pre>'s kept as written.
  const blocks: string[] = [];
  const words = (part: string) => (lineBreaks && pre === 0 ? part.replace(/\r?\n/g, ' ') : part);
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      text += words(html.slice(at));
      break;
    }
    text += words(html.slice(at, open));
    const next = html[open + 1] ?? '';
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      at = tagEnd(html, open);
      continue;
    }
    TAG_NAME.lastIndex = open;
    const name = TAG_NAME.exec(html)?.[1]?.toLowerCase();
    if (!name) {
      // A "<" that starts no tag is text, as in "a < b"; but one the text ends with is a tag cut
      // off (Hexo cuts its summaries anywhere: "…持有注册过&lt;").
      if (html.slice(open + 1).trim() !== '') text += '<';
      at = open + 1;
      continue;
    }
    at = tagEnd(html, open);
    if (name === 'img') text += smileyText(html.slice(open, at));
    if (next !== '/' && DROPPED.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = at;
      const found = close.exec(html);
      at = found ? tagEnd(html, found.index) : html.length;
    }
    if (name === 'pre') {
      const outside = pre === 0;
      pre = Math.max(0, pre + (next === '/' ? -1 : 1));
      if (lineBreaks && outside !== (pre === 0)) {
        blocks.push(text);
        text = '';
        continue;
      }
    }
    if (INLINE.has(name)) continue;
    if (!lineBreaks) text += ' ';
    else if (name === 'br') text += '\n';
    else text += PARAGRAPH.has(name) ? '\n\n' : ' ';
  }
  if (!lineBreaks) return collapseWhitespace(decodeEntities(text));
  if (blocks.length === 0) return keepLines(decodeEntities(text));
  blocks.push(text);
  return blocks
    .map((block, i) => (i % 2 ? preformatted : keepLines)(decodeEntities(block)))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The text of a summary written as HTML, with an ellipsis where the HTML ends inside a tag: cut
 * at a number of characters, as Hexo cuts its summaries ("…在<code>Vue</code>中<cod").
 */
export function summaryText(html: string, text = htmlToText(html)): string {
  const open = html.lastIndexOf('<');
  const cut =
    open >= 0 && open > html.lastIndexOf('>') && /^<\/?(?:[a-z]|\s*$)/i.test(html.slice(open));
  return cut && text ? `${text}…` : text;
}

/** An `<img>` start tag, whole though a quoted value holds a ">" (`alt="a > b"`). */
export const IMG_TAG = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

const ATTRIBUTES = new Map<string, RegExp>();

/** The value of attribute `name` in a start tag, quoted or not, as written (entities kept). */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
    ATTRIBUTES.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** A smiley or emoji drawn as a picture, as WordPress draws them (`wp-smiley`, `emoji`). */
export function isSmiley(tag: string): boolean {
  return /\b(?:wp-smiley|emoji)\b/i.test(attribute(tag, 'class') ?? '');
}

/**
 * What a smiley drawn as a picture says: its alt text (";)", "🎉"), as WordPress draws them in
 * comments and titles (`<img class="wp-smiley" alt=";)">`, `<img class="emoji" alt="🎉">`).
 * Other pictures say nothing in text.
 */
function smileyText(tag: string): string {
  return isSmiley(tag) ? (attribute(tag, 'alt') ?? '') : '';
}

/** White space collapsed within lines; at most one empty line between paragraphs. */
function keepLines(text: string): string {
  return text
    .split('\n')
    .map((line) => collapseWhitespace(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text of a <pre> as written (code keeps its indentation, columns their spaces), without
 * the empty lines around it (a browser drops the line break that opens it) or the spaces that
 * end its lines.
 */
function preformatted(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}

/** A tag's inside: a quote opens a value only after "=", so `alt="a > b"` holds its ">". */
const TAG_INSIDE = /(?:[^>"'=]+|=\s*"[^"]*"|=\s*'[^']*'|[="'])*/y;

/** Where the tag starting at `open` ends: after its ">", or at the end of a tag cut off. */
function tagEnd(html: string, open: number): number {
  TAG_INSIDE.lastIndex = open + 1;
  TAG_INSIDE.exec(html);
  const end = TAG_INSIDE.lastIndex;
  return html[end] === '>' ? end + 1 : html.length;
}

const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));/gi;

/**
 * Decodes character references as a browser does: named ones (the common ones, and every
 * accented Latin letter), decimal and hexadecimal ones. An unknown name is left as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return namedEntity(name) ?? entity;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
    if (code >= 0x80 && code <= 0x9f) return CP1252[code - 0x80] ?? '\ufffd';
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return String.fromCodePoint(valid ? code : 0xfffd);
  });
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortens text at a word boundary, adding an ellipsis when anything was cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const end = lastSpace > max * 0.5 ? lastSpace : max;
  return `${cut.slice(0, end).replace(/[\s,.;:–—-]+$/u, '')}…`;
}

/** Text the format calls plain that is HTML all the same: it holds a tag. */
export function looksLikeHtml(text: string | undefined): boolean {
  return text !== undefined && /<[a-z!/]/i.test(text);
}

/** Such text, read as HTML where it holds a tag (a JSON Feed's or an RSS channel's description). */
export function plainText(text: string | undefined): string | undefined {
  return text && looksLikeHtml(text) ? htmlToText(text) : text;
}

const READ_MORE_WORDS = String.raw`(?:continue reading|read more|keep reading|read the rest|read (?:the )?full (?:article|story|post)|weiterlesen|weiter lesen|mehr lesen|lire la suite|continuer (?:la lecture|à lire)|leer más|seguir leyendo|continuar leyendo|sigue leyendo|continua(?:re)? a leggere|leggi tutto|lees verder|verder lezen|continuar (?:lendo|a ler)|continue lendo|leia mais|czytaj dalej|читать (?:далее|дальше)|läs mer|fortsätt läsa|læs mere|les mer)(?![\p{L}\p{N}])`;
/**
 * The words a feed ends a short text with, linking to the rest on its site: the Guardian's
 * "Continue reading...", Medium's "Continue reading on Medium »", WordPress themes' "Continue
 * reading “Title” →", "Read more", in the languages themes are most read in ("Weiterlesen",
 * "Lire la suite", "Leer más"…). The reader's own link to the original says as much.
 */
export const READ_MORE = new RegExp(`^${READ_MORE_WORDS}`, 'iu');
/** Those words anywhere: a text that may close with them. */
export const MAY_READ_MORE = new RegExp(READ_MORE_WORDS, 'iu');
/**
 * The same words closing a text: after the end of a sentence, or themselves closed by an
 * ellipsis or an arrow (where the paragraph before them ends without a stop).
 */
const CLOSING_READ_MORE = new RegExp(
  String.raw`(?:(?:^|(?<=[.!?…\]”"')»]))\s*\(?${READ_MORE_WORDS}[^.!?]{0,80}?(?:\.{3}|…|»|→|›|\))?|\s+${READ_MORE_WORDS}[^.!?]{0,80}?(?:\.{3}|…|»|→|›))\s*$`,
  'iu',
);

/**
 * How far from a text's end the words it closes with can begin: the longest of them, the 80
 * characters after them and a closing "...".
 */
const READ_MORE_REACH = 160;

/** A text without the "Continue reading..." it closes with (READ_MORE). */
export function withoutReadMore(text: string): string {
  // Most texts hold no such words near their end, and the closing pattern is slow to try at
  // each place of a long text: a feed's first screen reads dozens of them.
  return MAY_READ_MORE.test(text.trimEnd().slice(-READ_MORE_REACH))
    ? text.replace(CLOSING_READ_MORE, '')
    : text;
}
