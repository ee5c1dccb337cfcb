import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { QueryClient } from '@tanstack/react-query';
import {
  persistQueryClientRestore,
  persistQueryClientSave,
  persistQueryClientSubscribe,
} from '@tanstack/react-query-persist-client';
import { del, get, set } from 'idb-keyval';
import { APP_VERSION } from '../config/env';
import { PERSIST_MAX_AGE } from './query-client';

export const QUERY_CACHE_KEY = 'broadsheet:query-cache';

/** The query cache in IndexedDB, which holds far more than local storage's few megabytes. */
export function createQueryPersister(throttleTime = 1000) {
  return createAsyncStoragePersister({
    key: QUERY_CACHE_KEY,
    throttleTime,
    storage: {
      getItem: (key) => get<string>(key).then((value) => value ?? null),
      setItem: (key, value: string) => set(key, value),
      removeItem: (key) => del(key),
    },
  });
}

/**
 * Reads the saved cache back into the client (a week at most, and only from this version of
 * the app), then saves the cache as it changes. The first requests do not wait for the restore,
 * so what they brought meanwhile is saved at once.
 */
export async function persistQueryCache(client: QueryClient): Promise<void> {
  const options = {
    queryClient: client,
    persister: createQueryPersister(),
    maxAge: PERSIST_MAX_AGE,
    buster: APP_VERSION,
  };
  await persistQueryClientRestore(options);
  persistQueryClientSubscribe(options);
  // Not waited for: the cache is back, and a later change saves it again anyway.
  void persistQueryClientSave(options).catch(() => undefined);
}

/**
 * Writes the cache now, not within the next second as changes are: "saved for offline" must
 * hold even if the page is closed at once. False when the browser keeps no IndexedDB.
 */
export async function saveQueryCache(client: QueryClient): Promise<boolean> {
  try {
    await persistQueryClientSave({
      queryClient: client,
      persister: createQueryPersister(0),
      buster: APP_VERSION,
    });
    return true;
  } catch {
    return false;
  }
}
