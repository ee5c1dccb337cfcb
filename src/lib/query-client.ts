import { onlineManager, QueryClient } from '@tanstack/react-query';

/** How long the persisted query cache is trusted (a week). */
export const PERSIST_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

export function createQueryClient(): QueryClient {
  // The query client only hears online/offline events; a page opened offline starts offline.
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    onlineManager.setOnline(false);
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Kept in memory at least as long as the persister keeps them, or restored data is dropped.
        gcTime: PERSIST_MAX_AGE,
        // Always try the request: the service worker may answer it from its cache while offline.
        networkMode: 'offlineFirst',
        // A broken feed stays broken on retry; one quick retry covers a flaky network.
        retry: (failureCount, error) =>
          failureCount < 1 && (error as { kind?: string }).kind === 'network',
        refetchOnWindowFocus: false,
      },
    },
  });
}
