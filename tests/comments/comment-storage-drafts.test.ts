import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DRAFTS_KEY,
  draftKey,
  rememberName,
  setDraft,
  useDraftStore,
} from '../../src/features/comments/store/draft-store';
import { threadKey } from '../../src/features/comments/store/thread-key';
import { useStorageProblems } from '../../src/lib/persisted-store-problems';
import { FEED, reloadStores, resetComments } from './reset';

const BOX = draftKey(threadKey(FEED, 'a1'), null);
const OTHER_BOX = draftKey(threadKey(FEED, 'a2'), null);

function stored() {
  return JSON.parse(localStorage.getItem(DRAFTS_KEY) ?? 'null') as {
    state: { drafts: Record<string, string>; name: string };
    version: number;
  };
}

function otherTabWrites(drafts: Record<string, string>, times: Record<string, string>) {
  const newValue = JSON.stringify({
    state: { drafts, times, name: '', nameAt: new Date(0).toISOString() },
    version: 2,
  });
  localStorage.setItem(DRAFTS_KEY, newValue);
  return () =>
    window.dispatchEvent(
      new StorageEvent('storage', { key: DRAFTS_KEY, newValue, storageArea: localStorage }),
    );
}

beforeEach(resetComments);
afterEach(resetComments);

describe('drafts in browser storage', () => {
  it('two tabs typing in different boxes at once lose neither draft', async () => {
    setDraft(BOX, 'Mine');
    const tell = otherTabWrites(
      { [OTHER_BOX]: 'Theirs' },
      { [OTHER_BOX]: new Date().toISOString() },
    );
    setDraft(BOX, 'Mine, longer');
    expect(stored().state.drafts).toEqual({ [BOX]: 'Mine, longer', [OTHER_BOX]: 'Theirs' });
    tell();
    useDraftStore.setState({ drafts: {}, times: {} });
    await reloadStores();
    expect(useDraftStore.getState().drafts).toEqual({
      [BOX]: 'Mine, longer',
      [OTHER_BOX]: 'Theirs',
    });
  });

  it('a form keeps its text while another tab posts from the same box', () => {
    setDraft(BOX, 'Still typing here');
    otherTabWrites({}, { [BOX]: new Date(Date.now() + 1000).toISOString() })();
    expect(useDraftStore.getState().drafts).toEqual({ [BOX]: 'Still typing here' });
  });

  it('a draft cleared here (posted) is not brought back by an older copy', async () => {
    setDraft(BOX, 'Posting this');
    otherTabWrites(
      { [BOX]: 'Posting this' },
      { [BOX]: new Date(Date.now() - 60_000).toISOString() },
    );
    setDraft(BOX, '');
    expect(stored().state.drafts).toEqual({});
    await reloadStores();
    expect(useDraftStore.getState().drafts).toEqual({});
  });

  it('keeps the draft for the session when localStorage is full, and reads it back', async () => {
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (this === localStorage) throw new DOMException('Full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    setDraft(BOX, 'Not lost');
    rememberName('Ana');
    expect(localStorage.getItem(DRAFTS_KEY)).toBeNull();
    expect(useStorageProblems.getState()[DRAFTS_KEY]?.unsaved).toEqual({ elsewhere: true });
    vi.restoreAllMocks();

    useDraftStore.setState({ drafts: {}, times: {}, name: '' });
    await reloadStores();
    expect(useDraftStore.getState().drafts).toEqual({ [BOX]: 'Not lost' });
    expect(useDraftStore.getState().name).toBe('Ana');
  });

  it('drafts stored as something else than a list of drafts are set aside and told of', async () => {
    const raw = JSON.stringify({ state: { drafts: 'Half a comment', name: 'Ana' }, version: 2 });
    localStorage.setItem(DRAFTS_KEY, raw);
    await reloadStores();
    const aside = Object.keys(localStorage).filter((key) =>
      key.startsWith(`${DRAFTS_KEY}:unreadable:`),
    );
    expect(aside.map((key) => localStorage.getItem(key))).toEqual([raw]);
    expect(useStorageProblems.getState()[DRAFTS_KEY]?.unreadable).toBeDefined();
    // The rest is read as it was.
    expect(useDraftStore.getState().name).toBe('Ana');
  });

  it('reads version 1 drafts', async () => {
    localStorage.setItem(
      DRAFTS_KEY,
      JSON.stringify({
        state: { drafts: { [BOX]: 'Old draft', broken: 3 }, name: 'Mira' },
        version: 1,
      }),
    );
    await reloadStores();
    expect(useDraftStore.getState().drafts).toEqual({ [BOX]: 'Old draft' });
    expect(useDraftStore.getState().name).toBe('Mira');
    expect(stored().version).toBe(2);
  });
});
