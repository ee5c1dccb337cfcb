import { parseFeedPage } from '../features/feed/api/formats/json-feed';
import { leadingItems } from '../features/feed/api/formats/leading-items';
import type { DocumentResult, WorkerAnswer } from '../features/feed/api/formats/read-document';
import { withSeenDates } from '../features/feed/api/seen-dates';
import type { FeedPage } from '../features/feed/api/types';
import { FEED_ACCEPT } from '../lib/http';
import { listScreen } from './list-screen';

/**
 * Draws a feed's page (`/?feed=`) from the feed itself while the app's code is still on its
 * way: public/boot.js loads this script, on its own and small, on a cold visit to such a page,
 * and starts the app once this screen has painted, or at once when nothing could be drawn
 * (it tells so with the `broadsheet:not-drawn` event). The app then draws over it, as over a
 * kept screen, reading the same response (window.broadsheetFeed), not downloading it again.
 *
 * A JSON Feed is read here, from its first items only; an XML feed by the reader's worker that
 * public/boot.js started. Larger XML documents, pages of other kinds and every failure are
 * left to the app, which says what went wrong.
 */

/** The items read for the first screen: enough for it, however long the document. */
const FIRST_ITEMS = 25;
/** XML documents larger than this are read by the app in parts, not here whole. */
const MOST_XML_BYTES = 1024 * 1024;
/** The id of this script's request to the worker: the app's own start at 1. */
const REQUEST_ID = 0;

declare global {
  interface Window {
    broadsheetReader?: { worker: Worker; state: 'starting' | 'ready' | 'failed' };
  }
}

function readJson(bytes: Uint8Array, pageUrl: string): FeedPage {
  const text = new TextDecoder().decode(bytes);
  return parseFeedPage(JSON.parse(leadingItems(text, FIRST_ITEMS) ?? text), pageUrl);
}

function readXml(bytes: Uint8Array, contentType: string | null, pageUrl: string) {
  const reader = window.broadsheetReader;
  if (!reader || reader.state === 'failed' || bytes.length > MOST_XML_BYTES) {
    return Promise.resolve(undefined);
  }
  return new Promise<FeedPage | undefined>((resolve) => {
    const heard = (event: MessageEvent<WorkerAnswer | { ready: true }>) => {
      const answer = event.data;
      if ('ready' in answer || answer.id !== REQUEST_ID || !('result' in answer)) return;
      reader.worker.removeEventListener('message', heard);
      const result: DocumentResult = answer.result;
      resolve('page' in result ? result.page : undefined);
    };
    reader.worker.addEventListener('message', heard);
    reader.worker.addEventListener('error', () => resolve(undefined));
    reader.worker.postMessage({ id: REQUEST_ID, bytes, contentType, pageUrl }, [bytes.buffer]);
  });
}

async function firstPage(pageUrl: string): Promise<FeedPage | undefined> {
  const request = fetch(pageUrl, { headers: { Accept: FEED_ACCEPT } });
  // The app reads the same response (src/lib/http.ts): a copy, before this one is read.
  window.broadsheetFeed = { url: pageUrl, response: request.then((each) => each.clone()) };
  const response = await request;
  if (!response.ok) return undefined;
  const contentType = response.headers.get('content-type');
  const bytes = new Uint8Array(await response.arrayBuffer());
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  const page = start.startsWith('{')
    ? readJson(bytes, pageUrl)
    : await readXml(bytes, contentType, pageUrl);
  return page && withSeenDates(undefined, page);
}

function subscribed(feedUrl: string): boolean {
  try {
    const stored = JSON.parse(localStorage.getItem('broadsheet:subscriptions') ?? 'null') as {
      state?: { feeds?: Record<string, { removedAt?: unknown }> };
    } | null;
    const feed = stored?.state?.feeds?.[feedUrl];
    return feed !== undefined && !feed.removedAt;
  } catch {
    return false;
  }
}

/**
 * Shows the page unless the app has begun to draw it (it clears the stale mark first) or the
 * page has no entries to show.
 */
function show(page: FeedPage, feedUrl: string, feedParam: string): boolean {
  const root = document.getElementById('root');
  const html = document.documentElement;
  if (!root || root.hasChildNodes() || !html.hasAttribute('data-stale-first-screen')) return false;
  if (page.articles.length === 0 || page.url !== feedUrl) return false;
  root.replaceChildren(...listScreen(page, feedParam, subscribed(feedUrl)));
  html.removeAttribute('data-stale-first-screen');
  html.setAttribute('data-drawn-screen', '');
  document.title = `${page.feed.title} · Broadsheet`;
  return true;
}

/** Once the page has been read to its end: public/boot.js has then emptied its root. */
function pageRead(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
}

export async function drawFeedPage(feedUrl: string, feedParam: string): Promise<boolean> {
  let drawn = false;
  try {
    const page = await firstPage(feedUrl);
    await pageRead();
    drawn = page !== undefined && show(page, feedUrl, feedParam);
  } catch {
    // The app reads the feed again and says what is wrong with it.
  }
  if (!drawn) document.dispatchEvent(new Event('broadsheet:not-drawn'));
  return drawn;
}

const script = document.currentScript;
const feed = script?.getAttribute('data-feed');
const param = script?.getAttribute('data-param');
if (feed && param) void drawFeedPage(new URL(feed, location.href).href, param);
