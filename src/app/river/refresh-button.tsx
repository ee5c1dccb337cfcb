import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { plural } from '../../lib/plural';
import { refreshFeeds } from './refresh';
import type { RefreshProgress } from './refresh';

function said(progress: RefreshProgress | undefined, running: boolean): string {
  if (!progress) return '';
  if (running) return `Refreshing: ${progress.done} of ${progress.total} feeds…`;
  if (progress.failed === 0) return 'Every feed is up to date.';
  return plural(progress.failed, {
    one: 'Refreshed; # feed could not be read.',
    other: 'Refreshed; # feeds could not be read.',
  });
}

/** "Refresh": reads every listed feed again, saying how far it has got. */
export function RefreshButton({ feedUrls }: { feedUrls: readonly string[] }) {
  const client = useQueryClient();
  const [progress, setProgress] = useState<RefreshProgress>();
  const [running, setRunning] = useState(false);
  const refresh = async () => {
    // Pressed again while running, it does nothing: left enabled, it keeps the reader's focus.
    if (running) return;
    setRunning(true);
    try {
      await refreshFeeds(client, feedUrls, { onProgress: setProgress });
    } finally {
      setRunning(false);
    }
  };
  return (
    <div className="refresh">
      <button
        type="button"
        className="button button-small"
        onClick={() => void refresh()}
        aria-busy={running}
      >
        Refresh
      </button>{' '}
      <span role="status" className="muted">
        {said(progress, running)}
      </span>
    </div>
  );
}
