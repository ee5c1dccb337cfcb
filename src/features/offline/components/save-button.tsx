import { useState } from 'react';
import { useIsSaved, useSavedStore } from '../store/saved-store';

interface SaveButtonProps {
  feedUrl: string;
  id: string;
  /** Fetches everything the article needs offline and marks it saved. */
  onSave: () => Promise<void>;
}

/** "Save for offline" / "Saved for offline" toggle on an article. */
export function SaveButton({ feedUrl, id, onSave }: SaveButtonProps) {
  const saved = useIsSaved(feedUrl, id);
  const remove = useSavedStore((state) => state.remove);
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');

  const toggle = async () => {
    if (saved) {
      remove(feedUrl, id);
      return;
    }
    setState('saving');
    try {
      await onSave();
      setState('idle');
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
        disabled={state === 'saving'}
        onClick={() => void toggle()}
      >
        {state === 'saving' ? 'Saving…' : saved ? 'Saved for offline' : 'Save for offline'}
      </button>
      <span role="status" className="muted">
        {state === 'failed' ? ' Could not save this article; check your connection.' : ''}
      </span>
    </div>
  );
}
