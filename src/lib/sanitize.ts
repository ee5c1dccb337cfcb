import DOMPurify from 'dompurify';
import { embedOf, gistOf } from './embeds';
import { FEED_FURNITURE, FURNITURE_CLASSES, NO_PICTURE } from './feed-furniture';
import type { Embed } from './embeds';
import { inertMarkup } from './inert-html';
import { LAZY_SOURCES, LAZY_SRCSETS, realSource } from './lazy-source';
import { nextTask } from './next-task';
import { decodeComponent, overHttps, parseUrl } from './safe';
import { ANCHOR_SIGN, MAY_READ_MORE, READ_MORE } from './text';

const FORBID_TAGS = [
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'frame',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
];
// A video that plays by itself is for the reader to start. Colours, typefaces and sizes are the
// reader's (theme, text size, typeface), as with `style`: `<font color="#000000">` is unreadable
// on a dark theme, `<font size="2">` stays 13 px at "Extra large".
const FORBID_ATTR = [
  'style',
  'srcdoc',
  'formaction',
  'action',
  'ping',
  'autoplay',
  'color',
  'bgcolor',
  'background',
  'text',
  'face',
  'size',
];

/**
 * Ids and names from a feed get this prefix (as DOMPurify's SANITIZE_NAMED_PROPS gives them), so
 * feed HTML can neither take over an id of the page (`#comment-c1`) nor clobber a global.
 * In-article links and references follow: `href="#fn1"` becomes `#user-content-fn1`.
 */
const ID_PREFIX = 'user-content-';
const ID_REFERENCES = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'headers',
];

/** What shows without words: a picture, a sound or a formula. */
const SHOWN = 'img, picture, svg, video, audio, math';

/** An inline style that hides its element. */
const HIDDEN_BY_STYLE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;

/** Roles DPUB-ARIA 1.1 deprecates, that checkers fail. */
const RETIRED_ROLE = /^doc-(?:endnotes?|biblioentry)$/;

let hooked = false;

/**
 * A picture that names its size only in WordPress.com's `data-orig-size` ("5472,3648") keeps a
 * box of that shape before it arrives: without one, the text below it moved as each came in.
 */
function sizeFromData(picture: HTMLImageElement): void {
  if (picture.hasAttribute('width') || picture.hasAttribute('height')) return;
  const size = /^(\d{1,5}),(\d{1,5})$/.exec(picture.getAttribute('data-orig-size') ?? '');
  if (!size?.[1] || !size[2] || size[1] === '0' || size[2] === '0') return;
  picture.setAttribute('width', size[1]);
  picture.setAttribute('height', size[2]);
}

