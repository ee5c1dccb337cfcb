import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * A list page's first screen, kept as the app last drew it, for public/boot.js to show at once
 * the next time the same address opens, before the app's code has even downloaded; the app then
 * draws over it, as over the page written at build time. Its controls say aria-disabled until
 * then. A copy per address, of the few addresses last seen, and only for the build that drew it.
 */
const SCREEN_KEY = 'broadsheet:first-screen:';
const INDEX_KEY = 'broadsheet:first-screens';
/** How many addresses are kept. */
const KEEP = 4;
/** Larger screens are not kept: local storage holds a few megabytes for everything. */
const MAX_LENGTH = 200_000;
/** How long after its list is drawn a screen is kept (also as the tab is hidden or left). */
const SETTLE_MS = 1500;

interface SavedScreen {
  /** The app's entry script when it was drawn (public/boot.js compares it with the page's). */
  entry: string;
  html: string;
}

function entryScript(): string | undefined {
  return document.querySelector('meta[name="app-entry"]')?.getAttribute('content') ?? undefined;
}

/** The root's first screen, as the built page writes one: nothing to click until the app runs. */
function screenHtml(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  // What belongs to a moment: notices, live regions, open dialogs.
  for (const element of copy.querySelectorAll('dialog, [role="alert"], [role="status"]')) {
    element.remove();
  }
  for (const button of copy.querySelectorAll('button')) {
    button.setAttribute('aria-disabled', 'true');
  }
  for (const field of copy.querySelectorAll('input, textarea, select')) {
    field.setAttribute('readonly', '');
    field.setAttribute('aria-disabled', 'true');
  }
  // Inline styles, which the page's CSP blocks in markup (and reports): the app sets none there,
  // but a browser extension may have (a password manager's on a field).
  for (const styled of copy.querySelectorAll('[style]')) styled.removeAttribute('style');
  return copy.innerHTML;
}

/**
 * Keeps `root` as the first screen of `address`: only with entries listed, scrolled no further
 * than the first screen, and in a built app (the dev server has no entry script to compare).
 */
function saveFirstScreen(address: string, root: HTMLElement): void {
  const entry = entryScript();
  if (!entry || window.scrollY > window.innerHeight) return;
  if (!root.querySelector('article.entry')) return;
  const html = screenHtml(root);
  if (html.length > MAX_LENGTH) return;
  try {
    const kept = readIndex().filter((each) => each !== address);
    for (const old of kept.slice(KEEP - 1)) localStorage.removeItem(SCREEN_KEY + old);
    localStorage.setItem(INDEX_KEY, JSON.stringify([address, ...kept.slice(0, KEEP - 1)]));
    localStorage.setItem(
      SCREEN_KEY + address,
      JSON.stringify({ entry, html } satisfies SavedScreen),
    );
  } catch {
    // Full or unavailable: the screen is a convenience, and the app draws the page anyway.
  }
}

function readIndex(): string[] {
  try {
    const index: unknown = JSON.parse(localStorage.getItem(INDEX_KEY) ?? '[]');
    return Array.isArray(index) ? index.filter((each) => typeof each === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Keeps the page's first screen once its list is drawn (`listed`), and again as the tab is
 * hidden or left, for the next visit to the same address.
 */
export function useFirstScreen(listed: boolean): void {
  const { pathname, search } = useLocation();
  const address = pathname + search;
  useEffect(() => {
    if (!listed) return;
    const save = () => {
      const root = document.getElementById('root');
      if (root) saveFirstScreen(address, root);
    };
    const whenHidden = () => {
      if (document.visibilityState === 'hidden') save();
    };
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if ('requestIdleCallback' in window) idle = requestIdleCallback(save);
      else save();
    }, SETTLE_MS);
    document.addEventListener('visibilitychange', whenHidden);
    window.addEventListener('pagehide', save);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      document.removeEventListener('visibilitychange', whenHidden);
      window.removeEventListener('pagehide', save);
    };
  }, [listed, address]);
}
