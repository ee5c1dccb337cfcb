import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { articleKey } from '../../../lib/article-ref';
import type { ArticleRef } from '../../../lib/article-ref';
import { own, setOwn, withoutOwn } from '../../../lib/own';
import { createPersisted } from '../../../lib/persisted-store';
import { mergeData, readData } from './reading-data';
import type { ReadingData } from './reading-data';

export const READING_KEY = 'broadsheet:reading';
/** Version 1 kept read marks by feed and then id; version 2 by articleKey. */
export const READING_VERSION = 2;

const readingStorage = createPersisted<ReadingData>({
  name: READING_KEY,
  version: READING_VERSION,
  label: 'read marks',
  title: 'Read marks',
  empty: () => ({ read: {}, visits: {} }),
  read: (state) => readData(state),
  merge: mergeData,
});

/** What one "Mark all as read" changed, for taking it back. */
export interface MarkedAll {
  /** The articles it marked (by articleKey), which were unread before. */
  keys: string[];
  at: string;
  /** Its feeds' sessions before it. */
  sessions: ReadingState['sessions'];
}

interface ReadingState extends ReadingData {
  /**
   * In memory only: per feed, the previous visit as this session found it. Another tab starting
   * its own session rewrites the stored visits; what counts as new here must not move with it.
   */
  sessions: Record<string, { since?: string }>;
  /**
   * The session's first look at feeds: each one's stored visit becomes "previous", now
   * "current". One write for all of them: a front page of a thousand feeds begins a thousand.
   */
  beginVisit: (...feedUrls: string[]) => void;
  markRead: (feedUrl: string, id: string) => void;
  /** Takes the article's read mark back: it counts as unread again, in every tab. */
  markUnread: (feedUrl: string, id: string) => void;
  /** Marks the article unread when it is read, else read. Returns whether it is read now. */
  toggleRead: (feedUrl: string, id: string) => boolean;
  /**
   * Marks the articles read and clears "New" on their feeds (each one's visit moves to now), in
   * one write: a folder of a hundred feeds is one, not a hundred.
   */
  markAllRead: (articles: readonly ArticleRef[]) => MarkedAll;
  /**
   * Takes back what one markAllRead did: the marks it made (in every tab, as markUnread does)
   * and "New" as it was on its feeds this session. Marks made before it stay.
   */
  undoMarkAll: (marked: MarkedAll) => void;
  /** Merges marks and visits from a backup by key, never dropping one. Returns new read marks. */
  importReading: (data: ReadingData) => number;
  /**
   * Lets go of the marks made before `before` that `keep` does not want (articles no feed holds
   * any more), in one write. Returns how many went.
   */
  forgetRead: (before: string, keep: (key: string, at: string) => boolean) => number;
}