function addHooks() {
  if (hooked) return;
  hooked = true;
  // Pictures whose lazy-loading script kept their addresses aside get them back.
  DOMPurify.addHook('uponSanitizeElement', (node, data) => {
    if ((data.tagName === 'img' || data.tagName === 'source') && node instanceof Element) {
      withLazySources(node);
    }
  });
  // A frame (a YouTube or Vimeo player, a map, a tweet) is never kept; a link to what it shows
  // is, after it, so the reader knows something was there and can open it. YouTube's with the
  // video's still. What follows the frame is sanitised as the rest is.
  DOMPurify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe' || !(node instanceof Element)) return;
    const src = realSource(
      node.getAttribute('src') ?? undefined,
      LAZY_SOURCES.map((name) => node.getAttribute(name)),
    );
    // An ad network's frame is an ad, not something the article shows.
    const embed =
      src && !FEED_FURNITURE.test(src) ? embedOf(src, node.getAttribute('title')) : undefined;
    if (embed) node.after(embedLink(node.ownerDocument, embed));
  });
  // A GitHub Gist's script, which wrote its code there, is never run: a link to the code is
  // left in its place.
  DOMPurify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'script' || !(node instanceof Element)) return;
    const gist = gistOf(node.getAttribute('src') ?? '');
    if (gist) node.after(embedLink(node.ownerDocument, gist));
  });
  // What the feed's own style hides stays hidden, as on its site (a button its scripts show, a
  // video's stand-in): its style goes, which would show it. inertMarkup renamed that style.
  DOMPurify.addHook('beforeSanitizeAttributes', (node) => {
    if (node instanceof Element && HIDDEN_BY_STYLE.test(node.getAttribute('x-style') ?? '')) {
      node.remove();
    }
  });
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    if (isFurniture(node)) {
      removeWithEmptyParagraph(node);
      return;
    }
    for (const name of ID_REFERENCES) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      const ids = value.split(/\s+/).filter(Boolean);
      node.setAttribute(name, ids.map(prefixed).join(' '));
    }
    const href = node.getAttribute('href');
    if (node instanceof HTMLAnchorElement && href?.startsWith('#')) {
      // A link within the article stays in this tab.
      if (href.length > 1) node.setAttribute('href', `#${prefixed(href.slice(1))}`);
    } else if (node instanceof HTMLAnchorElement && href !== null) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node instanceof HTMLImageElement) {
      // A one-pixel picture is a tracker, not a picture: never asked for.
      if (isPixel(node)) {
        node.remove();
        return;
      }
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      sizeFromData(node);
      const alt = unescaped(node.getAttribute('alt'));
      if (alt !== node.getAttribute('alt')) node.setAttribute('alt', alt ?? '');
      if (alt === null) node.setAttribute('alt', textAlternative(node));
      // WordPress writes alt="" on a picture that is a link's only content: the link needs a name.
      else if (!alt.trim()) node.setAttribute('alt', linkedPictureName(node) ?? alt);
    }
    // Nothing of a sound or video downloads before the reader plays it, and the browser's own
    // controls play it (Ghost writes none: its scripts played it).
    if (node instanceof HTMLMediaElement) {
      node.setAttribute('preload', 'none');
      node.setAttribute('controls', '');
    }
    // A transparent stand-in for a still (Ghost's spacer) gives way to the still it names.
    if (node.localName === 'video' && SPACER.test(node.getAttribute('poster') ?? '')) {
      const still = node.closest('[data-kg-thumbnail]')?.getAttribute('data-kg-thumbnail');
      if (still && /^https?:\/\//i.test(still)) node.setAttribute('poster', still);
      else node.removeAttribute('poster');
    }
    // A block of code wider than the column scrolls: reachable by keyboard too. Not one in a
    // table (Hexo's and Rouge's line numbers beside the code): the table's box scrolls.
    if (node instanceof HTMLPreElement && !node.closest('table')) {
      node.setAttribute('tabindex', '0');
    }
    // Roles DPUB-ARIA has retired (kramdown's and Hugo's footnotes): a list is list enough.
    if (RETIRED_ROLE.test(node.getAttribute('role') ?? '')) node.removeAttribute('role');
    // Pictures, sounds and videos load over https where they can (see overHttps).
    const src = node.getAttribute('src');
    if (src?.startsWith('http:')) node.setAttribute('src', overHttps(src));
    const srcset = node.getAttribute('srcset');
    if (srcset?.includes('http:')) node.setAttribute('srcset', mapSrcset(srcset, overHttps));
  });
}

/**
 * An id as DOMPurify writes it in the page: with the prefix that keeps it from the app's own,
 * once. Markdown's footnotes may have it already (remark's and GitHub's "user-content-fn-1").
 */
function prefixed(id: string): string {
  return id.startsWith(ID_PREFIX) ? id : ID_PREFIX + id;
}

/** Markup's character references in a text that was escaped twice ("I don&rsquo;t"). */
const ESCAPED = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * A picture's description as meant where the feed escaped it twice, as micro.blog writes some:
 * read once more, as text (an inert document, nothing in it runs or loads).
 */
function unescaped(text: string | null): string | null {
  if (text === null || !ESCAPED.test(text)) return text;
  return new DOMParser().parseFromString(text, 'text/html').body.textContent;
}

