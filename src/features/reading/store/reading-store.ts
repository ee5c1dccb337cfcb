import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { covers, mergeData, readData } from './reading-data';
import type { ReadingData } from './reading-data';
import { safeLocalStorage } from './safe-storage';

export const READING_KEY = 'broadsheet:reading';
export const READING_VERSION = 1;

interface ReadingState extends ReadingData {
  /**
   * In memory only: per feed, the previous visit as this session found it. Another tab starting
   * its own session rewrites the stored visits; what counts as new here must not move with it.
   */
  sessions: Record<string, { since?: string }>;
  /** The session's first look at a feed: its stored visit becomes "previous", now "current". */
  beginVisit: (feedUrl: string) => void;
  markRead: (feedUrl: string, id: string) => void;
  /** Marks the articles read and clears "New" (the visit moves to now). */
  markAllRead: (feedUrl: string, ids: readonly string[]) => void;
  /** Merges marks and visits from a backup by key, never dropping one. Returns new read marks. */
  importReading: (data: ReadingData) => number;
}

export const useReadingStore = create<ReadingState>()(
  persist(
    (set, get) => ({
      read: {},
      visits: {},
      sessions: {},
      beginVisit: (feedUrl) => {
        if (feedUrl in get().sessions) return;
        const now = new Date().toISOString();
        set((state) => {
          const last = state.visits[feedUrl]?.current;
          return {
            sessions: { ...state.sessions, [feedUrl]: { since: last } },
            visits: {
              ...state.visits,
              [feedUrl]: last ? { previous: last, current: now } : { current: now },
            },
          };
        });
      },
      markRead: (feedUrl, id) => {
        if (get().read[feedUrl]?.[id]) return;
        const now = new Date().toISOString();
        set((state) => ({
          read: { ...state.read, [feedUrl]: { ...state.read[feedUrl], [id]: now } },
        }));
      },
      markAllRead: (feedUrl, ids) => {
        const now = new Date().toISOString();
        set((state) => {
          const marks = { ...state.read[feedUrl] };
          for (const id of ids) marks[id] ??= now;
          return {
            read: { ...state.read, [feedUrl]: marks },
            visits: { ...state.visits, [feedUrl]: { previous: now, current: now } },
            sessions: { ...state.sessions, [feedUrl]: { since: now } },
          };
        });
      },
      importReading: (data) => {
        const { read } = get();
        let added = 0;
        for (const [feedUrl, marks] of Object.entries(data.read)) {
          for (const id of Object.keys(marks)) if (!read[feedUrl]?.[id]) added++;
        }
        set((state) => mergeData(state, data));
        return added;
      },
    }),
    {
      name: READING_KEY,
      version: READING_VERSION,
      storage: createJSONStorage(() => safeLocalStorage),
      partialize: (state): ReadingData => ({ read: state.read, visits: state.visits }),
      migrate: (persisted) => readData(persisted),
      // Hydrating (at start, or when another tab wrote) merges by key instead of replacing.
      merge: (persisted, current) => ({ ...current, ...mergeData(current, readData(persisted)) }),
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
  return useReadingStore((state) => state.read[feedUrl]?.[id] !== undefined);
}

function storedData(raw: string | null): ReadingData {
  try {
    return readData((JSON.parse(raw ?? 'null') as { state?: unknown } | null)?.state);
  } catch {
    return readData(undefined);
  }
}

/** Another tab wrote: take its marks and visits, and write back any of ours it lacked. */
function onStorage(event: StorageEvent) {
  if (event.key !== READING_KEY) return;
  if (event.storageArea && event.storageArea !== localStorage) return;
  void useReadingStore.persist.rehydrate();
  const { read, visits } = useReadingStore.getState();
  if (!covers(storedData(event.newValue), { read, visits })) useReadingStore.setState({});
}

if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