export const useReadingStore = create<ReadingState>()(
  persist(
    (set, get) => ({
      read: {},
      visits: {},
      sessions: {},
      beginVisit: (...feedUrls) => {
        const { sessions } = get();
        const first = [...new Set(feedUrls)].filter((feedUrl) => !Object.hasOwn(sessions, feedUrl));
        if (first.length === 0) return;
        const now = new Date().toISOString();
        set((state) => {
          const last = first.map((feedUrl) => own(state.visits, feedUrl)?.current);
          // fromEntries and spreading define each key as data.
          return {
            sessions: {
              ...state.sessions,
              ...Object.fromEntries(first.map((feedUrl, i) => [feedUrl, { since: last[i] }])),
            },
            visits: {
              ...state.visits,
              ...Object.fromEntries(
                first.map((feedUrl, i) => {
                  const previous = last[i];
                  return [feedUrl, previous ? { previous, current: now } : { current: now }];
                }),
              ),
            },
          };
        });
      },
      markRead: (feedUrl, id) => {
        const key = articleKey({ feedUrl, id });
        if (Object.hasOwn(get().read, key)) return;
        const now = new Date().toISOString();
        set((state) => ({ read: { ...state.read, [key]: now } }));
      },
      markUnread: (feedUrl, id) => {
        const key = articleKey({ feedUrl, id });
        if (!Object.hasOwn(get().read, key)) return;
        const now = new Date().toISOString();
        set((state) => ({
          read: withoutOwn(state.read, key),
          unread: { ...state.unread, [key]: now },
        }));
      },
      toggleRead: (feedUrl, id) => {
        const { read, markRead, markUnread } = get();
        const wasRead = Object.hasOwn(read, articleKey({ feedUrl, id }));
        if (wasRead) markUnread(feedUrl, id);
        else markRead(feedUrl, id);
        return !wasRead;
      },
      markAllRead: (articles) => {
        const now = new Date().toISOString();
        const feeds = [...new Set(articles.map((article) => article.feedUrl))];
        const each = <T>(value: T) => Object.fromEntries(feeds.map((feedUrl) => [feedUrl, value]));
        const state = get();
        const marked: MarkedAll = {
          keys: articles.map(articleKey).filter((key) => !Object.hasOwn(state.read, key)),
          at: now,
          sessions: Object.fromEntries(
            feeds.map((feedUrl) => [feedUrl, { since: sinceOf(state, feedUrl) }]),
          ),
        };
        set((state) => ({
          read: {
            ...Object.fromEntries(articles.map((article) => [articleKey(article), now])),
            ...state.read,
          },
          visits: { ...state.visits, ...each({ previous: now, current: now }) },
          sessions: { ...state.sessions, ...each({ since: now }) },
        }));
        return marked;
      },
      undoMarkAll: ({ keys, at, sessions }) => {
        const now = new Date().toISOString();
        set((state) => {
          const taken = new Set(keys.filter((key) => own(state.read, key) === at));
          const unread = { ...state.unread };
          for (const key of taken) setOwn(unread, key, now);
          return {
            read: Object.fromEntries(Object.entries(state.read).filter(([key]) => !taken.has(key))),
            unread,
            sessions: { ...state.sessions, ...sessions },
          };
        });
      },
      importReading: (data) => {
        const { read } = get();
        set((state) => mergeData(state, data, { union: true }));
        // Counted once merged: a mark taken back here since the backup stays taken back.
        return Object.keys(get().read).filter((key) => !Object.hasOwn(read, key)).length;
      },
      forgetRead: (before, keep) => {
        const sortedAt = Date.parse(before);
        const read: Record<string, string> = {};
        let forgotten = 0;
        for (const [key, at] of Object.entries(get().read)) {
          if (Date.parse(at) < sortedAt && !keep(key, at)) forgotten++;
          else setOwn(read, key, at);
        }
        const unread = Object.fromEntries(
          Object.entries(get().unread ?? {}).filter(([, at]) => Date.parse(at) >= sortedAt),
        );
        // The time goes with them, so that another tab lets the same marks go.
        set({ read, unread, pruned: before });
        return forgotten;
      },
    }),
    {
      name: READING_KEY,
      version: READING_VERSION,
      storage: readingStorage.storage,
      partialize: ({ read, visits, unread, pruned }): ReadingData => ({
        read,
        visits,
        unread,
        pruned,
      }),
      migrate: (persisted) => readData(persisted).data,
      // Hydrating merges by key instead of replacing.
      merge: (persisted, current) =>
        persisted ? { ...current, ...mergeData(current, persisted as ReadingData) } : current,
    },
  ),
);

/** The previous visit to a feed: "new" means published after it. Undefined on a first visit. */
function sinceOf(state: ReadingState, feedUrl: string): string | undefined {
  const session = state.sessions[feedUrl];
  // Before this session's visit begins, the stored one is still the previous session's.
  return session ? session.since : state.visits[feedUrl]?.current;
}

export function useSince(feedUrl: string): string | undefined {
  return useReadingStore((state) => sinceOf(state, feedUrl));
}

export function useIsRead(feedUrl: string, id: string): boolean {
  const key = articleKey({ feedUrl, id });
  return useReadingStore((state) => Object.hasOwn(state.read, key));
}

readingStorage.connect(() => {
  const { read, visits, unread, pruned } = useReadingStore.getState();
  return { read, visits, unread, pruned };
});

if (typeof window !== 'undefined') {
  // Another tab wrote: take its marks and visits by key.
  readingStorage.listen((incoming) => {
    const state = useReadingStore.getState();
    const merged = mergeData(state, incoming);
    if (merged !== state) useReadingStore.setState(merged);
  });
}
