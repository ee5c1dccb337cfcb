import { useCallback, useEffect, useMemo, useState } from 'react';
import { afterNextPaint } from '../../../lib/next-task';

/** Entries at the top of a list, on the first screen even of a phone. */
export const LEADING_ENTRIES = 2;
/** The longest the pictures below wait for the first (its server may never answer). */
const HOLD_MS = 5000;
/**
 * After the first picture's frame: none of the pictures below is on the screen, so they wait
 * until that paint has surely been shown, not only drawn.
 */
const SHOWN_MS = 100;

/** How an entry's picture loads. */
export type PictureLoading = 'first' | 'held' | 'lazy';

export interface EntryPictures {
  loadingOf: (key: string) => PictureLoading;
  /** The first picture has loaded or failed. */
  settle: () => void;
}

/**
 * The list's first picture downloads first, and at once: the entry at the top that has one
 * (`first`, by key) asks for it without waiting to be laid out, before anything else. The
 * pictures below ask for nothing until it has arrived and been drawn: the browser's own lazy
 * loading asks for every picture within a few screens at once, and on a slow network the first
 * picture, usually the page's largest paint, shared the line with them all. With no picture at
 * the top, nothing waits.
 */
export function useEntryPictures(first: string | undefined): EntryPictures {
  const [settled, setSettled] = useState(false);
  const [held, setHeld] = useState(true);

  useEffect(() => {
    if (!held || (first !== undefined && !settled)) return;
    return afterNextPaint(() => setHeld(false), SHOWN_MS);
  }, [held, first, settled]);
  useEffect(() => {
    const timer = setTimeout(() => setHeld(false), HOLD_MS);
    return () => clearTimeout(timer);
  }, []);

  const settle = useCallback(() => setSettled(true), []);
  const holding = held && first !== undefined;
  return useMemo(
    () => ({
      loadingOf: (key) => (key === first ? 'first' : holding ? 'held' : 'lazy'),
      settle,
    }),
    [first, holding, settle],
  );
}
