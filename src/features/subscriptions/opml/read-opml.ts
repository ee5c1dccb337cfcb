import { parseOpml } from 'feedsmith';
import type { Opml } from 'feedsmith';
import { decodeText } from '../../../lib/decode-text';
import { withEntityTable } from '../../../lib/html-entities';
import { mended } from '../../../lib/mojibake';
import { decodeComponent } from '../../../lib/safe';
import { decodeEntities, htmlToText } from '../../../lib/text';
import type { NewSubscription } from '../store/subscription-store';
import { xmlProblem } from './check-xml';
import { MAX_OPML_BYTES, tooLarge } from './opml-import';
import type { OpmlImport } from './opml-import';
import { addressKey } from '../../../lib/address-key';
import { cleanText, feedAddress, namesFeed } from './opml-values';

type Outline = Opml.Outline<string>;
type Found = Extract<OpmlImport, { ok: true }>;

const notOpml = (why: string): OpmlImport => ({
  ok: false,
  reason: `This file is not OPML: ${why}`,
});

/**
 * A web page (a saved GitHub page of an export, say), by its start: its doctype or `<html>`,
 * maybe after what a CDN puts before them (Cloudflare's `<script>`).
 */
const WEB_PAGE = /<!doctype\s+html|<html[\s>]/i;

/**
 * The subscriptions an OPML 1.0 or 2.0 document lists, with what was left out counted.
 * Pure and synchronous (it runs in a worker); never throws.
 */
export function readOpml(text: string): OpmlImport {
  if (text.length > MAX_OPML_BYTES) return tooLarge(text.length);
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return notOpml('it is empty.');
  if (WEB_PAGE.test(source.slice(0, 4096))) {
    return notOpml(
      'it is a web page. Save the OPML file itself (on GitHub, from its “Raw” link) and import that.',
    );
  }
  const problem = xmlProblem(source);
  let outlines: Outline[] | undefined;
  try {
    const opml = parseOpml(source);
    outlines =
      opml.head?.title === OWN_TITLE ? opml.body?.outlines : othersNames(opml.body?.outlines);
  } catch {
    return notOpml(problem ?? 'it could not be read as XML.');
  }
  const found: Found = {
    ok: true,
    feeds: [],
    duplicates: 0,
    inSeveralFolders: 0,
    withoutAddress: 0,
    notWeb: 0,
  };
  const places = new Map<string, string[]>();
  // In a broken file, what follows a broken feed outline may read as inside it: read it too.
  collect(unwrapped(outlines), [], found, places, problem !== undefined);
  placeFeeds(found, places);
  if (!problem) return found;
  // Not well-formed, as some readers write descriptions with raw markup in them: what the
  // parser makes of it is kept when it holds feeds, and the reader is told where it breaks.
  return found.feeds.length > 0 ? { ...found, damaged: problem } : notOpml(problem);
}

/** The bytes of a file, in the encoding they declare, read as OPML. */
export function readOpmlBytes(bytes: Uint8Array): OpmlImport {
  if (bytes.length > MAX_OPML_BYTES) return tooLarge(bytes.length);
  return readOpml(decodeText(bytes));
}

/** readOpmlBytes, with every HTML entity decoded (withEntityTable, src/lib/html-entities.ts). */
export function readOpmlBytesWithEntities(bytes: Uint8Array): Promise<OpmlImport> {
  return withEntityTable(() => readOpmlBytes(bytes));
}

/** Every folder each feed is listed in, by its address, in the file's order ('' for none). */
type Places = Map<string, string[]>;

function collect(
  outlines: Outline[] | undefined,
  path: string[],
  found: Found,
  places: Places,
  broken: boolean,
) {
  for (const outline of outlines ?? []) {
    const feedUrl = feedUrlOf(outline);
    if (feedUrl !== undefined) {
      // A feed is a leaf, as in every reader: what it holds (Liferea's search rules) is not.
      addFeed(outline, feedUrl, path, found, places);
      if (broken) collect(outline.outlines, path, found, places, broken);
    } else if (outline.outlines?.length) {
      const name = nameOf(outline.text) || nameOf(outline.title);
      const folder = name && !feedOfItsOwn(outline, name);
      collect(outline.outlines, folder ? [...path, name] : path, found, places, broken);
    } else if (looksLikeEntry(outline)) {
      found.withoutAddress++;
    }
  }
}

/**
 * A title or folder name as the file means it: decoded again where the reader that wrote it
 * escaped it twice (FreshRSS's "Arts &amp;amp; Design", Akregator's "don&amp;#39;t"), or
 * over and over (Google Reader's "Hewn &amp;amp;amp;amp; Hammered"), and read as written where
 * it was read in the wrong encoding on its way (gPodder's "SelbstgesprÃ¤che").
 */
function nameOf(value: string | undefined): string {
  return cleanText(mended(decodeEntities(cleanText(value))));
}

/** Broadsheet's own files, whose names are written to read back as they are (write-opml.ts). */
const OWN_TITLE = 'Broadsheet subscriptions';

