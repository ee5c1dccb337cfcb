import { useState } from 'react';
import { useLeaveWarning } from '../../../components/use-leave-warning';
import { useIsSaved, useSavedStore } from '../store/saved-store';
import type { SaveOutcome } from '../store/saved-store';

interface SaveButtonProps {
  feedUrl: string;
  id: string;
  /** Fetches everything the article needs offline and marks it saved; rejects when offline. */
  onSave: () => Promise<SaveOutcome>;
}

/** "Save for offline" / "Saved for offline" toggle on an article. */
export function SaveButton({ feedUrl, id, onSave }: SaveButtonProps) {
  const saved = useIsSaved(feedUrl, id);
  const remove = useSavedStore((state) => state.remove);
  const [state, setState] = useState<'idle' | 'saving' | 'failed' | 'no-room'>('idle');
  // The article is saved once the cache holding it is written: leaving before would lose it.
  useLeaveWarning(state === 'saving');

  const toggle = async () => {
    if (saved) {
      remove(feedUrl, id);
      return;
    }
    setState('saving');
    try {
      setState((await onSave()) === 'saved' ? 'idle' : 'no-room');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="save-offline">
      <button
        type="button"
        className="button"
        aria-pressed={saved}
        // Not `disabled` while it saves: a disabled button loses the focus it had.
        aria-disabled={state === 'saving' || undefined}
        aria-busy={state === 'saving'}
        onClick={() => void (state === 'saving' || toggle())}
      >
        {state === 'saving' ? 'Saving…' : saved ? 'Saved for offline' : 'Save for offline'}
      </button>
      <span role="status" className="muted">
        {state === 'failed' && ' Could not save this article; check your connection.'}
        {state === 'no-room' &&
          ' Not saved for offline: this browser refused to store it (storage is full or unavailable).'}
      </span>
    </div>
  );
}
