import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useOnlineStatus } from '../../features/offline/hooks/use-online-status';
import { plural } from '../../lib/plural';
import { refreshFeeds } from './refresh';
import type { RefreshProgress } from './refresh';

const OFFLINE = 'You are offline: the feeds shown are the copies saved. Refresh once back online.';

function said(
  progress: RefreshProgress | 'offline' | undefined,
  running: boolean,
  online: boolean,
): string {
  if (!progress) return '';
  if (progress === 'offline') return online ? '' : OFFLINE;
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
  const [progress, setProgress] = useState<RefreshProgress | 'offline'>();
  const [running, setRunning] = useState(false);
  const online = useOnlineStatus();
  const refresh = async () => {
    // Pressed again while running, it does nothing: left enabled, it keeps the reader's focus.
    if (running) return;
    // Offline every feed would fail, or be answered by its saved copy, as "up to date".
    if (!onlineManager.isOnline()) {
      setProgress('offline');
      return;
    }
    setRunning(true);
    try {
      await refreshFeeds(client, feedUrls, { onProgress: setProgress });
    } finally {
      setRunning(false);
      // Gone offline on the way: the feeds that failed may be fine, and are read again by
      // themselves once the network is back, when nothing is left to say.
      if (!onlineManager.isOnline()) setProgress('offline');
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
        {said(progress, running, online)}
      </span>
    </div>
  );
}