/**
 * Names as other readers wrote them, made ready for nameOf: escaped over and over (Google
 * Reader's "Hewn &amp;amp;amp;amp; Hammered") taken down to the one escape nameOf reads, and
 * markup a blog's title brought with it (RSS Bandit's lists: `<font size="6">Stefan Goßner
 * </font></a></h1>…`) as its words. A name that only looks like a tag ("<antirez>",
 * "ShowUsYour<Blog>") stays as it is.
 */
function othersNames(outlines: Outline[] | undefined): Outline[] | undefined {
  return outlines?.map((outline) => ({
    ...outline,
    text: readied(outline.text),
    title: readied(outline.title),
    outlines: othersNames(outline.outlines),
  }));
}

function readied(value: string | undefined): string | undefined {
  let name = value ?? '';
  let words = decodeEntities(name);
  for (let times = 0; times < 3 && /&#?\w+;/.test(words); times++) {
    name = words;
    words = decodeEntities(name);
  }
  if (!/<\/\w+\s*>|<\w+\s+\w+\s*=/.test(words)) return value && name;
  return htmlToText(words.replace(/<\/?\w*$/, ''))
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;');
}

/** A reader's own name for all of them, not a folder: Overcast's and Pocket Casts' "feeds". */
const WRAPPER = /^(?:my |all )?(?:feeds|subscriptions|podcasts)$/i;

/**
 * The outlines as the reader filed them, without the one outline a reader's export puts around
 * them all: RSSOwl's and Akregator's "My Feeds", Liferea's export, Overcast's and Pocket Casts'
 * "feeds". It goes when it alone holds feeds and holds folders of them, or is named as such.
 */
function unwrapped(outlines: Outline[] | undefined): Outline[] | undefined {
  const holding = (outlines ?? []).filter(holdsFeeds);
  const [wrapper] = holding;
  if (holding.length !== 1 || !wrapper || feedUrlOf(wrapper) !== undefined) return outlines;
  const name = nameOf(wrapper.text) || nameOf(wrapper.title);
  const folders = (wrapper.outlines ?? []).some(
    (outline) => feedUrlOf(outline) === undefined && holdsFeeds(outline),
  );
  if (!folders && !WRAPPER.test(name)) return outlines;
  return (outlines ?? []).flatMap((outline) =>
    outline === wrapper ? (unwrapped(wrapper.outlines) ?? []) : [outline],
  );
}

function holdsFeeds(outline: Outline): boolean {
  return feedUrlOf(outline) !== undefined || (outline.outlines ?? []).some(holdsFeeds);
}

/**
 * Thunderbird files each feed in a folder of the feed's own name, titled only: no folder of the
 * reader's. (Folders written with a `text`, as Broadsheet's own, are always folders.)
 */
function feedOfItsOwn(outline: Outline, name: string): boolean {
  const [only, ...more] = outline.outlines ?? [];
  return (
    outline.text === undefined &&
    more.length === 0 &&
    only !== undefined &&
    feedUrlOf(only) !== undefined &&
    (nameOf(only.title) === name || nameOf(only.text) === name)
  );
}

/** Types a feed's outline is written with. */
const FEED_TYPES = /^(?:rss|atom)$/i;
/**
 * A web page or JSON document FreshRSS reads by rules of its own (`type="HTML+XPath"`,
 * `"JSON+DotNotation"`), its `xmlUrl` the page: no feed to read.
 */
const SCRAPED = /\+(?:xpath|dotnotation)\b/i;

/**
 * The address of the feed an outline lists: its `xmlUrl`; else, as OPML 1.0 directories and
 * some tools write them, the `url` of an outline that says it is a feed (`type="rss"`), or a
 * `url` or `htmlUrl` that names a feed (namesFeed). A link to a web page is a bookmark.
 */
function feedUrlOf(outline: Outline): string | undefined {
  if (SCRAPED.test(outline.type ?? '')) return undefined;
  if (outline.xmlUrl !== undefined) return outline.xmlUrl;
  const feedOutline = FEED_TYPES.test(outline.type ?? '');
  if (feedOutline && outline.url) return outline.url;
  return [outline.url, outline.htmlUrl].find(
    (address) => address !== undefined && namesFeed(address, feedOutline),
  );
}

/**
 * A leaf with a type or a link was meant as an entry (a bare link, a feed whose address went
 * missing). One with a name only is an empty folder; one with neither is a reader's own
 * setting (Tiny Tiny RSS exports its preferences as outlines).
 */
function looksLikeEntry(outline: Outline): boolean {
  const type = outline.type?.toLowerCase();
  return (type !== undefined && !NOT_ENTRIES.has(type)) || !!outline.htmlUrl || !!outline.url;
}

/** Types of outline that are no feed: folders, and Liferea's search folders and their rules. */
const NOT_ENTRIES = new Set(['folder', 'vfolder', 'rule']);

/**
 * A feed outside any folder outline may name its place in its `category` attribute, as OPML
 * 2.0 defines it: comma-separated, slash-delimited paths ("/Tech/Web,/News"). The first is its
 * folder, by its path, as a nested outline's would be.
 */
