import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { feedPageQuery } from '../../src/features/feed/api/queries';
import * as jsonFeed from '../../src/features/feed/api/formats/json-feed';
import { textDigest } from '../../src/lib/digest';
import { fakeFetch, jsonResponse } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED } from '../helpers/render-app';

vi.mock('../../src/features/feed/api/formats/json-feed', async (original) => {
  const actual = await original<typeof jsonFeed>();
  return { ...actual, parseFeedPageInParts: vi.fn(actual.parseFeedPageInParts) };
});

const OTHER_FEED = 'https://news.example/feed.json';
const BODY = JSON.stringify(demoPage('feed.json'));

let client: QueryClient;

/** Reads the page, then marks it stale so the next read asks the network again. */
async function read(feedUrl: string) {
  const options = feedPageQuery(feedUrl, feedUrl);
  const page = await client.fetchQuery(options);
  await client.invalidateQueries({ queryKey: options.queryKey, refetchType: 'none' });
  return page;
}

function init(fetchMock: ReturnType<typeof fakeFetch>['fetchMock'], call: number): RequestInit {
  return (fetchMock.mock.calls[call] as unknown as [string, RequestInit])[1];
}

beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  vi.mocked(jsonFeed.parseFeedPageInParts).mockClear();
});

afterEach(() => {
  client.clear();
  vi.unstubAllGlobals();
});

describe('a feed on the page’s own origin', () => {
  it('keeps the validators it was served with, as plain JSON', async () => {
    fakeFetch({
      [DEMO_FEED]: () =>
        jsonResponse(BODY, {
          headers: { ETag: '"v1"', 'Last-Modified': 'Tue, 01 Apr 2025 08:00:00 GMT' },
        }),
    });
    const page = await read(DEMO_FEED);
    expect(page.validators).toEqual({
      etag: '"v1"',
      lastModified: 'Tue, 01 Apr 2025 08:00:00 GMT',
      digest: textDigest(BODY),
    });
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
  });

  it('asks again with If-None-Match; a 304 keeps the very same page and articles', async () => {
    let served = 0;
    const { fetchMock } = fakeFetch({
      [DEMO_FEED]: () =>
        served++ === 0
          ? jsonResponse(BODY, { headers: { ETag: '"v1"' } })
          : new Response(null, { status: 304, headers: { ETag: '"v1"' } }),
    });
    const first = await read(DEMO_FEED);
    const second = await read(DEMO_FEED);
    expect(new Headers(init(fetchMock, 0).headers).get('If-None-Match')).toBeNull();
    expect(new Headers(init(fetchMock, 1).headers).get('If-None-Match')).toBe('"v1"');
    expect(second).toBe(first);
    expect(second.articles).toBe(first.articles);
    expect(jsonFeed.parseFeedPageInParts).toHaveBeenCalledTimes(1);
  });

  it('asks with If-Modified-Since when the server sent only Last-Modified', async () => {
    const date = 'Tue, 01 Apr 2025 08:00:00 GMT';
    const { fetchMock } = fakeFetch({
      [DEMO_FEED]: () => jsonResponse(BODY, { headers: { 'Last-Modified': date } }),
    });
    await read(DEMO_FEED);
    await read(DEMO_FEED);
    expect(new Headers(init(fetchMock, 1).headers).get('If-Modified-Since')).toBe(date);
  });

  it('reads a changed feed again', async () => {
    let version = 1;
    fakeFetch({
      [DEMO_FEED]: () =>
        jsonResponse(version === 1 ? BODY : demoPage('feed-2.json'), {
          headers: { ETag: `"v${version}"` },
        }),
    });
    const first = await read(DEMO_FEED);
    version = 2;
    const second = await read(DEMO_FEED);
    expect(second).not.toBe(first);
    expect(second.validators?.etag).toBe('"v2"');
    expect(second.articles[0]?.id).not.toBe(first.articles[0]?.id);
  });
});

describe('a feed on another origin', () => {
  it('sends no conditional headers (no preflight) and lets the browser revalidate', async () => {
    const { fetchMock } = fakeFetch({
      [OTHER_FEED]: () => jsonResponse(BODY, { headers: { ETag: '"v1"' } }),
    });
    await read(OTHER_FEED);
    await read(OTHER_FEED);
    const again = init(fetchMock, 1);
    expect(again.cache).toBe('no-cache');
    const headers = new Headers(again.headers);
    expect(headers.get('If-None-Match')).toBeNull();
    expect(headers.get('If-Modified-Since')).toBeNull();
    expect([...headers.keys()]).toEqual(['accept']);
  });

  it('an identical body gives back the same page object, without parsing it again', async () => {
    fakeFetch({ [OTHER_FEED]: () => jsonResponse(BODY) });
    const first = await read(OTHER_FEED);
    const second = await read(OTHER_FEED);
    expect(second).toBe(first);
    expect(jsonFeed.parseFeedPageInParts).toHaveBeenCalledTimes(1);
  });

  it('the same readable ETag gives back the same page without reading the body', async () => {
    let bodyRead = false;
    fakeFetch({
      [OTHER_FEED]: () => {
        const response = jsonResponse(BODY, { headers: { ETag: '"v1"' } });
        const arrayBuffer = response.arrayBuffer.bind(response);
        response.arrayBuffer = () => {
          bodyRead = true;
          return arrayBuffer();
        };
        return response;
      },
    });
    const first = await read(OTHER_FEED);
    bodyRead = false;
    expect(await read(OTHER_FEED)).toBe(first);
    expect(bodyRead).toBe(false);
  });

  it('the first request is an ordinary one', async () => {
    const { fetchMock } = fakeFetch({ [OTHER_FEED]: () => jsonResponse(BODY) });
    await read(OTHER_FEED);
    expect(init(fetchMock, 0).cache).toBeUndefined();
  });
});

describe('a refresh of a hundred unchanged feeds', () => {
  it('parses nothing and makes no new page objects', async () => {
    const feeds = Array.from({ length: 100 }, (_, i) => `https://site${i}.example/feed.json`);
    fakeFetch(Object.fromEntries(feeds.map((url) => [url, () => jsonResponse(BODY)])));
    const first = await Promise.all(feeds.map(read));
    vi.mocked(jsonFeed.parseFeedPageInParts).mockClear();
    const second = await Promise.all(feeds.map(read));
    expect(jsonFeed.parseFeedPageInParts).not.toHaveBeenCalled();
    second.forEach((page, i) => expect(page).toBe(first[i]));
  });
});
