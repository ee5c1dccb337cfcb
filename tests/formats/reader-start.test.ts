import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateFeed, generateRss } from '../../bench/generate.mjs';
import { answerParts, readDocument } from '../../src/features/feed/api/formats/read-document';
import type { WorkerRequest } from '../../src/features/feed/api/formats/read-document';
import { fakeFetch } from '../helpers/fake-fetch';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A worker running the real reader in this thread, counting how many were started. */
class CountedWorker extends EventTarget {
  static started = 0;
  static requests: WorkerRequest[] = [];
  constructor() {
    super();
    CountedWorker.started++;
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: { ready: true } })), 0);
  }
  postMessage(request: WorkerRequest) {
    CountedWorker.requests.push(request);
    setTimeout(() => {
      for (const part of answerParts(request.id, readDocument(request))) {
        this.dispatchEvent(new MessageEvent('message', { data: structuredClone(part) }));
      }
    }, 0);
  }
  terminate() {}
}

async function freshReader() {
  CountedWorker.started = 0;
  CountedWorker.requests = [];
  vi.stubGlobal('Worker', CountedWorker);
  vi.resetModules();
  return import('../../src/features/feed/api/fetch-feed-page');
}

describe('the XML reader of a feed read for the first time', () => {
  it('starts while the document downloads, not once it has arrived', async () => {
    const { fetchFeedPage } = await freshReader();
    let answer: ((response: Response) => void) | undefined;
    fakeFetch({
      'https://news.example/feed': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const reading = fetchFeedPage('https://news.example/feed');

    await vi.waitFor(() => expect(CountedWorker.started).toBe(1));
    await vi.waitFor(() => expect(answer).toBeDefined());
    answer?.(new Response(generateRss(3)));
    expect((await reading).articles).toHaveLength(3);
    expect(CountedWorker.started).toBe(1);
  });

  it('does not start for an address that names a JSON Feed', async () => {
    const { fetchFeedPage } = await freshReader();
    fakeFetch({
      'https://news.example/feed.json': generateFeed(3),
      'https://news.example/feed/json?page=2': generateFeed(2),
    });
    expect((await fetchFeedPage('https://news.example/feed.json')).articles).toHaveLength(3);
    expect((await fetchFeedPage('https://news.example/feed/json?page=2')).articles).toHaveLength(2);
    expect(CountedWorker.started).toBe(0);
  });
});

describe('a small XML feed', () => {
  it('is decoded, fingerprinted and read in the worker, and not again when it comes back the same', async () => {
    const { fetchFeedPage } = await freshReader();
    const rss = generateRss(3);
    fakeFetch({ 'https://news.example/rss': () => new Response(rss) });

    const page = await fetchFeedPage('https://news.example/rss');
    expect(page.articles).toHaveLength(3);
    expect(CountedWorker.requests.map((request) => 'bytes' in request)).toEqual([true]);
    expect(await fetchFeedPage('https://news.example/rss', undefined, page)).toBe(page);
  });
});
