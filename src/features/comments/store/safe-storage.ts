import { create } from 'zustand';
import type { StateStorage } from 'zustand/middleware';

/** The envelope zustand's persist writes: `{ state, version }`. */
export interface Envelope {
  state: Record<string, unknown>;
  version: number;
}

/** Set when saved comments could not be read and were moved aside; the thread says so once. */
export const useSetAsideNotice = create<{ shown: boolean }>(() => ({ shown: false }));

export function readRaw(name: string): string | null {
  try {
    return localStorage.getItem(name);
  } catch {
    return null;
  }
}

/** Writes and reports failure (quota, private mode, storage switched off) instead of throwing. */
export function writeRaw(name: string, value: string): boolean {
  try {
    localStorage.setItem(name, value);
    return true;
  } catch {
    return false;
  }
}

/** The envelope, or undefined when the text is not JSON, not an envelope, or from a newer app. */
export function parseEnvelope(raw: string, maxVersion: number): Envelope | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { state, version } = value as Partial<Envelope>;
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return undefined;
  const known = version === undefined || (Number.isInteger(version) && version <= maxVersion);
  return known ? { state, version: version ?? 0 } : undefined;
}

/**
 * Copies data this version cannot read to `<name>:unreadable:<timestamp>`, so a later write
 * never destroys it. Returns false when even the copy could not be saved.
 */
export function setAside(name: string, raw: string): boolean {
  let key = `${name}:unreadable:${Date.now()}`;
  for (let n = 1; readRaw(key) !== null; n++) key = `${name}:unreadable:${Date.now()}-${n}`;
  return writeRaw(key, raw);
}

interface SafeStorageOptions {
  maxVersion: number;
  /** Tell the reader (only the comments store does). */
  notify?: boolean;
}

/**
 * localStorage for zustand's persist that never throws, never rewrites an identical value and
 * never overwrites a value it cannot read: that value is set aside first. Failures here are
 * quiet; writes that the reader must hear about go through writeRaw and report back.
 */
export function createSafeStorage({
  maxVersion,
  notify = false,
}: SafeStorageOptions): StateStorage {
  const moveAside = (name: string, raw: string): boolean => {
    if (!setAside(name, raw)) return false;
    if (notify) useSetAsideNotice.setState({ shown: true });
    try {
      localStorage.removeItem(name);
    } catch {
      // The copy is safe; the original is overwritten by the next write.
    }
    return true;
  };
  return {
    getItem: (name) => {
      const raw = readRaw(name);
      if (raw === null || parseEnvelope(raw, maxVersion)) return raw;
      moveAside(name, raw);
      return null;
    },
    setItem: (name, value) => {
      const raw = readRaw(name);
      if (raw === value) return;
      if (raw !== null && !parseEnvelope(raw, maxVersion) && !moveAside(name, raw)) return;
      writeRaw(name, value);
    },
    removeItem: (name) => {
      try {
        localStorage.removeItem(name);
      } catch {
        // Nothing to remove from storage that is not there.
      }
    },
  };
}
