import { afterEach, describe, expect, it, vi } from 'vitest';
import { get, resetMemoryDb, set } from './saved-idb-memory';
import { generateFeed } from '../../bench/generate.mjs';
import { parseFeedPage } from '../../src/features/feed/api/formats/json-feed';
import {
  askForFirstItems,
  feedPageQuery,
  firstItemsQuery,
} from '../../src/features/feed/api/queries';
import { createQueryClient } from '../../src/lib/query-client';
import {
  persistQueryCache,
  readParts,
  saveQueryCache,
  sweepParts,
  writeParts,
} from '../../src/lib/query-persister';

vi.mock('idb-keyval', () => import('./saved-idb-memory'));

const KEY = 'broadsheet:query-cache';

/** The keys of every part the cache's key points at. */
async function storedParts(): Promise<string[][]> {
  return (await get<{ documents: string[][] }>(KEY))?.documents ?? [];
}

afterEach(() => resetMemoryDb());

describe('the saved cache in IndexedDB', () => {
  it('is stored in parts a fraction of a megabyte each, and read back whole', async () => {
    const text = JSON.stringify({ items: 'é'.repeat(700_000) });
    await writeParts(KEY, [['{}'], [text]]);
    const [head, parts] = await storedParts();
    expect(head).toHaveLength(1);
    expect(parts).toHaveLength(3);
    for (const part of parts ?? [])
      expect((await get<string>(part))?.length).toBeLessThanOrEqual(262_144);
    expect(await readParts(KEY)).toEqual(['{}', text]);
  });

  it('is written from the slices it was made in, without joining them first', async () => {
    const slices = ['{"items":[', '"a",'.repeat(100_000), '"b"', ']}'];
    await writeParts(KEY, [slices]);
    const [parts] = await storedParts();
    expect(parts).toHaveLength(5);
    const [text] = ((await readParts(KEY)) ?? []) as string[];
    expect(JSON.parse(text ?? '')).toEqual({ items: [...Array<string>(100_000).fill('a'), 'b'] });
  });

  it('drops the parts of what it replaces, and keeps an empty document as one part', async () => {
    await writeParts(KEY, [['x'.repeat(600_000)]]);
    const before = (await storedParts()).flat();
    await writeParts(KEY, [['']]);
    for (const part of before) expect(await get(part)).toBeUndefined();
    expect(await readParts(KEY)).toEqual(['']);
  });

  it('reads the cache as it was stored before: one string, or one text in parts', async () => {
    await set(KEY, '{"clientState":{}}');
    expect(await readParts(KEY)).toBe('{"clientState":{}}');
    await set(`${KEY}:old:0`, '{"clientState"');
    await set(`${KEY}:old:1`, ':{}}');
    await set(KEY, { parts: [`${KEY}:old:0`, `${KEY}:old:1`] });
    expect(await readParts(KEY)).toBe('{"clientState":{}}');
    // Written over, the old parts go.
    await writeParts(KEY, [['{}']]);
    expect(await get(`${KEY}:old:0`)).toBeUndefined();
  });

  it('sweeps away the parts of a write a closed page left unlisted, not those of a write under way', async () => {
    await writeParts(KEY, [['{}'], ['kept']]);
    const listed = (await storedParts()).flat();
    const now = Date.now();
    const at = (ms: number) => (now - ms).toString(36);
    // A reload an hour ago, in the middle of a write; and another tab writing a moment ago.
    await set(`${KEY}:${at(3_600_000)}ab12:0`, 'x'.repeat(1000));
    await set(`${KEY}:${at(3_600_000)}ab12:1`, 'y');
    await set(`${KEY}:${at(2_000)}cd34:0`, 'z');
    await set('broadsheet:saved', 'another store');

    await sweepParts(KEY, now);
    expect(await get(`${KEY}:${at(3_600_000)}ab12:0`)).toBeUndefined();
    expect(await get(`${KEY}:${at(3_600_000)}ab12:1`)).toBeUndefined();
    expect(await get(`${KEY}:${at(2_000)}cd34:0`)).toBe('z');
    expect(await get('broadsheet:saved')).toBe('another store');
    for (const part of listed) expect(await get(part)).toBeDefined();
    expect(await readParts(KEY)).toEqual(['{}', 'kept']);
  });

  it('restores nothing when a part is missing, rather than a broken cache', async () => {
    await writeParts(KEY, [['{}'], ['y'.repeat(600_000)]]);
    const [, parts] = await storedParts();
    await set(parts?.[1] ?? '', undefined);
    expect(await readParts(KEY)).toBeNull();
  });
});

