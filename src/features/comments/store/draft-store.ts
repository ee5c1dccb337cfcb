import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeStorage } from './safe-storage';

const DRAFTS_KEY = 'broadsheet:comment-drafts';

interface DraftState {
  /** Unsent text by draftKey(thread, parent). */
  drafts: Readonly<Record<string, string>>;
  /** The name last posted under, offered next time. */
  name: string;
}

export const useDraftStore = create<DraftState>()(
  persist(() => ({ drafts: {}, name: '' }), {
    name: DRAFTS_KEY,
    version: 1,
    storage: createJSONStorage(() => createSafeStorage({ maxVersion: 1 })),
    partialize: (state) => ({ drafts: state.drafts, name: state.name }),
    migrate: (persisted) => readDrafts(persisted),
    merge: (persisted, current) => ({ ...current, ...readDrafts(persisted) }),
  }),
);

function readDrafts(persisted: unknown): DraftState {
  const state = (persisted ?? {}) as Partial<Record<keyof DraftState, unknown>>;
  const drafts: Record<string, string> = {};
  if (typeof state.drafts === 'object' && state.drafts !== null) {
    for (const [key, text] of Object.entries(state.drafts)) {
      if (typeof text === 'string') drafts[key] = text;
    }
  }
  return { drafts, name: typeof state.name === 'string' ? state.name : '' };
}

/** One draft per box: the thread's top-level form, or the reply form under a comment. */
export function draftKey(threadKey: string, parentId: string | null): string {
  return JSON.stringify([threadKey, parentId ?? '']);
}

export function setDraft(key: string, text: string) {
  useDraftStore.setState((state) => {
    const rest = Object.fromEntries(Object.entries(state.drafts).filter(([k]) => k !== key));
    return { drafts: text ? { ...rest, [key]: text } : rest };
  });
}
