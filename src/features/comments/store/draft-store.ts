import * as v from 'valibot';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { own, setOwn, withoutOwn } from '../../../lib/own';
import { createPersisted } from '../../../lib/persisted-store';

export const DRAFTS_KEY = 'broadsheet:comment-drafts';
const DRAFTS_VERSION = 2;
const LONG_AGO = new Date(0).toISOString();

export interface DraftData {
  /** Unsent text by draftKey(thread, parent). */
  drafts: Readonly<Record<string, string>>;
  /** When each box last changed, a cleared one too, so that another tab's copy merges by key. */
  times: Readonly<Record<string, string>>;
  /** The name last posted under, offered next time. */
  name: string;
  nameAt: string;
}

const date = v.pipe(
  v.string(),
  v.check((value) => !Number.isNaN(Date.parse(value))),
);
const entry = v.object({ text: v.string(), at: date });

const isMap = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Version 1 had `drafts` and `name` only; their changes count as long ago. */
export function readDrafts(state: unknown): { data: DraftData; skipped: number } {
  const raw = (state ?? {}) as Partial<Record<keyof DraftData, unknown>>;
  const drafts: Record<string, string> = {};
  const times: Record<string, string> = {};
  // A map of another type (broken, or written by hand) is set aside, not dropped unseen.
  let skipped = [raw.times, raw.drafts].filter((map) => map !== undefined && !isMap(map)).length;
  const storedTimes = isMap(raw.times) ? raw.times : {};
  for (const [key, at] of Object.entries(storedTimes)) {
    if (v.is(date, at)) setOwn(times, key, at);
    else skipped++;
  }
  const storedDrafts = isMap(raw.drafts) ? raw.drafts : {};
  for (const [key, text] of Object.entries(storedDrafts)) {
    const checked = v.safeParse(entry, {
      text,
      at: Object.hasOwn(times, key) ? times[key] : LONG_AGO,
    });
    if (!checked.success) {
      skipped++;
      continue;
    }
    setOwn(drafts, key, checked.output.text);
    if (!Object.hasOwn(times, key)) setOwn(times, key, LONG_AGO);
  }
  const name = typeof raw.name === 'string' ? raw.name : '';
  const nameAt = v.is(date, raw.nameAt) ? raw.nameAt : LONG_AGO;
  return { data: { drafts, times, name, nameAt }, skipped };
}

const later = (a: string | undefined, b: string | undefined) =>
  b !== undefined && (a === undefined || Date.parse(b) >= Date.parse(a));

/** Per box the later change wins (a cleared box too); the later name wins. */
function mergeDrafts(base: DraftData, incoming: DraftData): DraftData {
  let drafts: Record<string, string> | undefined;
  let times: Record<string, string> | undefined;
  for (const [key, at] of Object.entries(incoming.times)) {
    const ours = Object.hasOwn(base.times, key) ? base.times[key] : undefined;
    const text = Object.hasOwn(incoming.drafts, key) ? incoming.drafts[key] : undefined;
    const current = Object.hasOwn(base.drafts, key) ? base.drafts[key] : undefined;
    if (ours === at && text === current) continue;
    if (!later(ours, at)) continue;
    drafts ??= { ...base.drafts };
    times ??= { ...base.times };
    setOwn(times, key, at);
    if (text) setOwn(drafts, key, text);
    else drafts = withoutOwn(drafts, key);
  }
  const name = incoming.name !== base.name && later(base.nameAt, incoming.nameAt);
  if (!drafts && !name) return base;
  return {
    drafts: drafts ?? base.drafts,
    times: times ?? base.times,
    name: name ? incoming.name : base.name,
    nameAt: name ? incoming.nameAt : base.nameAt,
  };
}

const draftStorage = createPersisted<DraftData>({
  name: DRAFTS_KEY,
  version: DRAFTS_VERSION,
  label: 'drafts',
  empty: () => ({ drafts: {}, times: {}, name: '', nameAt: LONG_AGO }),
  read: (state) => readDrafts(state),
  merge: mergeDrafts,
  // Storage full: the draft is kept in this tab's session, so a reload does not lose it.
  fallback: () => sessionStorage,
});

export const useDraftStore = create<DraftData>()(
  persist(() => draftStorage.spec.empty(), {
    name: DRAFTS_KEY,
    version: DRAFTS_VERSION,
    storage: draftStorage.storage,
    partialize: ({ drafts, times, name, nameAt }) => ({ drafts, times, name, nameAt }),
    migrate: (persisted) => readDrafts(persisted).data,
    merge: (persisted, current) =>
      persisted ? { ...current, ...mergeDrafts(current, persisted as DraftData) } : current,
  }),
);

draftStorage.connect(() => useDraftStore.getState());

// No storage listener: a form open in this tab keeps its own text while another tab types in
// or posts from the same box. Every write merges by box with what is stored, so no tab's draft
// of another box is lost, and the next load brings them all together.

/** One draft per box: the thread's top-level form, or the reply form under a comment. */
export function draftKey(threadKey: string, parentId: string | null): string {
  return JSON.stringify([threadKey, parentId ?? '']);
}

export function setDraft(key: string, text: string) {
  const at = new Date().toISOString();
  useDraftStore.setState((state) => {
    const drafts = { ...withoutOwn(state.drafts, key) };
    if (text) setOwn(drafts, key, text);
    const times = { ...state.times };
    setOwn(times, key, at);
    return { drafts, times };
  });
}

/**
 * Keeps text from a form that is going (its comment was deleted) in the thread's comment box,
 * after what the box holds already.
 */
export function keepInCommentBox(threadKey: string, text: string) {
  const key = draftKey(threadKey, null);
  const before = own(useDraftStore.getState().drafts, key);
  setDraft(key, before ? `${before}\n\n${text}` : text);
}

export function rememberName(name: string) {
  useDraftStore.setState({ name, nameAt: new Date().toISOString() });
}

/** The drafts and the remembered name as stored, for a backup. */
export function allDrafts(): DraftData {
  const { drafts, times, name, nameAt } = useDraftStore.getState();
  return { drafts, times, name, nameAt };
}

/**
 * Merges drafts from a backup as another tab's are merged: per box the later change wins, a
 * box cleared later stays cleared. Returns how many boxes' unsent text came in.
 */
export function importDrafts(incoming: DraftData): number {
  const before = useDraftStore.getState().drafts;
  const merged = mergeDrafts(allDrafts(), incoming);
  useDraftStore.setState(merged);
  return Object.entries(merged.drafts).filter(([key, text]) => own(before, key) !== text).length;
}
