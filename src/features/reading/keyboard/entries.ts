import { reveal } from '../../../components/reveal';

/** Lists mark each entry `data-entry="<article id>"`; one of them may be the current one. */
const CURRENT = 'entry-current';

/**
 * The entries in the document, in order. A long list mounts only those near the screen, but
 * keeps the current entry (and the one holding focus) mounted with the entries either side of
 * it, so the next and the previous entry are always among these.
 */
function listEntries(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-entry]')];
}

/** The entry holding focus (the reader may have tabbed), else the one marked current. */
function currentEntry(entries: readonly HTMLElement[]): HTMLElement | undefined {
  const active = document.activeElement;
  return (
    entries.find((entry) => entry.contains(active)) ??
    entries.find((entry) => entry.getAttribute('aria-current') === 'true')
  );
}

/** The link in the entry's heading (its accessible name), which opens the article. */
function titleLink(entry: HTMLElement): HTMLAnchorElement | null {
  const headingId = entry.getAttribute('aria-labelledby');
  const heading = headingId ? document.getElementById(headingId) : null;
  return (heading ?? entry).querySelector('a[href]');
}

function markCurrent(entry: HTMLElement, entries: readonly HTMLElement[]) {
  for (const other of entries) {
    if (other === entry) continue;
    other.classList.remove(CURRENT);
    other.removeAttribute('aria-current');
  }
  entry.classList.add(CURRENT);
  entry.setAttribute('aria-current', 'true');
}

/** j and k: the next or previous entry becomes current, its title link takes focus. */
export function moveEntry(step: 1 | -1): boolean {
  const entries = listEntries();
  const current = currentEntry(entries);
  const next = current
    ? entries[entries.indexOf(current) + step]
    : // Nothing current yet: start at the first entry on screen, not at the top of the list.
      (entries.find((entry) => entry.getBoundingClientRect().top >= 0) ?? entries[0]);
  if (!next) return false;
  markCurrent(next, entries);
  reveal(next, titleLink(next) ?? next);
  return true;
}

/** o: opens the current entry's article. */
export function openEntry(): boolean {
  const entry = currentEntry(listEntries());
  const link = entry && titleLink(entry);
  if (!link) return false;
  link.click();
  return true;
}

/** Back on a list, the article just read is current again (without moving focus). */
export function markEntry(id: string) {
  const entries = listEntries();
  const entry = entries.find((element) => element.dataset.entry === id);
  if (entry) markCurrent(entry, entries);
}
