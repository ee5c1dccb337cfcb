import { ErrorNotice, LoadStatus } from '../../../components/load-status';
import type { LoadState } from '../../../components/load-status';

/**
 * A feed's loading, offline or error notice. Once some pages are shown, only a failure to read
 * older ones is reported.
 */
export function FeedStatus({
  query,
  onRetry,
  loading = 'Loading articles…',
}: {
  query: LoadState;
  onRetry: () => void;
  /** What to say while the first page is on its way; `false` where the page says it already. */
  loading?: string | false;
}) {
  if (query.data !== undefined) {
    return query.error ? (
      <ErrorNotice title="Older posts could not be loaded." error={query.error} onRetry={onRetry} />
    ) : null;
  }
  return (
    <LoadStatus
      query={query}
      loading={loading || undefined}
      offline="You are offline, and this feed has not been saved for offline reading yet."
      errorTitle="This feed could not be loaded."
      onRetry={onRetry}
    />
  );
}
