import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { savedKey, useSavedStore } from '../../src/features/offline/store/saved-store';
import type { SavedArticle } from '../../src/features/offline/store/saved-store';
import { resetStorageProblems } from '../../src/lib/persisted-store-problems';
import { limitLocalStorage } from '../comments/comment-storage-quota';
import { serveDemo } from '../helpers/demo-feed';
import { renderApp } from '../helpers/render-app';
import { refuseWrites, resetMemoryDb } from './saved-idb-memory';

vi.mock('idb-keyval', () => import('./saved-idb-memory'));

const KEY = 'broadsheet:saved';
const FEED = 'https://example.com/feed.json';
const SEED_ID =
  'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees';

function article(id: string, savedAt = '2024-05-01T10:00:00.000Z'): SavedArticle {
  return { feedUrl: FEED, feedParam: null, id, title: `Article ${id}`, savedAt };
}

function stored(): Record<string, SavedArticle> {
  const raw = localStorage.getItem(KEY);
  return raw
    ? (JSON.parse(raw) as { state: { saved: Record<string, SavedArticle> } }).state.saved
    : {};
}

/** Another tab writes its list; its storage event arrives when `tell` is called. */
function otherTabWrites(saved: Record<string, SavedArticle>) {
  const newValue = JSON.stringify({ state: { saved }, version: 2 });
  localStorage.setItem(KEY, newValue);
  return () =>
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: KEY, newValue, storageArea: localStorage }),
      );
    });
}

const shown = () =>
  Object.values(useSavedStore.getState().saved)
    .filter((entry) => !entry.removedAt)
    .map((entry) => entry.id)
    .sort();

function reset() {
  useSavedStore.setState({ saved: {} });
  localStorage.clear();
  resetStorageProblems();
  resetMemoryDb();
}

beforeEach(reset);
afterEach(reset);

describe('saved articles in two tabs', () => {
  it('two tabs saving at once lose nothing', () => {
    const { save } = useSavedStore.getState();
    save(article('a1'));
    // The other tab saved a2 with a1 unknown to it; its event has not arrived yet.
    const tell = otherTabWrites({ [savedKey(FEED, 'a2')]: article('a2') });
    save(article('a3'));
    expect(Object.keys(stored()).sort()).toEqual(
      ['a1', 'a2', 'a3'].map((id) => savedKey(FEED, id)).sort(),
    );
    tell();
    expect(shown()).toEqual(['a1', 'a2', 'a3']);
  });

  it("another tab's removal reaches this one and is not undone by this tab's next save", () => {
    const { save } = useSavedStore.getState();
    save(article('a1'));
    save(article('a2'));
    const removed = { ...article('a1'), removedAt: new Date(Date.now() + 1000).toISOString() };
    const tell = otherTabWrites({ ...stored(), [savedKey(FEED, 'a1')]: removed });
    tell();
    expect(shown()).toEqual(['a2']);
    save(article('a3', new Date().toISOString()));
    expect(shown()).toEqual(['a2', 'a3']);
    expect(stored()[savedKey(FEED, 'a1')]?.removedAt).toBeDefined();
  });

  it('a removal undone here wins over the removal the other tab heard of', () => {
    const { save, remove, restore } = useSavedStore.getState();
    save(article('a1'));
    remove(FEED, 'a1');
    const removal = stored()[savedKey(FEED, 'a1')];
    restore(FEED, 'a1');
    expect(shown()).toEqual(['a1']);
    // The other tab, which heard only of the removal, writes its list again.
    otherTabWrites({ [savedKey(FEED, 'a1')]: removal as SavedArticle })();
    expect(shown()).toEqual(['a1']);
    expect(stored()[savedKey(FEED, 'a1')]?.savedAt).toBe('2024-05-01T10:00:00.000Z');
  });

  it("one tab's write of its whole list does not drop what another tab saved", () => {
    useSavedStore.getState().save(article('a1'));
    otherTabWrites({ [savedKey(FEED, 'a2')]: article('a2') })();
    expect(shown()).toEqual(['a1', 'a2']);
  });
});

describe('saved articles when storage fails', () => {
  it('a save storage refuses is reported, not shown as saved', () => {
    limitLocalStorage(10);
    expect(useSavedStore.getState().save(article('a1'))).toBe(false);
    expect(shown()).toEqual([]);
  });

  it('unreadable saved data is set aside, announced, and not written over', async () => {
    localStorage.setItem(KEY, '{"state": {"saved": [');
    await useSavedStore.persist.rehydrate();
    useSavedStore.getState().save(article('a1'));
    const aside = Object.keys(localStorage).filter((key) => key.startsWith(`${KEY}:unreadable:`));
    expect(aside.map((key) => localStorage.getItem(key))).toEqual(['{"state": {"saved": [']);
    serveDemo();
    renderApp('/saved');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Saved articles could not be read; they were set aside.',
    );
  });
});

describe('"Save for offline"', () => {
  it('says so in words, and not "Saved", when the offline copy could not be written', async () => {
    serveDemo();
    refuseWrites();
    const { user } = renderApp(`/articles/${encodeURIComponent(SEED_ID)}`);
    await user.click(await screen.findByRole('button', { name: 'Save for offline' }));
    expect(
      await screen.findByText(/Not saved for offline: this browser refused to store it/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save for offline' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(shown()).toEqual([]);
  });

  it('"Save the latest 20" says so too', async () => {
    serveDemo();
    refuseWrites();
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Save the latest 20' }));
    expect(
      await screen.findByText(/Not saved for offline: this browser refused to store them/),
    ).toBeInTheDocument();
    expect(shown()).toEqual([]);
  });
});

describe('removing from the saved list', () => {
  it('hands focus to the next article’s Remove, then to the heading once none is left', async () => {
    serveDemo();
    useSavedStore.getState().save(article('a1', '2024-05-01T10:00:00.000Z'));
    useSavedStore.getState().save(article('a2', '2024-05-02T10:00:00.000Z'));
    const { user } = renderApp('/saved');
    // Newest first: a2, then a1.
    await user.click(await screen.findByRole('button', { name: 'Remove “Article a2”' }));
    expect(screen.getByRole('button', { name: 'Remove “Article a1”' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove “Article a1”' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('Undo brings the last one removed back to its place, focused', async () => {
    serveDemo();
    for (const [id, day] of [
      ['a1', '01'],
      ['a2', '02'],
      ['a3', '03'],
    ] as const) {
      useSavedStore.getState().save(article(id, `2024-05-${day}T10:00:00.000Z`));
    }
    const { user } = renderApp('/saved');
    await user.click(await screen.findByRole('button', { name: 'Remove “Article a2”' }));
    expect(await screen.findByText('Removed “Article a2”.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('link', { name: 'Article a2' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const links = screen.getAllByRole('link', { name: /^Article a/ });
    expect(links.map((link) => link.textContent)).toEqual([
      'Article a3',
      'Article a2',
      'Article a1',
    ]);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Article a2' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(shown()).toEqual(['a1', 'a2', 'a3']);
  });
});
