import { useState } from 'react';
import { useLeaveWarning } from '../../../components/use-leave-warning';

/** "Save the latest 20" on the front page. */
export function SaveLatestButton({
  count,
  onSave,
}: {
  count: number;
  /** How many were saved, 'storage-failed' when the browser refused to store them. */
  onSave: () => Promise<number | 'storage-failed'>;
}) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useLeaveWarning(busy);

  const save = async () => {
    setBusy(true);
    setMessage('Saving…');
    try {
      const saved = await onSave();
      setMessage(
        saved === 'storage-failed'
          ? 'Not saved for offline: this browser refused to store them (storage is full or unavailable).'
          : `${saved} articles saved for offline reading.`,
      );
    } catch {
      setMessage('Could not save the latest articles; check your connection.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="save-latest">
      {/* Not `disabled` while it saves: a disabled button loses the focus it had. */}
      <button
        type="button"
        className="button"
        aria-disabled={busy || undefined}
        aria-busy={busy}
        onClick={() => void (busy || save())}
      >
        Save the latest {count}
      </button>
      <span role="status" className="muted">
        {' '}
        {message}
      </span>
    </div>
  );
}
