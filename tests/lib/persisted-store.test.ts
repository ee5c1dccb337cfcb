import { afterEach, describe, expect, it } from 'vitest';
import { createPersisted } from '../../src/lib/persisted-store';
import type { StoreSpec } from '../../src/lib/persisted-store';
import { resetStorageProblems, useStorageProblems } from '../../src/lib/persisted-store-problems';

interface Notes {
  notes: Record<string, string>;
}

const NAME = 'test:notes';

/** A store of notes by key: a note that is not text is skipped and counted. */
const spec: StoreSpec<Notes> = {
  name: NAME,
  version: 1,
  label: 'notes',
  empty: () => ({ notes: {} }),
  read: (state) => {
    const entries = Object.entries((state as { notes?: unknown }).notes ?? {});
    const kept = entries.filter(([, note]) => typeof note === 'string') as [string, string][];
    return { data: { notes: Object.fromEntries(kept) }, skipped: entries.length - kept.length };
  },
  merge: (base, incoming) => ({ notes: { ...base.notes, ...incoming.notes } }),
};

/** What a page load reads: a new store, as a new page makes one. */
function load() {
  return createPersisted(spec).storage.getItem(NAME);
}

const setAside = () =>
  Object.keys(localStorage).filter((key) => key.startsWith(`${NAME}:unreadable:`));

afterEach(() => {
  localStorage.clear();
  resetStorageProblems();
});

describe('a stored value that cannot be read', () => {
  it('is set aside once, not again at each page load, and told of once', () => {
    localStorage.setItem(NAME, '{"state": {"notes"');
    expect(load()).toBeNull();
    expect(useStorageProblems.getState()[NAME]?.unreadable?.copiedTo).toBeDefined();
    resetStorageProblems();
    load();
    load();
    expect(setAside().map((key) => localStorage.getItem(key))).toEqual(['{"state": {"notes"']);
    // The notice, once dismissed, does not come back at the next load.
    expect(useStorageProblems.getState()[NAME]).toBeUndefined();
  });

  it('in part: the whole is set aside once, and what could be read stays where it was', () => {
    const raw = JSON.stringify({ state: { notes: { a: 'kept', b: 42 } }, version: 1 });
    localStorage.setItem(NAME, raw);
    load();
    expect(load()).toEqual({ state: { notes: { a: 'kept' } }, version: 1 });
    expect(setAside().map((key) => localStorage.getItem(key))).toEqual([raw]);
  });
});
