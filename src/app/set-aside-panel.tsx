import { useEffect, useId, useRef, useState } from 'react';
import { downloadJson } from '../lib/download';
import { plural } from '../lib/plural';
import './backup-panel.css';

/** A copy set aside: its key, the store it was read for, when, and its length in characters. */
interface SetAsideCopy {
  key: string;
  name: string;
  at: Date;
  length: number;
}

/** The copies set aside in this browser, oldest first (setAside in lib/persisted-store-problems.ts). */
function setAsideCopies(): SetAsideCopy[] {
  const copies: SetAsideCopy[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      const match = /^(.+):unreadable:(\d+)(?:-\d+)?$/.exec(key);
      if (!match?.[1]) continue;
      const length = localStorage.getItem(key)?.length ?? 0;
      copies.push({ key, name: match[1], at: new Date(Number(match[2])), length });
    }
  } catch {
    // Storage switched off (a browser's setting): nothing can have been set aside in it.
  }
  return copies.sort((one, other) => one.at.getTime() - other.at.getTime());
}

/** What each store's data is called, by its key. */
const NAMES: Record<string, string> = {
  'broadsheet:comments': 'Comments',
  'broadsheet:comment-drafts': 'Comment drafts',
  'broadsheet:saved': 'Saved articles',
  'broadsheet:reading': 'Read marks',
  'broadsheet:settings': 'Settings',
  'broadsheet:subscriptions': 'Subscriptions',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

/** "Comments set aside on 7 December 2026 at 05:40 (12 KB)" */
function describe(copy: SetAsideCopy): string {
  const size = Math.max(1, Math.round(copy.length / 1024));
  return `${NAMES[copy.name] ?? copy.name} set aside on ${when.format(copy.at)} (${size} KB)`;
}

/**
 * Stored data that could not be read is copied aside rather than written over; the notice that
 * says so shows once. Here the copies stay within reach: each can be downloaded, to mend or to
 * send, and deleted to free the browser's storage.
 */
export function SetAsidePanel() {
  const [copies, setCopies] = useState(setAsideCopies);
  const [said, setSaid] = useState('');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Where the deleted copy was: focus goes on to the next one's Delete, or to the heading.
  const deletedAt = useRef<number | null>(null);
  useEffect(() => {
    const index = deletedAt.current;
    if (index === null) return;
    deletedAt.current = null;
    const items = list.current?.children ?? [];
    const next = items[Math.min(index, items.length - 1)];
    (next?.querySelector<HTMLElement>('button:last-of-type') ?? heading.current)?.focus();
  }, [copies]);
  if (copies.length === 0 && !said) return null;

  const download = (copy: SetAsideCopy) => {
    downloadJson(
      localStorage.getItem(copy.key) ?? '',
      `${copy.name.replace(/\W+/g, '-')}-set-aside-${copy.at.toISOString().slice(0, 10)}.json`,
    );
  };
  const remove = (copy: SetAsideCopy) => {
    deletedAt.current = copies.indexOf(copy);
    localStorage.removeItem(copy.key);
    setCopies(setAsideCopies());
    setSaid(`Deleted: ${describe(copy)}.`);
  };

  return (
    <section className="backup-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Data set aside
      </h2>
      {copies.length > 0 && (
        <>
          <p className="muted">
            {plural(copies.length, {
              one: 'Saved data this browser could not read was kept as it was, in a copy of its own.',
              other: 'Saved data this browser could not read was kept as it was, in # copies.',
            })}{' '}
            Download a copy to keep it, or delete it to free the space it takes.
          </p>
          <ul ref={list} className="set-aside-list">
            {copies.map((copy) => (
              <li key={copy.key}>
                <span>{describe(copy)}</span>{' '}
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Download ${describe(copy)}`}
                  onClick={() => download(copy)}
                >
                  Download
                </button>{' '}
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Delete ${describe(copy)}`}
                  onClick={() => remove(copy)}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status">{said}</p>
    </section>
  );
}
