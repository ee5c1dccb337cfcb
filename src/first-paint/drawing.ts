import { parseFeedPageInParts } from '../features/feed/api/formats/json-feed';
import { leadingItems } from '../features/feed/api/formats/leading-items';
import type { DocumentResult, WorkerAnswer } from '../features/feed/api/formats/read-document';
import { withSeenDates } from '../features/feed/api/seen-dates';
import type { FeedPage } from '../features/feed/api/types';
import { readWrittenPages } from '../features/feed/api/written-pages';
import { readSubscriptionData } from '../features/subscriptions/store/subscription-data';
import type { SubscriptionData } from '../features/subscriptions/store/subscription-data';
import { FEED_ACCEPT, joined } from '../lib/http';

/**
 * Draws a page from its feeds while the app's code is still on its way: public/boot.js loads a
 * script built from draw-list.ts, draw-article.ts or draw-river.ts, on its own and small, on a
 * cold visit to a feed's page or article or to a page of the reader's own feeds, and starts the
 * app once this screen has painted, or at once when nothing could be drawn (told by the
 * `broadsheet:not-drawn` event). The app then draws over it, as over a kept screen, reading
 * the same responses (window.broadsheetFeeds), not downloading them again; a feed whose first
 * page the built page carries is read from there by both.
 *
 * A JSON Feed is read here; an XML feed by the reader's worker that public/boot.js started.
 * Larger XML documents, pages of other kinds and every failure are left to the app, which
 * says what went wrong.
 */
/** XML documents larger than this are read by the app in parts, not here whole. */
const MOST_XML_BYTES = 1024 * 1024;
/**
 * The id of this script's first request to the worker, the next ones below it
 * (the app's start at 1).
 */
const REQUEST_ID = 0;
/**
 * A list is drawn from the start of a long JSON Feed still arriving, once that holds this many
 * whole items; that start is tried each time the body has grown by PREFIX_STEP, up to
 * LAST_PREFIX, as the app reads its first items (fetch-feed-page.ts).
 */
const LEAST_ITEMS = 8;
const PREFIX_STEP = 64 * 1024;
const LAST_PREFIX = 1024 * 1024;

declare global {
  interface Window {
    broadsheetReader?: { worker: Worker; state: 'starting' | 'ready' | 'failed' };
  }
}

/** A JSON Feed's page, of its first `items` only where given. */
function readJson(
  bytes: Uint8Array,
  pageUrl: string,
  items: number | undefined,
): Promise<FeedPage> {
  const text = new TextDecoder().decode(bytes);
  const start = items === undefined ? undefined : leadingItems(text, items);
  return parseFeedPageInParts(JSON.parse(start ?? text), pageUrl);
}

/**
 * An XML feed's page, read by the reader's worker: its first part, answered first, where
 * `whole` is false; else every part.
 */
function readXml(
  bytes: Uint8Array,
  contentType: string | null,
  pageUrl: string,
  whole: boolean,
  id: number,
) {
  const reader = window.broadsheetReader;
  if (!reader || reader.state === 'failed') {
    return Promise.resolve(undefined);
  }
  return new Promise<FeedPage | undefined>((resolve) => {
    let page: FeedPage | undefined;
    const heard = (event: MessageEvent<WorkerAnswer | { ready: true }>) => {
      const answer = event.data;
      if ('ready' in answer || answer.id !== id) return;
      if ('result' in answer) {
        const result: DocumentResult = answer.result;
        page = 'page' in result ? result.page : undefined;
      } else {
        page?.articles.push(...answer.articles);
      }
      if (answer.more && whole && page) return;
      reader.worker.removeEventListener('message', heard);
      resolve(page);
    };
    reader.worker.addEventListener('message', heard);
    reader.worker.addEventListener('error', () => resolve(undefined));
    // Copied, not handed over: the bytes may be a part the app's copy of the response shares.
    reader.worker.postMessage({ id, bytes, contentType, pageUrl });
  });
}

