import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { del, get, set } from 'idb-keyval';

export const QUERY_CACHE_KEY = 'broadsheet:query-cache';

/** The query cache in IndexedDB, which holds far more than local storage's few megabytes. */
export function createQueryPersister() {
  return createAsyncStoragePersister({
    key: QUERY_CACHE_KEY,
    throttleTime: 1000,
    storage: {
      getItem: (key) => get<string>(key).then((value) => value ?? null),
      setItem: (key, value: string) => set(key, value),
      removeItem: (key) => del(key),
    },
  });
}
