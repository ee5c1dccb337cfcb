import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffectEvent, useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import { useLocation } from 'react-router';
import type { DayRow } from '../components/day-rows';
import { anchorFromEarlierLoad, saveAnchor } from '../components/list-anchor';

/** Looks at the resumed position this many frames, while the rows around it are measured. */
const LOOKS = 3;

/**
 * A long list on a page loaded afresh (a reload) comes back to the entry that was at the top of
 * the screen: the row heights the saved scroll position depended on went with the old page.
 * Within one page load the saved position is exact and this does nothing.
 */
export function useListAnchor(
  virtualizer: Virtualizer<Window, HTMLElement>,
  container: RefObject<HTMLElement | null>,
  rows: readonly DayRow[],
) {
  const { key } = useLocation();
  const [resumeAt] = useState(() => anchorFromEarlierLoad(key));

  // Kept as the page goes (a reload) or the list does (for another page, which may be reloaded).
  const keepAnchor = useEffectEvent(() => {
    const offset = virtualizer.scrollOffset;
    const spanning = offset === null ? undefined : virtualizer.getVirtualItemForOffset(offset);
    if (offset === null || !spanning) return;
    // The first row that starts on screen: rows above it may change height when measured
    // again, and the virtualiser keeps what follows them in place.
    const next = spanning.start < offset && virtualizer.measurementsCache[spanning.index + 1];
    const item = next || spanning;
    saveAnchor(key, { row: String(item.key), offset: offset - item.start });
  });
  useLayoutEffect(() => {
    const onPageHide = () => keepAnchor();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      keepAnchor();
    };
  }, []);

  const resume = useEffectEvent(() => {
    const index = resumeAt ? rows.findIndex((row) => row.key === resumeAt.row) : -1;
    if (!resumeAt || index < 0) return;
    let looks = LOOKS;
    // The rows around it are measured once mounted there, which can move it: look again.
    const place = () => {
      const element = container.current;
      virtualizer.getVirtualItems(); // brings the measurements up to date
      const item = virtualizer.measurementsCache[index];
      if (!element || !item) return;
      const list = element.getBoundingClientRect().top + window.scrollY;
      const target = list + item.start - virtualizer.options.scrollMargin + resumeAt.offset;
      if (Math.abs(window.scrollY - target) >= 1) virtualizer.scrollToOffset(target);
      if (--looks > 0) requestAnimationFrame(place);
    };
    place();
  });
  useLayoutEffect(() => resume(), []);
}
