import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  adoptFeedTitles,
  renameFolder,
  subscribe,
  undoUnsubscribe,
  unsubscribe,
  updateSubscription,
} from '../../src/features/subscriptions/store/subscription-actions';
import type { Subscription } from '../../src/features/subscriptions/store/subscription-data';
import {
  SUBSCRIPTIONS_KEY,
  defaultSubscriptions,
  useSubscriptionStore,
} from '../../src/features/subscriptions/store/subscription-store';
import { resetStorageProblems, useStorageProblems } from '../../src/lib/persisted-store-problems';
import { limitLocalStorage } from '../comments/comment-storage-quota';

const AT = '2024-05-01T10:00:00.000Z';
const feed = (name: string) => ({ feedUrl: `https://${name}.example/feed.xml`, title: name });

function stored(): Record<string, Subscription> {
  const raw = localStorage.getItem(SUBSCRIPTIONS_KEY);
  return raw
    ? (JSON.parse(raw) as { state: { feeds: Record<string, Subscription> } }).state.feeds
    : {};
}

const following = () =>
  Object.values(useSubscriptionStore.getState().feeds)
    .filter((subscription) => !subscription.removedAt)
    .map((subscription) => subscription.title)
    .sort();

/** Another tab writes its list; its storage event arrives when `tell` is called. */
function otherTabWrites(feeds: Record<string, Subscription>) {
  const newValue = JSON.stringify({ state: { feeds }, version: 1 });
  localStorage.setItem(SUBSCRIPTIONS_KEY, newValue);
  return () =>
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: SUBSCRIPTIONS_KEY,
          newValue,
          storageArea: localStorage,
        }),
      );
    });
}

function reset() {
  localStorage.clear();
  resetStorageProblems();
  useSubscriptionStore.setState(defaultSubscriptions());
}

beforeEach(reset);
afterEach(reset);

