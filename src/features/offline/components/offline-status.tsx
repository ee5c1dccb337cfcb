import { useOnlineStatus } from '../hooks/use-online-status';

/** A polite, always-present live region, so going offline and back is announced. */
export function OfflineStatus() {
  const online = useOnlineStatus();
  return (
    <div role="status" className={online ? 'offline-status' : 'offline-status is-offline'}>
      {online ? '' : 'Offline — showing saved copies'}
    </div>
  );
}
