import type { FeedPage } from './types';

/**
 * The built front page carries the first pages of the default subscriptions, read at build time
 * (scripts/build-plugins.ts, `withWrittenPages`), in this element: the app starts on them
 * (src/app/written-pages.ts), and a page drawn before the app reads them there too
 * (src/first-paint/drawing.ts).
 */
const WRITTEN_PAGES_ID = 'app-written-pages';

interface WrittenPages {
  /** The address the pages were read at while being written, replaced by the page's own. */
  origin: string;
  pages: FeedPage[];
}

function isWritten(value: unknown): value is WrittenPages {
  const written = value as Partial<WrittenPages> | null;
  return (
    typeof written?.origin === 'string' &&
    Array.isArray(written.pages) &&
    written.pages.every(
      (page: Partial<FeedPage> | null) =>
        typeof page?.url === 'string' && Array.isArray(page.articles),
    )
  );
}

/** The first pages the document carries, at this page's address: none where it cannot say. */
export function readWrittenPages(): FeedPage[] {
  const text = document.getElementById(WRITTEN_PAGES_ID)?.textContent;
  if (!text) return [];
  let written: unknown;
  try {
    const { origin } = JSON.parse(text) as { origin?: unknown };
    if (typeof origin !== 'string' || !origin) return [];
    written = JSON.parse(text.replaceAll(`${origin}/`, `${window.location.origin}/`));
  } catch {
    return [];
  }
  return isWritten(written) ? written.pages : [];
}