describe('the subscription store', () => {
  it('starts from the bundled feeds', () => {
    expect(following()).toEqual(['Harbour Notes', 'The Broadsheet Daily']);
  });

  it('adds many feeds in one write, and reports those already followed', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const many = Array.from({ length: 1000 }, (_, index) => feed(`site${index}`));
    const report = subscribe([...many, feed('site3')]);
    expect(report.added).toHaveLength(1000);
    expect(report.duplicates).toEqual([feed('site3')]);
    expect(setItem.mock.calls.filter(([key]) => key === SUBSCRIPTIONS_KEY)).toHaveLength(1);
    expect(Object.keys(stored())).toHaveLength(1002);
    setItem.mockRestore();
  });

  it('takes a feed followed already at another spelling of its address as followed', () => {
    subscribe([feed('a')]);
    const again = { feedUrl: 'http://A.example/feed.xml/', title: 'a again' };
    expect(subscribe([again])).toEqual({ added: [], duplicates: [again], filed: [] });
    expect(following()).not.toContain('a again');
    // One that was unsubscribed from is followed again at the address given.
    unsubscribe(feed('a').feedUrl);
    expect(subscribe([again]).added).toHaveLength(1);
    expect(following()).toContain('a again');
  });

  it('puts a feed followed in no folder into the folder given, in the same write', () => {
    subscribe([feed('a'), { ...feed('b'), folder: 'Mine' }]);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const report = subscribe([
      { ...feed('a'), folder: 'News' },
      { ...feed('b'), folder: 'News' },
      { ...feed('c'), folder: 'News' },
    ]);
    expect(setItem.mock.calls.filter(([key]) => key === SUBSCRIPTIONS_KEY)).toHaveLength(1);
    setItem.mockRestore();
    expect(report.filed).toEqual([
      expect.objectContaining({ feedUrl: feed('a').feedUrl, folder: 'News' }),
    ]);
    expect(report.duplicates).toHaveLength(2);
    expect(stored()[feed('a').feedUrl]?.folder).toBe('News');
    expect(stored()[feed('b').feedUrl]?.folder).toBe('Mine');
    expect(stored()[feed('c').feedUrl]?.folder).toBe('News');
  });

  it('unsubscribing keeps a mark for other tabs; subscribing again follows it again', () => {
    subscribe([feed('a')]);
    unsubscribe(feed('a').feedUrl);
    expect(following()).not.toContain('a');
    expect(stored()[feed('a').feedUrl]?.removedAt).toBeDefined();
    expect(subscribe([feed('a')]).added).toHaveLength(1);
    expect(following()).toContain('a');
  });

  it('undoing an unsubscribe brings the feed back as it was, unless it is followed again', () => {
    vi.useFakeTimers({ now: Date.parse(AT), toFake: ['Date'] });
    try {
      subscribe([{ feedUrl: 'https://a.example/feed.xml', title: 'a.example', untitled: true }]);
      subscribe([{ ...feed('b'), folder: 'News' }]);
      vi.setSystemTime(Date.parse(AT) + 60_000);
      unsubscribe('https://a.example/feed.xml');
      unsubscribe(feed('b').feedUrl);
      undoUnsubscribe('https://a.example/feed.xml');
      undoUnsubscribe(feed('b').feedUrl);
      // Still named by its host: the feed's own title is taken once it is read.
      expect(stored()['https://a.example/feed.xml']).toMatchObject({ untitled: true, addedAt: AT });
      expect(stored()['https://a.example/feed.xml']).not.toHaveProperty('removedAt');
      expect(stored()[feed('b').feedUrl]).toMatchObject({ folder: 'News', addedAt: AT });
      adoptFeedTitles(new Map([['https://a.example/feed.xml', 'Site A']]));
      expect(following()).toEqual(expect.arrayContaining(['Site A', 'b']));

      // Followed again at another spelling of its address: nothing to undo.
      unsubscribe(feed('b').feedUrl);
      subscribe([{ feedUrl: 'http://b.example/feed.xml/', title: 'B again' }]);
      undoUnsubscribe(feed('b').feedUrl);
      expect(stored()[feed('b').feedUrl]?.removedAt).toBeDefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('renames and moves; an empty folder name takes it out of its folder', () => {
    subscribe([{ ...feed('a'), folder: 'News' }]);
    updateSubscription(feed('a').feedUrl, { title: '  Site A ', folder: 'Tech / Web' });
    expect(stored()[feed('a').feedUrl]).toMatchObject({ title: 'Site A', folder: 'Tech / Web' });
    updateSubscription(feed('a').feedUrl, { folder: ' ' });
    expect(stored()[feed('a').feedUrl]?.folder).toBeUndefined();
    updateSubscription(feed('a').feedUrl, { title: '' });
    expect(stored()[feed('a').feedUrl]?.title).toBe('Site A');
  });

  it("a feed named by its host takes the feed's own title, until the reader names it", () => {
    subscribe([
      { feedUrl: 'https://a.example/feed.xml', title: 'a.example', untitled: true },
      { feedUrl: 'https://b.example/feed.xml', title: 'b.example', untitled: true },
      feed('c'),
    ]);
    adoptFeedTitles(new Map([['https://a.example/feed.xml', ' Site A ']]));
    expect(stored()['https://a.example/feed.xml']).not.toHaveProperty('untitled');
    expect(stored()['https://a.example/feed.xml']?.title).toBe('Site A');
    // Once named, by the feed or the reader, a name stays.
    updateSubscription('https://b.example/feed.xml', { title: 'Mine' });
    adoptFeedTitles(
      new Map([
        ['https://a.example/feed.xml', 'Another'],
        ['https://b.example/feed.xml', 'Site B'],
        [feed('c').feedUrl, 'Site C'],
      ]),
    );
    expect(following()).toContain('Site A');
    expect(following()).toContain('Mine');
    expect(following()).toContain('c');
  });
});

describe('folders', () => {
  const folderOf = (name: string) =>
    useSubscriptionStore.getState().feeds[feed(name).feedUrl]?.folder;

  it('are one whatever the case or spacing, under the name as first written', () => {
    subscribe([{ ...feed('a'), folder: 'Tech' }]);
    // An import, in one write: the file's own first spelling too.
    subscribe([
      { ...feed('b'), folder: ' tech ' },
      { ...feed('c'), folder: 'Local  News' },
      { ...feed('d'), folder: 'local news' },
    ]);
    expect([folderOf('b'), folderOf('c'), folderOf('d')]).toEqual([
      'Tech',
      'Local  News',
      'Local  News',
    ]);
    subscribe([feed('e')]);
    updateSubscription(feed('e').feedUrl, { folder: 'TECH' });
    expect(folderOf('e')).toBe('Tech');
    // The one feed of a folder written anew is the folder written anew.
    updateSubscription(feed('e').feedUrl, { folder: 'ÉCOLE' });
    updateSubscription(feed('e').feedUrl, { folder: 'École' });
    expect(folderOf('e')).toBe('École');
  });

  it('are renamed in any spelling, into a folder there is under its name', () => {
    subscribe([
      { ...feed('a'), folder: 'Tech' },
      { ...feed('b'), folder: 'News' },
    ]);
    expect(renameFolder('tech', 'news')).toEqual({ moved: 1, folder: 'News' });
    expect(folderOf('a')).toBe('News');
    // Only its case changed: the same folder, under the new spelling.
    expect(renameFolder('News', 'NEWS')).toEqual({ moved: 2, folder: 'NEWS' });
    expect([folderOf('a'), folderOf('b')]).toEqual(['NEWS', 'NEWS']);
  });

  it('stored under two spellings are one when read, under the one stored first', async () => {
    const entry = (name: string, folder: string) => ({
      ...feed(name),
      folder,
      addedAt: AT,
      changedAt: AT,
    });
    // "Café" composed, then decomposed (e and a combining accent), as macOS writes names.
    const entries = [
      entry('a', 'Café'),
      entry('b', 'tech'),
      entry('c', 'CAFE\u0301'),
      entry('d', 'Tech'),
      entry('e', ' café\u00a0'),
    ];
    localStorage.setItem(
      SUBSCRIPTIONS_KEY,
      JSON.stringify({
        state: { feeds: Object.fromEntries(entries.map((value) => [value.feedUrl, value])) },
        version: 1,
      }),
    );
    await useSubscriptionStore.persist.rehydrate();
    expect(['a', 'b', 'c', 'd', 'e'].map(folderOf)).toEqual([
      'Café',
      'tech',
      'Café',
      'tech',
      'Café',
    ]);
    expect(useStorageProblems.getState()[SUBSCRIPTIONS_KEY]).toBeUndefined();
  });
});

describe('subscriptions in two tabs', () => {
  it('two tabs subscribing at once lose nothing', () => {
    subscribe([feed('a')]);
    const theirs = {
      ...stored(),
      [feed('b').feedUrl]: { ...feed('b'), addedAt: AT, changedAt: new Date().toISOString() },
    };
    // The other tab added b, knowing a; its event has not arrived yet.
    const tell = otherTabWrites(theirs);
    subscribe([feed('c')]);
    expect(Object.values(stored()).map((entry) => entry.title)).toEqual(
      expect.arrayContaining(['a', 'b', 'c']),
    );
    tell();
    expect(following()).toEqual(expect.arrayContaining(['a', 'b', 'c']));
  });

  it("another tab's unsubscribe reaches this one", () => {
    subscribe([feed('a')]);
    const later = new Date(Date.now() + 1000).toISOString();
    const mine = stored()[feed('a').feedUrl];
    if (!mine) throw new Error('not stored');
    const tell = otherTabWrites({
      ...stored(),
      [feed('a').feedUrl]: { ...mine, removedAt: later, changedAt: later },
    });
    tell();
    expect(following()).not.toContain('a');
  });
});

describe('storage trouble', () => {
  it('a full storage keeps the change in this tab and says so', () => {
    limitLocalStorage(10);
    subscribe([feed('a')]);
    expect(following()).toContain('a');
    expect(useStorageProblems.getState()[SUBSCRIPTIONS_KEY]?.unsaved).toBeDefined();
  });

  it('an unreadable stored list is set aside, announced, and not written over', async () => {
    localStorage.setItem(SUBSCRIPTIONS_KEY, '{"state": {"feeds": [');
    await useSubscriptionStore.persist.rehydrate();
    subscribe([feed('a')]);
    const aside = Object.keys(localStorage).filter((key) =>
      key.startsWith(`${SUBSCRIPTIONS_KEY}:unreadable:`),
    );
    expect(aside.map((key) => localStorage.getItem(key))).toEqual(['{"state": {"feeds": [']);
    expect(useStorageProblems.getState()[SUBSCRIPTIONS_KEY]?.unreadable).toBeDefined();
  });

  it('a stored entry that does not fit is left out and counted; the rest is kept', async () => {
    const good = { ...feed('a'), addedAt: AT, changedAt: AT };
    localStorage.setItem(
      SUBSCRIPTIONS_KEY,
      JSON.stringify({
        state: {
          feeds: { [good.feedUrl]: good, bad: { feedUrl: 'javascript:alert(1)', title: 1 } },
        },
        version: 1,
      }),
    );
    await useSubscriptionStore.persist.rehydrate();
    expect(following()).toEqual(['a']);
    expect(useStorageProblems.getState()[SUBSCRIPTIONS_KEY]?.unreadable?.skipped).toBe(1);
  });

  it('a stored entry whose name is no text keeps its feed, named by its host until read', async () => {
    const entry = (name: string, title: unknown) => ({
      ...feed(name),
      title,
      folder: 'News',
      siteUrl: `https://${name}.example/`,
      addedAt: AT,
      changedAt: AT,
    });
    // No title at all: undefined is left out of the JSON.
    const entries = [42, null, { text: 'C' }, ' ', undefined].map((title, index) =>
      entry('abcde'.charAt(index), title),
    );
    const feeds = Object.fromEntries(entries.map((value) => [value.feedUrl, value]));
    localStorage.setItem(
      SUBSCRIPTIONS_KEY,
      JSON.stringify({
        state: { feeds: { ...feeds, bad: { feedUrl: 'javascript:alert(1)', title: 'Bad' } } },
        version: 1,
      }),
    );
    await useSubscriptionStore.persist.rehydrate();
    expect(following()).toEqual(['a.example', 'b.example', 'c.example', 'd.example', 'e.example']);
    expect(useSubscriptionStore.getState().feeds[feed('a').feedUrl]).toEqual({
      feedUrl: feed('a').feedUrl,
      title: 'a.example',
      folder: 'News',
      siteUrl: 'https://a.example/',
      addedAt: AT,
      changedAt: AT,
      untitled: true,
    });
    // Only the entry without a web address is left out, counted and told of.
    expect(useStorageProblems.getState()[SUBSCRIPTIONS_KEY]?.unreadable?.skipped).toBe(1);
    // The feed's own title takes the host's place once the feed is read.
    adoptFeedTitles(new Map([[feed('b').feedUrl, 'Site B']]));
    expect(following()).toContain('Site B');
  });
});
