import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFeedPage } from '../../src/features/feed/api/fetch-feed-page';
import { answerParts, readDocument } from '../../src/features/feed/api/formats/read-document';
import type {
  WorkerAnswer,
  WorkerRequest,
} from '../../src/features/feed/api/formats/read-document';
import { generateFeed, generateRss } from '../../bench/generate.mjs';
import { fakeFetch } from '../helpers/fake-fetch';

const FEED = 'https://news.example/feed';
const encoder = new TextEncoder();

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/**
 * A worker that runs the real reader in this thread and answers as the worker does, one
 * message per part; it records every part it sent.
 */
class PartsWorker extends EventTarget {
  static sent: WorkerAnswer[] = [];
  constructor() {
    super();
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: { ready: true } })), 0);
  }
  postMessage(request: WorkerRequest) {
    setTimeout(() => {
      for (const part of answerParts(request.id, readDocument(request))) {
        PartsWorker.sent.push(part);
        this.dispatchEvent(new MessageEvent('message', { data: structuredClone(part) }));
      }
    }, 0);
  }
  terminate() {}
}

describe('the worker public/boot.js started', () => {
  /** Any worker the app would make of its own: there must be none. */
  function NoWorker(): never {
    throw new Error('A second worker');
  }
  const request = () => ({
    bytes: encoder.encode(generateRss(3)),
    contentType: 'application/rss+xml',
    pageUrl: FEED,
  });

  it('is taken over, whether it has said it runs yet or not, and once only', async () => {
    vi.stubGlobal('Worker', NoWorker);
    for (const state of ['starting', 'ready'] as const) {
      vi.resetModules();
      const worker = new PartsWorker();
      window.broadsheetReader = { worker: worker as unknown as Worker, state };
      // Its own first word goes before the app listens: public/boot.js heard it, or not yet.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { readInWorker } = await import('../../src/features/feed/api/formats/read-in-worker');
      const reading = readInWorker(request());
      if (state === 'starting') {
        worker.dispatchEvent(new MessageEvent('message', { data: { ready: true } }));
      }
      const result = await reading;
      expect(result).toEqual(readDocument(request()));
      expect(window.broadsheetReader).toBeUndefined();
      expect(await readInWorker(request())).toEqual(result);
    }
  });

  it('that could not start leaves the app reading here', async () => {
    vi.stubGlobal('Worker', NoWorker);
    const worker = Object.assign(new EventTarget(), { terminate: vi.fn(), postMessage: vi.fn() });
    window.broadsheetReader = { worker: worker as unknown as Worker, state: 'failed' };
    const { readInWorker } = await import('../../src/features/feed/api/formats/read-in-worker');
    expect(await readInWorker(request())).toEqual(readDocument(request()));
    expect(worker.postMessage).not.toHaveBeenCalled();
    expect(worker.terminate).toHaveBeenCalled();
  });
});

describe('a feed of megabytes', () => {
  it('is read whole, in any format, and not again when it comes back the same', async () => {
    const json = JSON.stringify(generateFeed(3000));
    expect(json.length).toBeGreaterThan(1024 * 1024);
    fakeFetch({
      [FEED]: () => new Response(json),
      [`${FEED}.rss`]: () => new Response(generateRss(3000)),
    });
    const page = await fetchFeedPage(FEED);
    expect(page.articles).toHaveLength(3000);
    expect(page.validators?.digest).toMatch(/^\d+:/);
    expect(await fetchFeedPage(FEED, undefined, page)).toBe(page);
    const rss = await fetchFeedPage(`${FEED}.rss`);
    expect(rss.articles).toHaveLength(3000);
    expect(rss.articles[0]?.title).toBe(page.articles[0]?.title);
  });

  it('comes back from the worker in parts of a few hundred articles, put together in order', async () => {
    PartsWorker.sent = [];
    vi.stubGlobal('Worker', PartsWorker);
    const { readInWorker } = await import('../../src/features/feed/api/formats/read-in-worker');
    const bytes = encoder.encode(generateRss(3000));
    const request = { bytes, contentType: 'application/rss+xml', pageUrl: FEED };
    const result = await readInWorker(request);
    expect(result).toEqual(readDocument(request));
    expect(PartsWorker.sent.length).toBeGreaterThan(10);
    for (const part of PartsWorker.sent) {
      const articles =
        'articles' in part ? part.articles : 'page' in part.result ? part.result.page.articles : [];
      expect(articles.length).toBeLessThanOrEqual(250);
    }
  });

  it('is read here, bytes intact, where the worker cannot start', async () => {
    class BrokenWorker extends EventTarget {
      constructor() {
        super();
        setTimeout(() => this.dispatchEvent(new Event('error')), 0);
      }
      postMessage() {
        throw new Error('Nothing may be handed to a worker that never started.');
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const { readInWorker } = await import('../../src/features/feed/api/formats/read-in-worker');
    const request = { bytes: encoder.encode(generateRss(10)), contentType: null, pageUrl: FEED };
    const result = await readInWorker(request);
    expect('page' in result && result.page.articles).toHaveLength(10);
  });

  it('over 20 MB is refused with a message, never read', async () => {
    const bytes = new Uint8Array(20 * 1024 * 1024 + 1);
    expect(readDocument({ bytes, contentType: null, pageUrl: FEED })).toEqual({
      error: { kind: 'format', message: 'This feed is over 20 MB: too large to read here.' },
    });
  });
});
