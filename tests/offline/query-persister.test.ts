import fc from 'fast-check';
import { dehydrate } from '@tanstack/react-query';
import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { describe, expect, it, vi } from 'vitest';
import { parseFeedPage } from '../../src/features/feed/api/formats/json-feed';
import { createQueryClient } from '../../src/lib/query-client';
import { deserializeCache, serializeCache } from '../../src/lib/query-persister';
import { generateFeed } from '../../bench/generate.mjs';

function persisted(data: unknown[]): PersistedClient {
  const client = createQueryClient();
  data.forEach((value, index) => client.setQueryData(['query', index], value));
  const clientState = dehydrate(client);
  client.clear();
  return { buster: '1.0.0', timestamp: 1_700_000_000_000, clientState };
}

/** The saved documents as stored: each one text. */
const texts = (documents: string[][]) => documents.map((slices) => slices.join(''));
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the saved query cache, written for IndexedDB', () => {
  it('reads back exactly what was saved, for any cached data', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.jsonValue({ maxDepth: 3 }),
            fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 40 }),
          ),
          { maxLength: 6 },
        ),
        async (data) => {
          const client = persisted(data);
          const documents = texts(await serializeCache(client));
          // The client without its queries, then one JSON document per query.
          expect(documents).toHaveLength(client.clientState.queries.length + 1);
          expect(await deserializeCache(documents)).toEqual(asJson(client));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads the cache saved before as one JSON text', async () => {
    const client = persisted([{ title: 'Saved before' }, [1, 2, 3]]);
    expect(await deserializeCache(JSON.stringify(client))).toEqual(asJson(client));
  });

  it('keeps a feed’s pages once, and reads them back into both queries', async () => {
    const page = parseFeedPage(generateFeed(3000), 'https://example.com/feed.json');
    const client = persisted([page, { pages: [page], pageParams: [page.url] }, 'other']);
    const documents = texts(await serializeCache(client));
    const length = documents.reduce((sum, text) => sum + text.length, 0);
    expect(length).toBeLessThan(JSON.stringify(client).length * 0.55);
    const restored = await deserializeCache(documents);
    expect(restored).toEqual(asJson(client));
    const [pageQuery, listQuery] = restored.clientState.queries;
    expect(pageQuery?.state.data).toBe((listQuery?.state.data as { pages: unknown[] }).pages[0]);
  });

  it('does not restore a page whose list is gone from what was saved', async () => {
    const page = { url: 'https://example.com/feed.json', articles: [] };
    const [head = '', pageQuery = ''] = texts(
      await serializeCache(persisted([page, { pages: [page], pageParams: [page.url] }])),
    );
    expect((await deserializeCache([head, pageQuery])).clientState.queries).toEqual([]);
  });

  it('gives the browser its turn between queries once a slice has run long, writing and reading', async () => {
    const client = persisted(Array.from({ length: 20 }, (_, index) => ({ index })));
    let now = 0;
    // Each reading of the clock says 5 ms have passed: every other query ends a slice.
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    const turns = vi.spyOn(globalThis, 'setTimeout');
    const documents = texts(await serializeCache(client));
    expect(turns.mock.calls.length).toBeGreaterThanOrEqual(10);
    turns.mockClear();
    await deserializeCache(documents);
    expect(turns.mock.calls.length).toBeGreaterThanOrEqual(10);
  });

  it('writes one feed of thousands of items over many turns, not in one go', async () => {
    const page = parseFeedPage(generateFeed(3000), 'https://example.com/feed.json');
    const client = persisted([page]);
    let now = 0;
    // Each reading of the clock says 1 ms has passed: a slice ends every ninth item or so.
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    const turns = vi.spyOn(globalThis, 'setTimeout');
    const [, query] = texts(await serializeCache(client));
    expect(query).toBe(JSON.stringify(client.clientState.queries[0]));
    expect(turns.mock.calls.length).toBeGreaterThanOrEqual(300);
  });
});