function categoryFolder(category: string | undefined): string | undefined {
  for (const entry of (category ?? '').split(',')) {
    const path = entry
      .split('/')
      .map((part) => nameOf(part))
      .filter(Boolean);
    if (path.length > 0) return path.join(' / ');
  }
  return undefined;
}

function addFeed(outline: Outline, xmlUrl: string, path: string[], found: Found, places: Places) {
  const feedUrl = feedAddress(xmlUrl);
  if (!feedUrl) {
    found.notWeb++;
    return;
  }
  // Nested folders keep their path in one name: the store has one level.
  const folder = path.length > 0 ? path.join(' / ') : (categoryFolder(outline.category) ?? '');
  // The same feed listed again, maybe over the other scheme or with a slash more.
  const key = addressKey(feedUrl);
  const listed = places.get(key);
  if (listed) {
    found.duplicates++;
    listed.push(folder);
    return;
  }
  places.set(key, [folder]);
  const text = nameOf(outline.text);
  const named = cutShort(nameOf(outline.title), text) ? text : nameOf(outline.title);
  // A title that names only the format ("RSS", as Feedbro keeps the feed's own beside the
  // reader's name for it in `text`) gives way to the text; one that says there is no name
  // ("Untitled") is none.
  // Nor is the name of the feed's file ("feed.xml") or its host, as tools write for want of one
  // (this app's export too). The last part of an address that is no file's name is a name
  // ("Tutorialzine", feeds.feedburner.com/Tutorialzine).
  const { host, pathname } = new URL(feedUrl);
  const address = [host, fileName(decodeComponent(pathname.split('/').pop() ?? ''))];
  const given = readable(
    (placeholder(named, address) ? '' : named) ||
      (placeholder(text, address) ? '' : text) ||
      (UNTITLED.test(named) || address.includes(named) ? '' : named),
  );
  // Without one, the feed is named by its host until its own title is read.
  const feed: NewSubscription = given
    ? { feedUrl, title: given }
    : { feedUrl, title: host, untitled: true };
  // Read as the feed's address is ("classicalnewengland.org" is a site); not the feed's own
  // address again, as AntennaPod writes some.
  const siteUrl = feedAddress(outline.htmlUrl ?? '');
  if (siteUrl && addressKey(siteUrl) !== key) feed.siteUrl = siteUrl;
  found.feeds.push(feed);
}

/**
 * A title cut short where the text has it whole ("ProPublica: Articles and Investi..." beside
 * "ProPublica: Articles and Investigations", as Google Reader exported long ones).
 */
function cutShort(title: string, text: string): boolean {
  const start = /^(.+?)\s*(?:\.{3}|…)$/u.exec(title)?.[1];
  return start !== undefined && text.length > start.length && text.startsWith(start);
}

const FORMAT_ONLY = /^(?:rss|atom|rdf|json|xml|feed|rss feed|atom feed|json feed)$/i;
/** "Untitled", "[No title]", Feedbro's "Untitled feed". */
const UNTITLED = /^[[(]?(?:untitled|no title)(?: feed)?[\])]?$/i;

/** A file's name ("feed.xml", "rss"), or none (''): a name given the feed is not. */
function fileName(part: string): string {
  return /\.\w{1,6}$/.test(part) || FORMAT_ONLY.test(part) ? part : '';
}

/** A name that says nothing of the feed: its format, "Untitled", or part of its address. */
function placeholder(name: string, address: readonly string[]): boolean {
  return FORMAT_ONLY.test(name) || UNTITLED.test(name) || address.includes(name);
}

/**
 * A title written as an address writes it ("Afford%20Anything", "Death, Sex %26 Money",
 * "ATHLEAN-X%E2%84%A2": iCatcher's), as it reads, decoded at most twice ("&" comes as "%2526").
 * Not an address itself, and not where what it would read as holds characters no title has.
 */
function readable(title: string, times = 2): string {
  if (times === 0 || !/%[\da-f]{2}/i.test(title) || title.includes('://')) return title;
  const decoded = decodeComponent(title);
  return cleanText(decoded) === decoded ? readable(decoded, times - 1) : title;
}

/**
 * Each feed's folder: the first it is listed in, passing over none and a folder that lists
 * every feed of the file. Feedbin lists every feed at the top, then again under its tags;
 * Fever lists them all in "Kindling", then again in the reader's groups. A feed under two of
 * Google Reader's labels is counted as such, not as repeated.
 */
function placeFeeds(found: Found, places: Places) {
  const { feeds } = found;
  const members = new Map<string, number>();
  for (const folders of places.values()) {
    for (const folder of new Set(folders)) members.set(folder, (members.get(folder) ?? 0) + 1);
  }
  const folderCount = [...members.keys()].filter(Boolean).length;
  const everything = (folder: string) =>
    feeds.length > 1 && folderCount > 1 && members.get(folder) === feeds.length;
  for (const feed of feeds) {
    const folders = places.get(addressKey(feed.feedUrl)) ?? [];
    const [folder, ...others] = new Set(folders.filter((name) => name && !everything(name)));
    if (folder) feed.folder = folder;
    if (others.length > 0) {
      found.inSeveralFolders++;
      found.duplicates -= others.length;
    }
  }
}
