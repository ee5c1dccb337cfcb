import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export interface SavedArticle {
  feedUrl: string;
  /** The `?feed=` value to link back with; null for the bundled feed. */
  feedParam: string | null;
  id: string;
  title: string;
  savedAt: string;
}

interface SavedState {
  saved: Record<string, SavedArticle>;
  save: (article: SavedArticle) => void;
  remove: (feedUrl: string, id: string) => void;
  /** Adds articles from a backup; one already saved keeps its entry. Returns how many are new. */
  importSaved: (articles: readonly SavedArticle[]) => number;
}

/** One key per article and feed: two feeds with the same item id stay apart. */
export function savedKey(feedUrl: string, id: string): string {
  return JSON.stringify([feedUrl, id]);
}

export const useSavedStore = create<SavedState>()(
  persist(
    (set, get) => ({
      saved: {},
      save: (article) =>
        set((state) => ({
          saved: { ...state.saved, [savedKey(article.feedUrl, article.id)]: article },
        })),
      remove: (feedUrl, id) =>
        set((state) => {
          const key = savedKey(feedUrl, id);
          return {
            saved: Object.fromEntries(Object.entries(state.saved).filter(([k]) => k !== key)),
          };
        }),
      importSaved: (articles) => {
        const current = get().saved;
        const added = Object.fromEntries(
          articles
            .map((article) => [savedKey(article.feedUrl, article.id), article] as const)
            .filter(([key]) => !(key in current)),
        );
        const count = Object.keys(added).length;
        if (count > 0) set((state) => ({ saved: { ...added, ...state.saved } }));
        return count;
      },
    }),
    {
      name: 'broadsheet:saved',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ saved: state.saved }),
      migrate: (persisted) => persisted as { saved: Record<string, SavedArticle> },
    },
  ),
);

export function useIsSaved(feedUrl: string, id: string): boolean {
  return useSavedStore((state) => savedKey(feedUrl, id) in state.saved);
}

// Another tab saved or removed an article: take its list.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === 'broadsheet:saved') void useSavedStore.persist.rehydrate();
  });
}
