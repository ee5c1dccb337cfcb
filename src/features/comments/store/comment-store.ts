import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { CommentRecord } from '../types';
import { mergeComments, readComments } from './merge-comments';
import {
  createSafeStorage,
  parseEnvelope,
  readRaw,
  setAside,
  useSetAsideNotice,
} from './safe-storage';

export const COMMENTS_KEY = 'broadsheet:comments';
export const COMMENTS_VERSION = 1;

/**
 * Data only. Actions are plain functions in comment-actions.ts (zustand's "no store actions"
 * pattern), so the comment count on list pages imports this small module and not the actions.
 */
export interface CommentState {
  comments: CommentRecord;
}

export const useCommentStore = create<CommentState>()(
  persist(() => ({ comments: {} }), {
    name: COMMENTS_KEY,
    version: COMMENTS_VERSION,
    storage: createJSONStorage(() =>
      createSafeStorage({ maxVersion: COMMENTS_VERSION, notify: true }),
    ),
    partialize: (state) => ({ comments: state.comments }),
    // Version 0 had the same shape; later versions add their steps here.
    migrate: (persisted) => ({ comments: readComments(persisted).comments }),
    merge: (persisted, current) => ({ ...current, comments: readStoredState(persisted) }),
  }),
);

/** The comments in a persisted state; when some are unreadable a copy of the raw value is kept. */
function readStoredState(persisted: unknown): CommentRecord {
  const { comments, dropped } = readComments(persisted);
  const raw = dropped > 0 ? readRaw(COMMENTS_KEY) : null;
  if (raw !== null && setAside(COMMENTS_KEY, raw)) useSetAsideNotice.setState({ shown: true });
  return comments;
}

/** The comments in a raw stored value, or undefined when this version cannot read it. */
export function parseStoredComments(raw: string): CommentRecord | undefined {
  const envelope = parseEnvelope(raw, COMMENTS_VERSION);
  return envelope && readComments(envelope.state).comments;
}

/** Another tab saved: merge its comments by id (never replace a whole thread), then persist. */
function onStorage(event: StorageEvent) {
  if (event.key !== COMMENTS_KEY || event.newValue === null) return;
  if (event.storageArea && event.storageArea !== localStorage) return;
  const incoming = parseStoredComments(event.newValue);
  if (!incoming) return;
  const current = useCommentStore.getState().comments;
  const merged = mergeComments(current, incoming);
  if (merged !== current) useCommentStore.setState({ comments: merged });
}

if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
