import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useSaid } from '../../../components/use-said';
import { downloadText } from '../../../lib/download';
import { nextTask } from '../../../lib/next-task';
import { plural } from '../../../lib/plural';
import { useSubscriptions } from '../hooks/use-subscriptions';
import { readOpmlFile } from '../opml/read-opml-file';
import { subscribe } from '../store/subscription-actions';
import { importSummary } from './import-summary';
import '../subscriptions.css';

const ACCEPT = '.opml,.xml,text/xml,text/x-opml,application/xml';

interface OpmlToolsProps {
  /** Something else on the page has said more since: what was imported is not said again. */
  quiet?: boolean;
  /** An import or export has begun, and will say how it went. */
  onSaid?: () => void;
}

/** Import subscriptions from another reader's OPML file, and export them to one. */
export function OpmlTools({ quiet = false, onSaid }: OpmlToolsProps) {
  const subscriptions = useSubscriptions();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useSaid('');
  const [error, setError] = useSaid('');
  const inputId = useId();

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Disabling the field takes focus away from it; it comes back when the import is done.
    const hadFocus = document.activeElement === input;
    setBusy(true);
    onSaid?.();
    setError('');
    setStatus('Importing…');
    const found = await readOpmlFile(file);
    input.value = '';
    setBusy(false);
    if (found.ok) {
      // Storing a thousand feeds is a task of its own, after the one that took them in.
      await nextTask();
      setStatus(importSummary(found, subscribe(found.feeds)));
    } else {
      setStatus('');
      setError(found.reason);
    }
    if (hadFocus) requestAnimationFrame(() => input.focus());
  };

  const exportAll = async () => {
    // The OPML writer loads on the first export: most visits never need it.
    const { writeOpml } = await import('../opml/write-opml');
    downloadText(writeOpml(subscriptions), 'subscriptions.opml', 'text/x-opml;charset=utf-8');
    onSaid?.();
    setError('');
    setStatus(`Exported ${plural(subscriptions.length, { one: '# feed', other: '# feeds' })}.`);
  };

  return (
    <div className="opml-tools">
      <p className="opml-actions">
        <label htmlFor={inputId}>Import OPML</label>
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          disabled={busy}
          aria-invalid={error.value ? true : undefined}
          aria-describedby={error.value ? `${inputId}-error` : undefined}
          onChange={(event) => void importFile(event)}
        />
        <button type="button" className="button" onClick={() => void exportAll()}>
          Export OPML
        </button>
      </p>
      <p role="status">
        <span key={status.n}>{quiet ? '' : status.value}</span>
      </p>
      {error.value && (
        <p key={error.n} id={`${inputId}-error`} role="alert" className="notice notice-error">
          {error.value}
        </p>
      )}
    </div>
  );
}
