import { textDigest } from '../../../lib/digest';
import { detectFormat } from '../../../lib/document-format';
import { fetchText, LoadError, parseJson } from '../../../lib/http';
import { nextTask } from '../../../lib/next-task';
import { feedRequests } from './feed-requests';
import { MAX_DOCUMENT_LENGTH, notAFeed, tooLarge } from './formats/document-errors';
import { parseFeedPageInParts } from './formats/json-feed';
import { leadingItems } from './formats/leading-items';
import type { DocumentResult } from './formats/read-document';
import type { FeedPage } from './types';

/**
 * Documents from this size on are decoded and read entirely in the worker: decoding,
 * fingerprinting and parsing megabytes would each be a long task on the main thread.
 */
const OFF_THREAD_BYTES = 1024 * 1024;

/**
 * A fetched body as a FeedPage and the fingerprint of its text (to tell next time whether it
 * changed): no page when that fingerprint is `previousDigest`, the document being the same.
 * Small JSON documents are decoded here; markup and large documents of any format are decoded,
 * fingerprinted and read in the worker, which XML needs anyway.
 */
export async function readFeedBody(
  body: { bytes: Uint8Array; contentType: string | null; url?: string },
  pageUrl: string,
  signal?: AbortSignal,
  previousDigest?: string,
): Promise<{ page?: FeedPage; digest: string }> {
  if (body.bytes.length > MAX_DOCUMENT_LENGTH) throw tooLarge();
  const { decodeText, startsWithMarkup } = await import('../../../lib/decode-text');
  if (body.bytes.length >= OFF_THREAD_BYTES || startsWithMarkup(body.bytes)) {
    const { readInWorker } = await import('./formats/read-in-worker');
    const result = await readInWorker({ ...body, pageUrl, previousDigest }, signal);
    if ('html' in result) {
      // A web page's links lead from where redirects took it (theverge.com to www.theverge.com).
      const page = await discover(result.html, body.url ?? pageUrl, signal);
      return { page, digest: result.digest };
    }
    if ('same' in result) return { digest: result.digest };
    if ('page' in result) return { page: result.page, digest: result.digest ?? '' };
    return { page: pageOf(result), digest: '' };
  }
  const text = decodeText(body.bytes, body.contentType);
  const digest = textDigest(text);
  if (digest === previousDigest) return { digest };
  // Reading it is a task of its own: a refresh brings many documents, one after the other.
  await nextTask();
  return { page: await readFeedDocument(text, pageUrl, signal), digest };
}

/** How much of a long start is decoded first for a first screen: 25 items of most feeds. */
const FIRST_SCREEN_BYTES = 64 * 1024;

/**
 * The first items of a document whose start is `body` (as many as are whole there, `most` at
 * most), as a page marked `partial`: its next page unknown until the end arrives. Undefined
 * while the start holds fewer than `least` whole items, or is no feed.
 */
export async function readFirstItems(
  body: { bytes: Uint8Array; contentType: string | null },
  pageUrl: string,
  { most, least }: { most: number; least: number },
  signal?: AbortSignal,
): Promise<FeedPage | undefined> {
  const { decodeStart } = await import('../../../lib/decode-text');
  const { bytes, contentType } = body;
  // The scan stops at the `most`th item, however much more has arrived; decoding does not. A
  // start of megabytes (a fast network, or code that arrived after the document) is read from
  // its first kilobytes, twice as many each time they hold too few items, up to a quarter of it.
  let start: string | undefined;
  for (let size = FIRST_SCREEN_BYTES; !start && size * 4 <= bytes.length; size *= 2) {
    start = leadingItems(decodeStart(bytes.subarray(0, size), contentType), most, most);
  }
  start ??= leadingItems(decodeStart(bytes, contentType), most, least);
  if (start === undefined) return undefined;
  const page = await readFeedDocument(start, pageUrl, signal, true);
  return { ...page, nextUrl: undefined, partial: true };
}

/**
 * A document's text as a FeedPage: what it is, from the document itself, then that format's
 * adapter. XML is parsed off the main thread; a web page leads to the feed it names
 * (autodiscovery). Every failure is a LoadError.
 */
export async function readFeedDocument(
  text: string,
  pageUrl: string,
  signal?: AbortSignal,
  discovered = false,
): Promise<FeedPage> {
  if (text.length > MAX_DOCUMENT_LENGTH) throw tooLarge();
  const format = detectFormat(text);
  switch (format) {
    case 'json':
      return parseFeedPageInParts(parseJson(text), pageUrl);
    case 'rss':
    case 'rdf':
    case 'atom': {
      const { readInWorker } = await import('./formats/read-in-worker');
      return pageOf(await readInWorker({ text, pageUrl, format }, signal));
    }
    case 'html':
      if (!discovered) return discover(text, pageUrl, signal);
      throw new LoadError('format', 'The feed this page names is a web page, not a feed.');
    default:
      throw notAFeed();
  }
}

