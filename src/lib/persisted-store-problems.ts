import { create } from 'zustand';

/** Data read leniently: `skipped` counts the entries that did not fit and were left out. */
export interface Read<T> {
  data: T;
  skipped: number;
}

/** What went wrong with one store's storage, for the notice that tells the reader. */
export interface StorageProblem {
  label: string;
  /** "Saved comments": how the notice names the data first. */
  title: string;
  /** A stored value that could not be read (wholly, or `skipped` entries of it). */
  unreadable?: {
    /** Where its copy was set aside; absent when there was no room and it stays in place. */
    copiedTo?: string;
    skipped?: number;
    downloaded?: boolean;
  };
  /** The latest changes are not in localStorage; `elsewhere` when sessionStorage kept them. */
  unsaved?: { elsewhere: boolean };
}

/** One entry per store name; a store with nothing wrong has none. */
export const useStorageProblems = create<Readonly<Record<string, StorageProblem>>>(() => ({}));

export function update(
  name: string,
  change: (problem: StorageProblem | undefined) => StorageProblem,
) {
  useStorageProblems.setState((problems) => ({ [name]: change(problems[name]) }), false);
}

/** Unreadable values kept in place (no room for a copy), by store name: never written over. */
export const held = new Map<string, { raw: string; flush: () => void }>();

/** The envelope zustand's persist writes, read with the store's checks, or undefined. */
export function readStored<T>(
  raw: string,
  spec: { version: number; read: (state: unknown, version: number) => Read<T> },
): (Read<T> & { version: number }) | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { state, version = 0 } = value as { state?: unknown; version?: unknown };
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return undefined;
  // Written by a newer version: its shape is unknown here, so it is not read at all.
  if (typeof version !== 'number' || !Number.isInteger(version) || version > spec.version)
    return undefined;
  return { ...spec.read(state, version), version };
}

/** Copies an unreadable value to `<name>:unreadable:<time>`; the key, or undefined. */
function setAside(name: string, raw: string): string | undefined {
  const stamp = Date.now();
  let key = `${name}:unreadable:${stamp}`;
  try {
    for (let n = 1; localStorage.getItem(key) !== null; n++)
      key = `${name}:unreadable:${stamp}-${n}`;
    localStorage.setItem(key, raw);
    return key;
  } catch {
    return undefined;
  }
}

/** The problem bookkeeping of one store. `flush` writes the store's data once there is room. */
export function storedProblem(
  spec: { name: string; label: string; title?: string },
  flush: () => void,
) {
  const { name, label } = spec;
  const title = spec.title ?? `Saved ${label}`;
  return {
    /** Keeps an unreadable value from being written over: a copy aside, or left in place. */
    protect(raw: string, skipped?: number) {
      const copiedTo = setAside(name, raw);
      if (!copiedTo) held.set(name, { raw, flush });
      update(name, (problem) => ({ ...problem, label, title, unreadable: { copiedTo, skipped } }));
    },
    held: () => held.has(name),
    unsaved(failed: boolean, elsewhere: boolean) {
      const problem = useStorageProblems.getState()[name];
      if (!failed && !problem?.unsaved) return;
      update(name, (current) => ({
        ...current,
        label,
        title,
        unsaved: failed ? { elsewhere } : undefined,
      }));
    },
  };
}

export function dismissProblem(name: string) {
  useStorageProblems.setState(
    (problems) => Object.fromEntries(Object.entries(problems).filter(([key]) => key !== name)),
    true,
  );
}

/** For tests: every problem forgotten, nothing held. */
export function resetStorageProblems() {
  held.clear();
  useStorageProblems.setState({}, true);
}