describe('what the saved cache keeps', () => {
  it("keeps a feed's pages, not the first items shown while a page downloads", async () => {
    const client = createQueryClient();
    const feedUrl = 'https://news.example/feed.json';
    const page = parseFeedPage(generateFeed(3), feedUrl);
    client.setQueryData(feedPageQuery(feedUrl, feedUrl).queryKey, page);
    // As the front page asks for them, then a long download's start sets them.
    askForFirstItems(client, feedUrl);
    client.setQueryData(firstItemsQuery(feedUrl).queryKey, { ...page, partial: true });
    expect(await saveQueryCache(client)).toBe(true);
    const [, ...queries] = ((await readParts(KEY)) ?? []) as string[];
    const saved = queries.map((text) => (JSON.parse(text) as { queryKey: unknown }).queryKey);
    expect(saved).toEqual([feedPageQuery(feedUrl, feedUrl).queryKey]);
  });
});

describe('how long the saved cache is kept', () => {
  afterEach(() => vi.useRealTimers());

  const feedUrl = 'https://news.example/feed.json';
  const key = feedPageQuery(feedUrl, feedUrl).queryKey;

  /** A page of the feed, saved with the cache. */
  async function savePage() {
    const page = parseFeedPage(generateFeed(3), feedUrl);
    const saving = createQueryClient();
    saving.setQueryData(key, page);
    expect(await saveQueryCache(saving)).toBe(true);
    return page;
  }

  /** The page as a new start of the app reads it back. */
  async function pageOnOpening() {
    const opening = createQueryClient();
    await persistQueryCache(opening);
    return opening.getQueryData(key);
  }

  it('an article saved for offline is still there a year later, whatever release opens it', async () => {
    const page = await savePage();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 365 * 24 * 60 * 60 * 1000);
    expect(await pageOnOpening()).toEqual(page);
  });

  it('an article saved by a build that named the format by its version (0.1.0) is still there', async () => {
    const page = await savePage();
    const [head = '{}', ...queries] = (await readParts(KEY)) as string[];
    const olderHead = JSON.stringify({ ...(JSON.parse(head) as object), buster: '0.1.0' });
    await writeParts(KEY, [[olderHead], ...queries.map((query) => [query])]);
    expect(await pageOnOpening()).toEqual(page);
  });
});

describe('two tabs saving the cache', () => {
  /** The persister as another tab loads it: with its own memory of what it read and wrote. */
  let tabs = 0;
  const anotherTab = () =>
    import(/* @vite-ignore */ `../../src/lib/query-persister.ts?tab=${++tabs}`) as Promise<
      typeof import('../../src/lib/query-persister')
    >;
  const saved = 'https://saved.example/feed.json';
  const other = 'https://other.example/feed.json';
  const pageOf = (feedUrl: string) => parseFeedPage(generateFeed(3), feedUrl);
  const keyOf = (feedUrl: string) => feedPageQuery(feedUrl, feedUrl).queryKey;

  it("an article saved for offline in one tab outlives the other tab's next save", async () => {
    const left = createQueryClient();
    await persistQueryCache(left);
    const right = createQueryClient();
    right.setQueryData(keyOf(saved), pageOf(saved));
    expect(await (await anotherTab()).saveQueryCache(right)).toBe(true);
    // The tab opened first reads another feed, and saves its cache.
    left.setQueryData(keyOf(other), pageOf(other));
    await vi.waitFor(async () => expect((await readParts(KEY))?.length).toBe(3), {
      timeout: 3000,
    });
    const reopened = createQueryClient();
    await persistQueryCache(reopened);
    expect(reopened.getQueryData(keyOf(saved))).toEqual(pageOf(saved));
    expect(reopened.getQueryData(keyOf(other))).toEqual(pageOf(other));
  });

  it('a feed one tab let go of is not taken back from what another saved', async () => {
    const left = createQueryClient();
    left.setQueryData(keyOf(saved), pageOf(saved));
    left.setQueryData(keyOf(other), pageOf(other));
    expect(await saveQueryCache(left)).toBe(true);
    const right = createQueryClient();
    await (await anotherTab()).persistQueryCache(right);
    right.removeQueries({ queryKey: ['feed', other] });
    await vi.waitFor(async () => expect((await readParts(KEY))?.length).toBe(2), {
      timeout: 3000,
    });
    // Another tab writes; then this one writes again: the feed stays gone.
    expect(await saveQueryCache(left)).toBe(true);
    right.setQueryData(keyOf(saved), { ...pageOf(saved), skipped: 1 });
    await vi.waitFor(
      async () => {
        const queries = ((await readParts(KEY)) ?? []) as string[];
        expect(queries.some((text) => text.includes('"skipped":1'))).toBe(true);
        expect(queries.some((text) => text.includes(other))).toBe(false);
      },
      { timeout: 3000 },
    );
  });
});
