import type { StateStorage } from 'zustand/middleware';

function parses(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}

/** Names whose unreadable value could not be copied aside either: never written over. */
const stuck = new Set<string>();

/**
 * localStorage that never throws. A value that is not JSON is copied to
 * `<name>:unreadable:<time>` before the store starts afresh, so no write destroys it. A failed
 * write (storage full, private mode) keeps the marks for this session only.
 */
export const safeLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      const raw = localStorage.getItem(name);
      if (raw === null || parses(raw)) return raw;
      try {
        localStorage.setItem(`${name}:unreadable:${Date.now()}`, raw);
        localStorage.removeItem(name);
      } catch {
        stuck.add(name);
      }
      return null;
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    if (stuck.has(name)) return;
    try {
      localStorage.setItem(name, value);
    } catch {
      // Read marks are a convenience: losing this write must not break the page.
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to remove from storage that is not there.
    }
  },
};