async function firstPage(
  pageUrl: string,
  items?: number,
  id = REQUEST_ID,
): Promise<FeedPage | undefined> {
  const request = fetch(pageUrl, { headers: { Accept: FEED_ACCEPT } });
  // The app reads the same response (src/lib/http.ts): a copy, before this one is read. Its
  // failure (offline) is the app's to hear, if it asks; never the page's as an unhandled one.
  const copy = request.then((each) => each.clone());
  copy.catch(() => undefined);
  (window.broadsheetFeeds ??= {})[pageUrl] = copy;
  const response = await request;
  if (!response.ok || !response.body) return undefined;
  const contentType = response.headers.get('content-type');
  const body = response.body.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  let tried = 0;
  let json: boolean | undefined;
  for (let part = await body.read(); !part.done; part = await body.read()) {
    parts.push(part.value);
    length += part.value.length;
    json ??= isJson(part.value);
    if (json === false && length > MOST_XML_BYTES) {
      // Too long to read here: the app reads it from its own copy, and starts now.
      void body.cancel();
      return undefined;
    }
    if (!json || items === undefined || length - tried < PREFIX_STEP || length > LAST_PREFIX) {
      continue;
    }
    tried = length;
    const start = leadingItems(new TextDecoder().decode(joined(parts, length)), items, LEAST_ITEMS);
    if (start !== undefined) {
      // Enough for the screen: the rest is the app's to read, from its own copy.
      void body.cancel();
      return withSeenDates(undefined, await parseFeedPageInParts(JSON.parse(start), pageUrl));
    }
  }
  const bytes = joined(parts, length);
  const page = json
    ? await readJson(bytes, pageUrl, items)
    : await readXml(bytes, contentType, pageUrl, items === undefined, id);
  return page && withSeenDates(undefined, page);
}

/**
 * Whether a body whose part this is holds JSON (a JSON Feed), not XML or a web page, from its
 * first character; unknown while it is all white space.
 */
function isJson(part: Uint8Array): boolean | undefined {
  const start = new TextDecoder().decode(part.subarray(0, 64)).trimStart();
  return start === '' ? undefined : start.startsWith('{');
}

/** The reader's subscriptions as stored (src/features/subscriptions/store/subscription-store.ts). */
export function storedSubscriptions(): SubscriptionData {
  try {
    const stored = JSON.parse(localStorage.getItem('broadsheet:subscriptions') ?? 'null') as {
      state?: unknown;
    } | null;
    return readSubscriptionData(stored?.state).data;
  } catch {
    return { feeds: {} };
  }
}

/** What a page draws from its feed: its nodes and the tab's title; nothing to leave it to the app. */
export type Screen = { nodes: Node[]; title: string } | undefined;

/**
 * Shows the screen unless the app has begun to draw the page (it clears the stale mark first),
 * and says it was drawn here (src/main.tsx).
 */
function show(screen: Screen): boolean {
  const root = document.getElementById('root');
  const html = document.documentElement;
  if (!screen || !root || root.hasChildNodes() || !html.hasAttribute('data-stale-first-screen')) {
    return false;
  }
  root.replaceChildren(...screen.nodes);
  html.removeAttribute('data-stale-first-screen');
  html.setAttribute('data-drawn-screen', '');
  document.title = screen.title;
  return true;
}

/** Once the page has been read to its end: public/boot.js has then emptied its root. */
function pageRead(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
}

/** Shows the screen `made` makes, once the page has been read; says so when nothing was drawn. */
async function drawWhenRead(made: () => Promise<Screen>): Promise<boolean> {
  let drawn = false;
  try {
    const screen = await made();
    await pageRead();
    drawn = show(screen);
  } catch {
    // The app reads the feeds again and says what is wrong with them.
  }
  if (!drawn) document.dispatchEvent(new Event('broadsheet:not-drawn'));
  return drawn;
}

/** Reads the feed at `feedUrl` (its first `items` where given) and shows what `draw` makes of it. */
export function drawFromFeed(
  feedUrl: string,
  items: number | undefined,
  draw: (page: FeedPage) => Screen,
): Promise<boolean> {
  return drawWhenRead(async () => {
    const page = await firstPage(feedUrl, items);
    return page?.url === feedUrl ? draw(page) : undefined;
  });
}

/**
 * Reads every feed at `feedUrls` (each whole) and shows what `draw` makes of them, once all
 * are in: nothing where one of them could not be read (the app then says which). A feed whose
 * first page the front page carries is read there, as the app reads it, not downloaded.
 */
export function drawFromFeeds(
  feedUrls: readonly string[],
  draw: (pages: FeedPage[]) => Screen,
): Promise<boolean> {
  return drawWhenRead(async () => {
    await pageRead();
    const written = readWrittenPages();
    const pages = await Promise.all(
      feedUrls.map(
        (feedUrl, index) =>
          written.find((page) => page.url === feedUrl) ??
          firstPage(feedUrl, undefined, REQUEST_ID - index),
      ),
    );
    const read = pages.filter((page) => page !== undefined);
    return read.length > 0 && read.length === feedUrls.length ? draw(read) : undefined;
  });
}

/** What public/boot.js gave the script: the feed's address as requested, and `?feed=`. */
export function scriptFeed(): { feedUrl: string; feedParam: string } | undefined {
  const script = document.currentScript;
  const feed = script?.getAttribute('data-feed');
  const param = script?.getAttribute('data-param');
  return feed && param
    ? { feedUrl: new URL(feed, location.href).href, feedParam: param }
    : undefined;
}
