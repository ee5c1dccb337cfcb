import { hashKey, onlineManager, QueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';

/** A query that failed within the last minute: asked again only when the reader asks. */
export function failedLately(state: { status: string; errorUpdatedAt: number } | undefined) {
  return state?.status === 'error' && Date.now() - state.errorUpdatedAt <= 6e4;
}

export function createQueryClient(): QueryClient {
  // The query client only hears online/offline events; a page opened offline starts offline.
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    onlineManager.setOnline(false);
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Kept in memory as long as the persister keeps them (for good: an article saved for
        // offline is in them), or data restored, or saved, would be dropped with them.
        gcTime: Infinity,
        // Always try the request: the service worker may answer it from its cache while offline.
        networkMode: 'offlineFirst',
        // A broken feed stays broken on retry; one quick retry covers a flaky network.
        retry: (failureCount, error) =>
          failureCount < 1 &&
          ['network', 'blocked'].includes((error as { kind?: string }).kind ?? ''),
        // A failure shown a moment ago is not asked again because another screen shows it
        // (the first request fails before the page mounts): "Try again", a refresh or the
        // network's return asks at once, a later visit after a minute.
        retryOnMount: (query) => !failedLately(query.state),
        refetchOnWindowFocus: false,
      },
    },
  });
}

const restores = new WeakMap<QueryClient, Promise<unknown>>();

/**
 * The saved cache is read back while the first requests are on the network, and neither waits
 * for the other: whichever answers first is shown.
 */
export function restoreCache(client: QueryClient, restore: Promise<unknown>) {
  restores.set(
    client,
    restore.catch(() => undefined),
  );
}

/**
 * Resolves once the saved cache is back (at once when none is kept). A failed request waits for
 * it before failing, so a saved copy is shown instead of an error or the offline notice.
 */
export function cacheRestored(client: QueryClient): Promise<unknown> {
  return restores.get(client) ?? Promise.resolve();
}

/**
 * Resolves once the query has data, or has stopped fetching for now (failed, paused while
 * offline, or never started): what a first render may wait for without waiting forever.
 */
export function querySettled(client: QueryClient, queryKey: QueryKey): Promise<void> {
  return queriesSettled(client, [queryKey]);
}

/**
 * The same for many queries (the front page's, one per feed): one listener, which looks again
 * only at the query each event is about. Looking at every query on every event costs seconds
 * for a thousand feeds, each of which sends several events.
 */
export function queriesSettled(client: QueryClient, queryKeys: readonly QueryKey[]) {
  const cache = client.getQueryCache();
  const busy = (hash: string) => {
    const state = cache.get(hash)?.state;
    return state !== undefined && state.data === undefined && state.fetchStatus === 'fetching';
  };
  const waiting = new Set(queryKeys.map((queryKey) => hashKey(queryKey)).filter(busy));
  return new Promise<void>((resolve) => {
    if (waiting.size === 0) return resolve();
    const unsubscribe = cache.subscribe(({ query }) => {
      if (!waiting.has(query.queryHash) || busy(query.queryHash)) return;
      waiting.delete(query.queryHash);
      if (waiting.size > 0) return;
      unsubscribe();
      resolve();
    });
  });
}

/** A value handed on as it is: see `unshared`. */
class Unshared<T> {
  constructor(readonly value: T) {}
}

/**
 * For a `combine` of `useQueries`: TanStack Query compares a plain combined result with the
 * previous one field by field (structural sharing), which for thousands of articles, on every
 * request that starts or ends, costs seconds. Wrapped, the result is handed on as it is; the
 * caller keeps what must stay the same (a list of articles) the same itself.
 */
export function unshared<T>(value: T): Unshared<T> {
  return new Unshared(value);
}
