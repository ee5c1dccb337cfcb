import { useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * Element Timing's name for every page's heading: the browser reports when it reaches the
 * screen, which what lies below the page waits for (src/lib/after-shown.ts).
 */
export const PAGE_HEADING_TIMING = 'page-heading';
const TIMED = { elementtiming: PAGE_HEADING_TIMING };

/** The reader has gone from the page the app opened on to another. */
let left = false;

/**
 * The page's h1. After an in-app navigation it takes focus, so keyboard and screen-reader
 * users start at the new page; scrolling is left to scroll restoration. It moves in the same
 * commit the heading appears in, so nothing reads the page while focus is still on the old one.
 */
export function PageHeading({
  children,
  className,
  dir = 'auto',
}: {
  children: ReactNode;
  className?: string;
  /** Its direction: by its first letter, unless the language it is in says otherwise. */
  dir?: 'auto' | 'rtl';
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key, hash, pathname, search } = useLocation();
  /** The address shown, to tell a move within the page (an in-page link, or back over one). */
  const shown = useRef({ at: '', hash: '' });
  useLayoutEffect(() => {
    const at = pathname + search;
    const inPage = shown.current.at === at && shown.current.hash !== hash;
    shown.current = { at, hash };
    if (inPage) return;
    // The page the app opened on ('default') too, once back on it (not at a footnote of it).
    if (key !== 'default' || (left && !hash)) ref.current?.focus({ preventScroll: true });
    if (key !== 'default') left = true;
  }, [key, hash, pathname, search]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className} dir={dir} {...TIMED}>
      {children}
    </h1>
  );
}