/** A picture that is only a transparent box of some size (spacergif.org's, a theme's spacer.gif). */
const SPACER = /(?:^|[/.])spacer(?:gif\.org\/|\.(?:gif|png)(?:[?#]|$))/i;

/**
 * A feed service's share buttons, ad or counter (FEED_FURNITURE), or the box they are in; a
 * picture at an address that names none (NO_PICTURE).
 */
function isFurniture(element: Element): boolean {
  if (FURNITURE_CLASSES.some((name) => element.classList.contains(name))) return true;
  const picture = element.localName === 'img';
  const address = element.getAttribute(picture ? 'src' : 'href')?.trim() ?? '';
  return (
    ((element.localName === 'a' || picture) && FEED_FURNITURE.test(address)) ||
    (picture && NO_PICTURE.test(address))
  );
}

/** Takes `element` out, and the paragraph it leaves with nothing to read or see. */
function removeWithEmptyParagraph(element: Element): void {
  const parent = element.parentElement;
  element.remove();
  const empty =
    parent?.localName === 'p' && !parent.textContent.trim() && !parent.querySelector(SHOWN);
  if (empty) parent.remove();
}

/** An embedded player's stand-in: a span, so a frame inside a paragraph stays inside it. */
function embedLink(page: Document, embed: Embed): HTMLElement {
  const stand = page.createElement('span');
  stand.setAttribute('data-embed', '');
  const link = page.createElement('a');
  link.setAttribute('href', embed.href);
  if (embed.picture) {
    const picture = page.createElement('img');
    picture.setAttribute('src', embed.picture);
    picture.setAttribute('alt', '');
    picture.setAttribute('width', '480');
    picture.setAttribute('height', '360');
    link.append(picture);
  }
  const label = page.createElement('span');
  label.textContent = embed.label;
  link.append(label);
  stand.append(link);
  return stand;
}

/**
 * A picture whose lazy-loading script kept its address aside (see LAZY_SOURCES) gets it back as
 * its `src` and `srcset`, before they are sanitised as any are: no script runs to put it there.
 */
function withLazySources(element: Element): void {
  const src = element.getAttribute('src') ?? undefined;
  const lazy = realSource(
    src,
    LAZY_SOURCES.map((name) => element.getAttribute(name)),
  );
  const srcset = LAZY_SRCSETS.map((name) => element.getAttribute(name)).find(Boolean);
  if (lazy !== undefined && lazy !== src) {
    element.setAttribute('src', lazy);
    if (srcset) element.setAttribute('srcset', srcset);
    else element.removeAttribute('srcset');
  } else if (srcset && !element.hasAttribute('srcset')) {
    // A <picture>'s <source>, which has no src.
    element.setAttribute('srcset', srcset);
  }
}

function isPixel(image: HTMLImageElement): boolean {
  const size = (name: string) => Number(image.getAttribute(name) ?? NaN);
  return size('width') <= 1 && size('height') <= 1;
}

/**
 * What a picture without `alt` says: its title where it has one; inside a link with no words
 * of its own, where the link goes (or the link would have no name); else nothing, rather than
 * a screen reader spelling out its address.
 */
function textAlternative(image: HTMLImageElement): string {
  return image.getAttribute('title')?.trim() || linkedPictureName(image) || '';
}

/** The name of a link that holds nothing but this picture: where it goes. */
export function linkedPictureName(image: HTMLImageElement): string | undefined {
  const link = image.closest('a');
  if (!link || link.textContent.trim() || link.querySelectorAll('img').length > 1) return undefined;
  const host = parseUrl(link.getAttribute('href') ?? '')?.hostname;
  return host ? `Picture linking to ${host}` : 'Linked picture';
}

/** A text of the parts most articles have. */
const FIRST_TEXT =
  '<p><a href="/a">a</a> <em>b</em> <strong>c</strong></p>' +
  '<blockquote><p>d</p></blockquote><ul><li>e</li></ul><img src="/f" alt="">';

/**
 * Has the sanitiser read a first text in a task of its own, while the page waits for its
 * article: the first text costs it ten to twenty milliseconds more than the next (its code
 * compiled, its settings read), which would otherwise lengthen the task that shows the article.
 */
export function readySanitiser(): void {
  void nextTask()
    .then(() => sanitizeHtml(FIRST_TEXT, location.href))
    // Only ever ahead of time: where there is no page to read it in (the build's), no matter.
    .catch(() => undefined);
}

/** How many texts are kept sanitised: the one shown and those read ahead of the reader. */
const KEPT_TEXTS = 4;
/** The texts sanitised last, by their HTML, oldest first. */
const sanitised = new Map<string, { baseUrl: string | undefined; html: string }>();

/**
 * Feed HTML made safe for the page: no scripts, handlers, forms, frames, styles or
 * `javascript:` URLs; relative links and images resolved against the article's own URL. The
 * last few are kept: a long article read ahead (readAhead) opens without sanitising it again.
 */
export function sanitizeHtml(html: string, baseUrl?: string): string {
  const kept = sanitised.get(html);
  sanitised.delete(html);
  const clean = kept && kept.baseUrl === baseUrl ? kept.html : sanitizeNow(html, baseUrl);
  sanitised.set(html, { baseUrl, html: clean });
  if (sanitised.size > KEPT_TEXTS) sanitised.delete(sanitised.keys().next().value ?? '');
  return clean;
}

function sanitizeNow(html: string, baseUrl: string | undefined): string {
  addHooks();
  const sanitized = DOMPurify.sanitize(inertMarkup(html), {
    // Formulas too (MathML), which browsers draw: a maths post without them loses its text.
    USE_PROFILES: { html: true, mathMl: true },
    FORBID_TAGS,
    FORBID_ATTR,
    SANITIZE_DOM: true,
    SANITIZE_NAMED_PROPS: true,
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    RETURN_DOM_FRAGMENT: false,
  });
  // A run of line breaks for room (Blogger's five in a row) is one blank line, not a screenful;
  // one between paragraphs (Acast's `</p><br><p>`, Omny's `text<br><br><p>`) is none, their
  // own margin is the room.
  const clean = /<pre\b/i.test(sanitized)
    ? sanitized
    : sanitized
        .replace(BREAKS, '<br><br>')
        .replace(BREAKS_BEFORE_BLOCK, '')
        .replace(BREAKS_AFTER_BLOCK, '$1');
  // Laid out for the page it goes into (scrollingTables, headingsBelowTitle, unnamedLinks):
  // parsed once more, with the resolving of its addresses, only where there is something to do.
  const laidOut = /<(?:table|h[1-6]|ul|ol)\b|\saria-hidden=/i.test(clean) || EMPTY_LINK.test(clean);
  if (!baseUrl && !laidOut) return clean;
  const template = document.createElement('template');
  template.innerHTML = clean;
  if (baseUrl) {
    resolveUrls(template.content, baseUrl);
    if (MAY_READ_MORE.test(clean)) withoutClosingReadMore(template.content, baseUrl);
  }
  if (laidOut) {
    layoutTables(template.content);
    scrollingTables(template.content);
    headingsBelowTitle(template.content);
    headingAnchors(template.content);
    unnamedLinks(template.content);
    linksNotHidden(template.content);
    listsOfItems(template.content);
  }
  return template.innerHTML;
}

/** Three line breaks or more, with nothing but white space between them. */
const BREAKS = /<br>(?:\s*<br>){2,}/g;
const BLOCK = 'p|div|h[1-6]|ul|ol|dl|blockquote|figure|table|pre';
/** Line breaks just before a paragraph or another block, which starts on a line of its own. */
const BREAKS_BEFORE_BLOCK = new RegExp(String.raw`(?:<br>\s*)+(?=<(?:${BLOCK}|hr)[\s>])`, 'g');
/** Line breaks just after a block ends: the next line starts below it anyway. */
const BREAKS_AFTER_BLOCK = new RegExp(String.raw`(<\/(?:${BLOCK})>|<hr>)(?:\s*<br>)+`, 'g');

/** Content no reader sees or hears without words: tags alone, but a picture, a sound or a formula. */
const NOTHING = String.raw`(?:\s|&nbsp;|<(?!\/a\b|img\b|picture\b|svg\b|video\b|audio\b|math\b)[^>]*>)*`;
/** An `<a>` with nothing in it, or one without an address that says what it links to. */
const EMPTY_LINK = new RegExp(
  String.raw`<a\b[^>]*>${NOTHING}<\/a\s*>|<a\b(?![^>]*\shref=)[^>]*\saria-label`,
  'i',
);

/**
 * A link with nothing in it (a heading's anchor, as GitHub's READMEs and static sites write
 * them beside the heading, its icon gone; an empty span for a file's logo, as Discourse's
 * oneboxes write) is no link a reader can see or name: it stays, without its address, a place
 * that links within the text can still go to. What is no link names none (aria-label).
 */
function unnamedLinks(content: DocumentFragment): void {
  for (const link of content.querySelectorAll('a')) {
    const empty = !link.textContent.trim() && !link.querySelector(SHOWN);
    if (empty) link.removeAttribute('href');
    if (!link.hasAttribute('href')) {
      link.removeAttribute('aria-label');
      link.removeAttribute('aria-labelledby');
    }
  }
}

/**
 * A list holds items only, as screen readers count them: what an old blog wrote straight into
 * its list (`<ul><li>…</li><p><li>…</p></li>`, text between items) goes into an item of its
 * own, with what follows it up to the next item; what is empty goes.
 */
function listsOfItems(content: DocumentFragment): void {
  for (const list of content.querySelectorAll('ul, ol')) {
    let made: Element | undefined;
    for (const child of [...list.childNodes]) {
      if (
        child instanceof Element &&
        (child.localName === 'li' || child.localName === 'template')
      ) {
        made = undefined;
        continue;
      }
      const empty =
        !child.textContent?.trim() &&
        !(child instanceof Element && (child.matches(SHOWN) || child.querySelector(SHOWN)));
      if (empty) {
        if (child instanceof Element) child.remove();
        continue;
      }
      if (!made) {
        made = document.createElement('li');
        list.insertBefore(made, child);
      }
      made.append(child);
    }
  }
}

/** What a reader can reach by keyboard. */
const FOCUSABLE = 'a[href], audio[controls], video[controls], details > summary';

/**
 * A part hidden from screen readers (`aria-hidden`) that holds a link, as a caption that
 * repeats its picture's words may be with the link it carries, is not: the link is reached by
 * keyboard, and must say where it goes.
 */
function linksNotHidden(content: DocumentFragment): void {
  for (const hidden of content.querySelectorAll('[aria-hidden]')) {
    if (hidden.matches(FOCUSABLE) || hidden.querySelector(FOCUSABLE)) {
      hidden.removeAttribute('aria-hidden');
    }
  }
}

/**
 * The "Continue reading..." link a text closes with (READ_MORE), where it leads to the
 * article's own page (`baseUrl`, on another part of it or with a tracking query): the link to
 * the original below the article says as much. One to another site, or followed by more of
 * the text, stays.
 */
function withoutClosingReadMore(content: DocumentFragment, baseUrl: string): void {
  const link = [...content.querySelectorAll('a[href]')].at(-1);
  const last = content.lastChild;
  if (!link || !last || !READ_MORE.test(link.textContent.trim())) return;
  const after = document.createRange();
  after.setStartAfter(link);
  after.setEndAfter(last);
  if (after.toString().trim() || !samePage(link.getAttribute('href') ?? '', baseUrl)) return;
  removeWithEmptyParagraph(link);
}

function samePage(href: string, baseUrl: string): boolean {
  const page = (url: URL | undefined) => url && url.origin + url.pathname.replace(/\/$/, '');
  const target = page(parseUrl(href, baseUrl));
  return target !== undefined && target === page(parseUrl(baseUrl));
}

/**
 * A heading's anchor that is only a sign ("#", "¶", "§", "🔗": see ANCHOR_SIGN) is the site's
 * tool for copying the heading's address, no word of the text: the sign goes, and the link
 * with it (unnamedLinks), leaving the place that links within the text can go to.
 */
function headingAnchors(content: DocumentFragment): void {
  for (const link of content.querySelectorAll(':is(h2, h3, h4, h5, h6) a')) {
    if (ANCHOR_SIGN.test(link.textContent) && !link.querySelector('img')) link.replaceChildren();
  }
}

/**
 * Each table in a box of its own that scrolls sideways where the table is wider than the
 * column (a results table on a phone), so the page itself never does. Reachable by keyboard, as
 * a block of code is.
 */
/**
 * A table that only lays its text out (one row, no headings, text in blocks: Reddit's picture
 * beside each post, a news site's photo beside its story) is no table to a reader: its cells
 * follow one another, as the column is narrow, instead of a box that scrolls sideways.
 */
function layoutTables(content: DocumentFragment): void {
  for (const table of content.querySelectorAll('table')) {
    if (table.parentElement?.closest('table') || table.querySelector('th, caption')) continue;
    const rows = table.querySelectorAll(':scope > tr, :scope > * > tr');
    const cells = rows[0]?.querySelectorAll(':scope > td') ?? [];
    const blocks = [...cells].some((cell) => cell.querySelector('p, div, ul, ol, blockquote'));
    if (rows.length !== 1 || cells.length > 3 || !blocks) continue;
    table.replaceWith(
      ...[...cells].map((cell) => {
        const block = document.createElement('div');
        block.append(...cell.childNodes);
        return block;
      }),
    );
  }
}

function scrollingTables(content: DocumentFragment): void {
  for (const table of content.querySelectorAll('table')) {
    if (table.parentElement?.closest('table')) continue;
    const box = document.createElement('div');
    box.className = 'table-scroll';
    box.setAttribute('tabindex', '0');
    table.replaceWith(box);
    box.append(table);
  }
}

/**
 * The article's title is the page's one first-level heading, and the text's headings come under
 * it: its highest level becomes the second, each level below it the next (a static site's
 * template's h1, a post whose sections start at h3 or h4, as Jekyll's, Eleventy's and arXiv
 * digests' do), h6 at most, so no level is skipped and their order under the title holds.
 */
function headingsBelowTitle(content: DocumentFragment): void {
  const headings = [...content.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const levels = [...new Set(headings.map(levelOf))].sort((a, b) => a - b);
  for (const heading of headings) {
    const level = Math.min(6, 2 + levels.indexOf(levelOf(heading)));
    if (level === levelOf(heading)) continue;
    const moved = document.createElement(`h${level}`);
    for (const { name, value } of heading.attributes) moved.setAttribute(name, value);
    moved.append(...heading.childNodes);
    heading.replaceWith(moved);
  }
}

const levelOf = (heading: Element) => Number(heading.tagName[1]);

/**
 * A candidate of a `srcset`, as browsers read one: an address (commas inside it kept, as
 * Cloudinary's `w_300,h_200`, but not at its end), then its descriptors up to the next comma,
 * with or without a space after it ("a.jpg 1366w,b.jpg 1440w").
 */
const CANDIDATE = /[\s,]*([^\s,](?:\S*[^\s,])?)(?:,+|\s*([^,]*),?)/g;

/** Each candidate of a `srcset` ("a.jpg 1x, b.jpg 2x") with its address as `address` says. */
function mapSrcset(srcset: string, address: (url: string) => string): string {
  return Array.from(srcset.matchAll(CANDIDATE), ([, url = '', descriptors = '']) =>
    [address(url), ...descriptors.split(/\s+/).filter(Boolean)].join(' '),
  ).join(', ');
}

/**
 * A link to a place in the text written as the article's full address (Nikola's footnotes,
 * `href="https://…/post.html#fn:1"`) goes there, in this tab, as `#fn:1` would: not to the
 * publisher's page in another.
 */
function placeInText(link: Element, url: URL, baseUrl: string, content: DocumentFragment): boolean {
  if (!(link instanceof HTMLAnchorElement) || !url.hash || !samePage(url.href, baseUrl)) {
    return false;
  }
  const id = prefixed(decodeComponent(url.hash.slice(1)));
  if (!content.getElementById(id)) return false;
  link.setAttribute('href', `#${id}`);
  link.removeAttribute('target');
  link.removeAttribute('rel');
  return true;
}

function resolveUrls(content: DocumentFragment, baseUrl: string): void {
  for (const element of content.querySelectorAll('[href], [src]')) {
    for (const attribute of ['href', 'src'] as const) {
      const value = element.getAttribute(attribute);
      if (value === null || value.startsWith('#')) continue;
      // An empty address (WordPress's social links, not filled in) leads nowhere, not here.
      if (!value.trim()) {
        element.removeAttribute(attribute);
        continue;
      }
      try {
        const url = new URL(value, baseUrl);
        if (attribute === 'href' && placeInText(element, url, baseUrl, content)) continue;
        element.setAttribute(attribute, attribute === 'src' ? overHttps(url.href) : url.href);
      } catch {
        element.removeAttribute(attribute);
      }
    }
  }
  // A picture's other sizes too (Adobe's <picture> names them relative to the article).
  for (const element of content.querySelectorAll('[srcset]')) {
    const srcset = element.getAttribute('srcset') ?? '';
    element.setAttribute(
      'srcset',
      mapSrcset(srcset, (url) => overHttps(parseUrl(url, baseUrl)?.href ?? url)),
    );
  }
}
