import { useCallback, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * State tied to one history entry (kept in sessionStorage by location key), so that going
 * back to a list shows as much of it as the reader had opened, and scroll restoration lands.
 */
export function useHistoryState(name: string, initial: number): [number, (value: number) => void] {
  const { key } = useLocation();
  const storageKey = `broadsheet:history:${key}:${name}`;
  const [value, setValue] = useState(() => readNumber(storageKey) ?? initial);
  const update = useCallback(
    (next: number) => {
      setValue(next);
      try {
        sessionStorage.setItem(storageKey, String(next));
      } catch {
        // Without session storage the list simply starts short again after going back.
      }
    },
    [storageKey],
  );
  return [value, update];
}

function readNumber(key: string): number | undefined {
  try {
    const stored = Number(sessionStorage.getItem(key));
    return Number.isFinite(stored) && stored > 0 ? stored : undefined;
  } catch {
    return undefined;
  }
}
