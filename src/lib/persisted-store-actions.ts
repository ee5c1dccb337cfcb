import { downloadJson } from './download';
import { held, update } from './persisted-store-problems';

// What the storage notice offers; apart from the store's own code, so it loads with the notice.

/** Saves the unreadable value that stays in place as a file, before it is discarded. */
export function downloadUnreadable(name: string) {
  const stuck = held.get(name);
  if (!stuck) return;
  downloadJson(stuck.raw, `${name.replace(/[^a-z0-9-]+/gi, '-')}-unreadable.json`);
  update(name, (problem) => ({
    label: name,
    title: name,
    ...problem,
    unreadable: { ...problem?.unreadable, downloaded: true },
  }));
}

/** Removes the unreadable value from storage and saves what this tab holds in its place. */
export function discardUnreadable(name: string) {
  const stuck = held.get(name);
  if (!stuck) return;
  held.delete(name);
  try {
    localStorage.removeItem(name);
  } catch {
    // Already gone.
  }
  update(name, (problem) => ({ label: name, title: name, ...problem, unreadable: undefined }));
  stuck.flush();
}
