import { afterEach, describe, expect, it, vi } from 'vitest';
import { get, resetMemoryDb, set } from './saved-idb-memory';
import { readParts, writeParts } from '../../src/lib/query-persister';

vi.mock('idb-keyval', () => import('./saved-idb-memory'));

const KEY = 'broadsheet:query-cache';

afterEach(() => resetMemoryDb());

describe('the saved cache in IndexedDB', () => {
  it('is stored in parts a fraction of a megabyte each, and read back whole', async () => {
    const text = JSON.stringify({ items: 'é'.repeat(700_000) });
    await writeParts(KEY, [text]);
    const { parts } = (await get<{ parts: string[] }>(KEY)) ?? { parts: [] };
    expect(parts.length).toBe(3);
    for (const part of parts)
      expect((await get<string>(part))?.length).toBeLessThanOrEqual(262_144);
    expect(await readParts(KEY)).toBe(text);
  });

  it('is written from the slices it was made in, without joining them first', async () => {
    const slices = ['{"items":[', '"a",'.repeat(100_000), '"b"', ']}'];
    await writeParts(KEY, slices);
    const { parts } = (await get<{ parts: string[] }>(KEY)) ?? { parts: [] };
    expect(parts.length).toBe(5);
    expect(JSON.parse((await readParts(KEY)) ?? '')).toEqual({
      items: [...Array<string>(100_000).fill('a'), 'b'],
    });
  });

  it('drops the parts of what it replaces, and keeps an empty cache as one part', async () => {
    await writeParts(KEY, ['x'.repeat(600_000)]);
    const before = (await get<{ parts: string[] }>(KEY))?.parts ?? [];
    await writeParts(KEY, ['']);
    for (const part of before) expect(await get(part)).toBeUndefined();
    expect(await readParts(KEY)).toBe('');
  });

  it('reads the cache as it was stored before, in one string', async () => {
    await set(KEY, '{"clientState":{}}');
    expect(await readParts(KEY)).toBe('{"clientState":{}}');
  });

  it('restores nothing when a part is missing, rather than a broken cache', async () => {
    await writeParts(KEY, ['y'.repeat(600_000)]);
    const { parts } = (await get<{ parts: string[] }>(KEY)) ?? { parts: [] };
    await set(parts[1] ?? '', undefined);
    expect(await readParts(KEY)).toBeNull();
  });
});
