import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readStored, storedProblem } from './persisted-store-problems';
import type { Read } from './persisted-store-problems';

/** What one persisted store tells this module about its data. */
export interface StoreSpec<T> {
  /** The localStorage key. */
  name: string;
  version: number;
  /** What the reader calls the data, in notices: "comments", "read marks". */
  label: string;
  /** How a notice begins, when "Saved <label>" does not read well: "Saved articles". */
  title?: string;
  empty: () => T;
  /**
   * The data in a stored state of any version up to `version`, checked entry by entry against
   * the store's one schema: entries that do not fit are skipped and counted, never fatal.
   */
  read: (state: unknown, version: number) => Read<T>;
  /**
   * Both copies merged by key; `incoming` wins what timestamps do not decide. Returns `base`
   * itself when `incoming` adds nothing.
   */
  merge: (base: T, incoming: T) => T;
  /** A second place (sessionStorage) that keeps what localStorage refused, read back at start. */
  fallback?: () => Storage;
}

export interface Persisted<T> {
  readonly spec: StoreSpec<T>;
  /** For zustand's `persist`: reads through the checks above; writes merge with what is stored. */
  readonly storage: PersistStorage<T>;
  /**
   * Reads what is stored, merges it into `current`, applies `change` and writes the result.
   * Returns what was written, or undefined when storage refused it (full, switched off).
   */
  commit: (current: T, change: (data: T) => T) => T | undefined;
  /** Calls `apply` with what another tab wrote; returns a function that stops listening. */
  listen: (apply: (incoming: T) => void) => () => void;
  /** Gives the module the store's current data, written once storage has room again. */
  connect: (current: () => T) => void;
  /** Whether the latest change could not be written to localStorage. */
  unsaved: () => boolean;
}

function getRaw(storage: () => Storage, name: string): string | null {
  try {
    return storage().getItem(name);
  } catch {
    return null;
  }
}

function setRaw(storage: () => Storage, name: string, value: string): boolean {
  try {
    storage().setItem(name, value);
    return true;
  } catch {
    return false;
  }
}

function removeRaw(storage: () => Storage, name: string) {
  try {
    storage().removeItem(name);
  } catch {
    // Nothing to remove from storage that is not there.
  }
}

const local = () => localStorage;

/**
 * A stored value longer than this is written again when the browser is idle, not in the task
 * that changed it: writing 4 MB of read marks took 400 ms of the click that opened an article.
 * Changes meanwhile are written together; a page being hidden or left writes at once.
 */
export const IDLE_WRITE_FROM = 200_000;

function whenIdle(task: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/**
 * One persisted store on localStorage. Storage can be full, switched off or hold data this
 * version cannot read: nothing here throws, no write replaces a value that could not be read
 * (it is copied aside first, or kept in place and announced when there is no room for a copy),
 * and every write merges with what another tab stored since, so two tabs lose nothing.
 */
export function createPersisted<T>(spec: StoreSpec<T>): Persisted<T> {
  const { name, version } = spec;
  /** The stored value as this tab last wrote or read it, with its data. */
  let last: { raw: string; data: T } | undefined;
  let current: (() => T) | undefined;
  let failed = false;
  /** An unreadable value already copied aside, not to be copied again. */
  let protectedRaw: string | undefined;
  const problem = storedProblem(spec, () => {
    if (current) write(current());
  });
  /** The latest data waiting for the browser to be idle (a write since makes it moot). */
  let pending: T | undefined;
  function flush() {
    const data = pending;
    pending = undefined;
    if (data !== undefined) write(data);
  }
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  /** What is stored now, or undefined when nothing is; unreadable values are protected first. */
  function stored(): T | undefined {
    return storedWithVersion()?.data;
  }

  function storedWithVersion(): { data: T; version: number } | undefined {
    const raw = getRaw(local, name);
    if (raw === null) return undefined;
    if (raw === last?.raw) return { data: last.data, version };
    if (raw === protectedRaw) return undefined;
    const read = readStored(raw, spec);
    if (!read || read.skipped > 0) {
      problem.protect(raw, read?.skipped);
      if (!problem.held()) {
        protectedRaw = raw;
        // Copied aside, it gives way to what could be read of it (or to nothing): the next
        // load does not find it, copy it again and tell of it again.
        if (read) setRaw(local, name, JSON.stringify({ state: read.data, version: read.version }));
        else removeRaw(local, name);
      }
      return read;
    }
    if (read.version === version) last = { raw, data: read.data };
    return read;
  }

  function write(data: T): T | undefined {
    const base = problem.held() ? undefined : stored();
    const next = base === undefined ? data : spec.merge(base, data);
    // Storage already holds all of it: never rewrite an identical value.
    if (next === base && base === last?.data) return next;
    const raw = JSON.stringify({ state: next, version });
    if (problem.held() || !setRaw(local, name, raw)) {
      const kept = spec.fallback && setRaw(spec.fallback, name, raw);
      problem.unsaved(true, Boolean(kept));
      failed = true;
      return undefined;
    }
    failed = false;
    last = { raw, data: next };
    problem.unsaved(false, false);
    if (spec.fallback) {
      // The copy kept in the session goes once localStorage holds all of it.
      const kept = getRaw(spec.fallback, name);
      const rescued = kept === null ? undefined : readStored(kept, spec)?.data;
      if (rescued === undefined || spec.merge(next, rescued) === next)
        removeRaw(spec.fallback, name);
    }
    return next;
  }

  const storage: PersistStorage<T> = {
    // The data comes checked and in the current shape; an older version number is passed on,
    // so that zustand runs `migrate` (which accepts checked data) and saves the new shape.
    getItem: () => {
      const found = storedWithVersion();
      let data = found?.data;
      const kept = spec.fallback && getRaw(spec.fallback, name);
      const rescued = kept ? readStored(kept, spec)?.data : undefined;
      if (rescued !== undefined) data = data === undefined ? rescued : spec.merge(data, rescued);
      if (data === undefined) return null;
      return { state: data, version: found?.version ?? version } as StorageValue<T>;
    },
    setItem: (_name, value) => {
      // Unchanged since it was written (or read): nothing to do.
      if (value.state === last?.data) return;
      if ((last?.raw.length ?? 0) > IDLE_WRITE_FROM && typeof window !== 'undefined') {
        if (pending === undefined) whenIdle(flush);
        pending = value.state;
        return;
      }
      pending = undefined;
      write(value.state);
    },
    removeItem: () => removeRaw(local, name),
  };

  return {
    spec,
    storage,
    commit: (data, change) => {
      flush();
      if (problem.held()) {
        // The unreadable value keeps its place; the change lives in this tab until it is gone.
        const next = change(data);
        write(next);
        return next;
      }
      const base = stored();
      const next = change(base === undefined ? data : spec.merge(data, base));
      return write(next);
    },
    listen: (apply) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== name) return;
        if (event.storageArea && event.storageArea !== localStorage) return;
        const raw = event.newValue ?? getRaw(local, name);
        if (raw === null) return;
        const incoming = readStored(raw, spec);
        if (incoming) apply(incoming.data);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
    connect: (getter) => {
      current = getter;
    },
    unsaved: () => failed,
  };
}
