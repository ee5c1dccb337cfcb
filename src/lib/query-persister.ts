import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { QueryClient } from '@tanstack/react-query';
import type { PersistedClient } from '@tanstack/react-query-persist-client';
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
    serialize: serializeCache,
    storage: {
      getItem: (key) => get<string>(key).then((value) => value ?? null),
      setItem: (key, value: string) => set(key, value),
      removeItem: (key) => del(key),
    },
  });
}

/** Longest stretch of writing between two turns of the browser, in ms. */
const SLICE_MS = 8;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The saved cache as JSON, as `JSON.stringify` writes it, but a few queries at a time with the
 * browser's turn in between, and stored in a task of its own: a feed of thousands of items is
 * megabytes of it, which written and stored in one go would block scrolling and typing.
 */
export async function serializeCache(client: PersistedClient): Promise<string> {
  const written: string[] = [];
  let sliceStart = performance.now();
  for (const query of client.clientState.queries) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    written.push(JSON.stringify(query));
  }
  const clientState = objectJson(client.clientState, { queries: `[${written.join(',')}]` });
  const json = objectJson(client, { clientState });
  await nextTask();
  return json;
}

/** An object as `JSON.stringify` writes it, with some of its members already written. */
function objectJson(value: object, writtenMembers: Record<string, string>): string {
  const members = Object.entries(value).flatMap(([key, member]) => {
    const json = Object.hasOwn(writtenMembers, key)
      ? writtenMembers[key]
      : (JSON.stringify(member) as string | undefined);
    return json === undefined ? [] : [`${JSON.stringify(key)}:${json}`];
  });
  return `{${members.join(',')}}`;
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
