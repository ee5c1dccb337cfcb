import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { createBackup, parseBackup, restoreBackup } from './backup';
import { list, restoreSummary } from './backup-summary';
import { prefetchComments } from './comments-prefetch';
import { readRestored } from './offline-actions';
import { savedArticles, savedKey, useSavedStore } from '../features/offline/store/saved-store';
import { downloadJson } from '../lib/download';
import { plural } from '../lib/plural';
import './backup-panel.css';

/** Export everything the reader made (comments, saved list, read marks, settings) and import it. */
export function BackupPanel() {
  const [status, setStatus] = useState('');
  const [offline, setOffline] = useState('');
  const [error, setError] = useState('');
  const client = useQueryClient();
  const headingId = useId();
  const inputId = useId();

  const exportAll = () => {
    const backup = createBackup();
    downloadJson(
      JSON.stringify(backup, null, 2),
      `broadsheet-backup-${backup.exportedAt.slice(0, 10)}.json`,
    );
    setError('');
    setStatus('Your data was exported.');
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseBackup(await file.text());
    input.value = '';
    if (!parsed.ok) {
      setStatus('');
      setOffline('');
      setError(parsed.reason);
      return;
    }
    setError('');
    const saved = () => savedArticles(useSavedStore.getState().saved);
    const key = ({ feedUrl, id }: { feedUrl: string; id: string }) => savedKey(feedUrl, id);
    // Those the backup saved again came without their copies: they are read here.
    const before = new Set(saved().map(key));
    setStatus(restoreSummary(restoreBackup(parsed.backup)));
    const back = saved().filter((article) => !before.has(key(article)));
    if (back.length === 0) {
      setOffline('');
      return;
    }
    setOffline('Reading the saved articles for offline…');
    setOffline(offlineSummary(await readRestored(client, back, prefetchComments)));
  };

  return (
    <section className="backup-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Your data</h2>
      <p className="muted">
        Your comments and drafts, saved list, read marks and settings live only in this browser.
        Export them to a file to keep or to move to another browser; importing adds to what is here.
      </p>
      <p className="backup-actions">
        <button type="button" className="button" onClick={exportAll}>
          Export everything
        </button>
        <label htmlFor={inputId}>Import everything</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void importFile(event)}
        />
      </p>
      <p role="status">{status}</p>
      <p role="status">{offline}</p>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </section>
  );
}

/**
 * "2 saved articles are kept for offline; “Title” could not be read now: open it while online."
 * Those missed are named, up to three; more are counted.
 */
function offlineSummary({ kept, missed }: { kept: number; missed: readonly string[] }): string {
  const keptText = plural(kept, {
    one: '# saved article is kept for offline',
    other: '# saved articles are kept for offline',
  });
  if (missed.length === 0) return `${keptText}.`;
  const them = missed.length === 1 ? 'it' : 'them';
  const named = missed.length <= 3 ? list(missed.map((title) => `“${title}”`)) : undefined;
  if (kept > 0) {
    return `${keptText}; ${named ?? missed.length} could not be read now: open ${them} while online.`;
  }
  const which = named ?? `The ${missed.length} saved articles`;
  return `${which} could not be read for offline now: open ${them} while online.`;
}
