import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { createBackup, parseBackup, restoreBackup } from './backup';
import { restoreSummary } from './backup-summary';
import { downloadJson } from '../lib/download';
import './backup-panel.css';

/** Export everything the reader made (comments, saved list, read marks, settings) and import it. */
export function BackupPanel() {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
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
      setError(parsed.reason);
      return;
    }
    setError('');
    setStatus(restoreSummary(restoreBackup(parsed.backup)));
  };

  return (
    <section className="backup-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Your data</h2>
      <p className="muted">
        Your comments, saved list, read marks and settings live only in this browser. Export them to
        a file to keep or to move to another browser; importing adds to what is here.
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
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </section>
  );
}