function pageOf(result: DocumentResult): FeedPage {
  if ('error' in result) throw new LoadError(result.error.kind, result.error.message);
  if ('page' in result) return result.page;
  throw notAFeed();
}

/**
 * A bot check where the feed should be: Cloudflare's "Just a moment..." and older "Attention
 * Required!", Sucuri's firewall, Imperva's Incapsula, DDoS-Guard. They let in browsers that run
 * their scripts, not a reader reading a feed.
 */
const BOT_CHECK =
  /<title>\s*(?:Just a moment\.\.\.|Attention Required! \| Cloudflare|Sucuri WebSite Firewall|DDoS-Guard)|_cf_chl_opt|Incapsula incident ID/i;

async function discover(html: string, pageUrl: string, signal?: AbortSignal): Promise<FeedPage> {
  // Every address guessed on the site would be turned away too.
  if (BOT_CHECK.test(html)) {
    throw new LoadError(
      'blocked',
      'The site answered with a bot check (“Just a moment…”) instead of its feed: it lets in browsers, not feed readers. Try again later, or read it through a relay.',
    );
  }
  const {
    choiceTitles,
    discoverFeeds,
    isNarrowFeed,
    linkedFeeds,
    meantFeeds,
    postsFeeds,
    siteFeedAddresses,
    siteName,
    usualFeedAddresses,
  } = await import('./formats/discover');
  const everyFeed = discoverFeeds(html, pageUrl);
  const posts = postsFeeds(everyFeed, pageUrl);
  const named = meantFeeds(posts, pageUrl);
  const feeds = named.length > 0 ? named : linkedFeeds(html, pageUrl);
  const choose = (offered: typeof feeds) =>
    new LoadError(
      'choose',
      'This page names several feeds. Choose one to read:',
      undefined,
      choiceTitles(offered).map((title, i) => ({ url: offered[i]?.url ?? '', title })),
      siteName(html),
    );
  if (feeds.length > 1) throw choose(feeds);
  // A feed the page names is read. One its text links to is a guess, as are the addresses
  // where sites keep feeds, tried one at a time (also after a named feed that failed, told by
  // its address should they find nothing); and only then a post's own comment feed.
  const [only] = named;
  let failed: LoadError | undefined;
  if (only) {
    try {
      return await readDiscovered(only.url, signal);
    } catch (error) {
      if (signal?.aborted || !(error instanceof LoadError) || error.kind === 'timeout') throw error;
      failed = new LoadError(
        error.kind,
        `The feed at ${only.url}, which this page names, could not be read. ${error.message}`,
        error.status,
      );
    }
  }
  // With what the text links to by its words ("RSS" at "/rss2.php"), also after a feed the
  // page names failed (gnu.org's head names a licence's RDF, its text "/index.rdf").
  const linked = [...feeds, ...linkedFeeds(html, pageUrl, true)].map((feed) => feed.url);
  // First, the same feed in the other formats the page names (Blogger's "- RSS" beside "- Atom").
  const otherFormats = everyFeed.filter(
    (feed) =>
      only !== undefined &&
      postsFeeds([feed], pageUrl).length === 1 &&
      postsFeeds([only, feed], pageUrl).length === 1,
  );
  const guesses = [
    ...otherFormats.map((feed) => feed.url),
    ...linked.filter((address) => !isNarrowFeed(address)),
    ...siteFeedAddresses(html, pageUrl),
    ...usualFeedAddresses(pageUrl),
    ...linked.filter(isNarrowFeed),
    // The feeds of its parts the page names (a topic's), should the site's own not be found.
    ...posts.map((feed) => feed.url).filter(isNarrowFeed),
  ].filter((address) => address !== only?.url && address !== pageUrl);
  const found = await firstFeedAt([...new Set(guesses)], signal);
  if (found) return found;
  if (failed) throw failed;
  const [comments] = everyFeed;
  if (everyFeed.length > 1) throw choose(everyFeed);
  if (comments) return readDiscovered(comments.url, signal);
  throw new LoadError(
    'format',
    'This is a web page, not a feed, and it names no feed of its own. None was found at the usual addresses either (/feed, /rss.xml, /atom.xml and others).',
  );
}

async function readDiscovered(url: string, signal?: AbortSignal): Promise<FeedPage> {
  const text = await feedRequests.run(() => fetchText(url, signal), signal);
  return readFeedDocument(text, url, signal, true);
}

/**
 * The first of these addresses that serves a feed, one request at a time. A missing page or
 * a document that is no feed moves on to the next; a site that does not answer ends the search.
 */
async function firstFeedAt(
  addresses: readonly string[],
  signal?: AbortSignal,
): Promise<FeedPage | undefined> {
  for (const address of addresses) {
    try {
      return await readDiscovered(address, signal);
    } catch (error) {
      if (signal?.aborted || (error instanceof LoadError && error.kind === 'timeout')) throw error;
    }
  }
  return undefined;
}

// Dating undated articles comes with the code that reads them, not with the app's entry.
export { withSeenDates } from './seen-dates';
