import * as v from 'valibot';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { articleKey } from '../../../lib/article-ref';
import { own, setOwn } from '../../../lib/own';
import { createPersisted } from '../../../lib/persisted-store';

export interface SavedArticle {
  feedUrl: string;
  /** The `?feed=` value to link back with; null for the bundled feed. */
  feedParam: string | null;
  id: string;
  title: string;
  savedAt: string;
  /** Set when the reader removed it: kept so that another tab learns of the removal. */
  removedAt?: string;
  /** Set when a removal was undone: the change another tab must take, though saved earlier. */
  changedAt?: string;
}

/** How saving for offline ended when the network did its part: storage can still refuse. */
export type SaveOutcome = 'saved' | 'storage-failed';

type SavedRecord = Readonly<Record<string, SavedArticle>>;

interface SavedData {
  saved: SavedRecord;
}

interface SavedState extends SavedData {
  /** Saves an article; false when storage refused it. */
  save: (article: SavedArticle) => boolean;
  remove: (feedUrl: string, id: string) => void;
  /** Saves again, as it was (where it was in the list), an article just removed. */
  restore: (feedUrl: string, id: string) => void;
  /** Adds articles from a backup; one already saved keeps its entry. Returns how many are new. */
  importSaved: (articles: readonly SavedArticle[]) => number;
}

/** One key per article and feed: two feeds with the same item id stay apart. */
export function savedKey(feedUrl: string, id: string): string {
  return articleKey({ feedUrl, id });
}

const date = v.pipe(
  v.string(),
  v.check((value) => !Number.isNaN(Date.parse(value))),
);

/** The one check of a saved article, in storage, from another tab or in a backup. */
const savedSchema = v.object({
  feedUrl: v.pipe(v.string(), v.nonEmpty()),
  feedParam: v.nullable(v.string()),
  id: v.pipe(v.string(), v.nonEmpty()),
  title: v.string(),
  savedAt: date,
  removedAt: v.optional(date),
  changedAt: v.optional(date),
});

/** The saved articles among `values`; those that do not fit are counted in `skipped`. */
export function readSavedList(values: readonly unknown[]): {
  articles: SavedArticle[];
  skipped: number;
} {
  const articles: SavedArticle[] = [];
  for (const value of values) {
    const result = v.safeParse(savedSchema, value);
    if (result.success) articles.push(result.output);
  }
  return { articles, skipped: values.length - articles.length };
}

/** Any version: entries are keyed again by savedKey, whatever key they were stored under. */
function readSavedState(state: unknown): { data: SavedData; skipped: number } {
  const raw = (state as { saved?: unknown } | null)?.saved;
  if (raw == null) return { data: { saved: {} }, skipped: 0 };
  if (typeof raw !== 'object') return { data: { saved: {} }, skipped: 1 };
  const { articles, skipped } = readSavedList(Object.values(raw));
  const saved: Record<string, SavedArticle> = {};
  for (const article of articles) setOwn(saved, savedKey(article.feedUrl, article.id), article);
  return { data: { saved }, skipped };
}

const changedAt = (article: SavedArticle) =>
  Date.parse(article.removedAt ?? article.changedAt ?? article.savedAt);

/** A change after the article's last one, even were this clock behind another tab's. */
const nextChange = (article: SavedArticle) =>
  new Date(Math.max(Date.now(), changedAt(article) + 1)).toISOString();

/** By key, the later change (a save or a removal) wins. */
function mergeSaved(base: SavedData, incoming: SavedData): SavedData {
  let saved: Record<string, SavedArticle> | undefined;
  for (const [key, theirs] of Object.entries(incoming.saved)) {
    const ours = own(base.saved, key);
    if (ours === theirs) continue;
    if (ours && changedAt(ours) >= changedAt(theirs)) continue;
    saved ??= { ...base.saved };
    setOwn(saved, key, theirs);
  }
  return saved ? { saved } : base;
}

const savedStorage = createPersisted<SavedData>({
  name: 'broadsheet:saved',
  version: 2,
  label: 'saved articles',
  title: 'Saved articles',
  empty: () => ({ saved: {} }),
  // Version 1 had the same entries without removals.
  read: (state) => readSavedState(state),
  merge: mergeSaved,
});

export const useSavedStore = create<SavedState>()(
  persist(
    (set, get) => ({
      saved: {},
      save: (article) => {
        const kept: SavedArticle = { ...article, removedAt: undefined, changedAt: undefined };
        const next = savedStorage.commit({ saved: get().saved }, (data) => ({
          saved: { ...data.saved, [savedKey(article.feedUrl, article.id)]: kept },
        }));
        if (next) set(next);
        return next !== undefined;
      },
      remove: (feedUrl, id) =>
        set((state) => {
          const key = savedKey(feedUrl, id);
          const article = own(state.saved, key);
          if (!article || article.removedAt) return state;
          return {
            saved: { ...state.saved, [key]: { ...article, removedAt: nextChange(article) } },
          };
        }),
      restore: (feedUrl, id) =>
        set((state) => {
          const key = savedKey(feedUrl, id);
          const article = own(state.saved, key);
          if (!article?.removedAt) return state;
          const restored = { ...article, removedAt: undefined, changedAt: nextChange(article) };
          return { saved: { ...state.saved, [key]: restored } };
        }),
      importSaved: (articles) => {
        const current = get().saved;
        const incoming = Object.fromEntries(
          articles
            .filter((article) => !article.removedAt)
            .map((article) => [savedKey(article.feedUrl, article.id), article] as const),
        );
        // As another tab's would be: the later change wins, so one removed here since the
        // backup stays removed.
        const next = mergeSaved({ saved: current }, { saved: incoming });
        if (next.saved === current) return 0;
        set(next);
        // Counted: those saved again, not those saved here already.
        return Object.keys(incoming).filter((key) => {
          const before = own(current, key);
          return own(next.saved, key) !== before && (!before || before.removedAt !== undefined);
        }).length;
      },
    }),
    {
      name: 'broadsheet:saved',
      version: 2,
      storage: savedStorage.storage,
      partialize: (state) => ({ saved: state.saved }),
      migrate: (persisted) => readSavedState(persisted).data,
      merge: (persisted, current) =>
        persisted ? { ...current, ...mergeSaved(current, persisted as SavedData) } : current,
    },
  ),
);

savedStorage.connect(() => ({ saved: useSavedStore.getState().saved }));

if (typeof window !== 'undefined') {
  // Another tab saved or removed an article: merge by key, never take its whole list.
  savedStorage.listen((incoming) => {
    const state = useSavedStore.getState();
    const merged = mergeSaved(state, incoming);
    if (merged !== state) useSavedStore.setState(merged);
  });
}

/** The articles saved now (removed ones are kept only to tell other tabs). */
export function savedArticles(saved: SavedRecord): SavedArticle[] {
  return Object.values(saved).filter((article) => !article.removedAt);
}

export function useIsSaved(feedUrl: string, id: string): boolean {
  const key = savedKey(feedUrl, id);
  return useSavedStore((state) => {
    const article = own(state.saved, key);
    return article !== undefined && !article.removedAt;
  });
}
