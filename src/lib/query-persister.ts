import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { defaultShouldDehydrateQuery, hydrate } from '@tanstack/react-query';
import type { Query, QueryClient } from '@tanstack/react-query';
import type { PersistedClient } from '@tanstack/react-query-persist-client';
import {
  persistQueryClientRestore,
  persistQueryClientSave,
} from '@tanstack/react-query-persist-client';
import { del, get, keys, set } from 'idb-keyval';
import { stringifyInSlices, TimeSlicer } from './json-slices';

const QUERY_CACHE_KEY = 'broadsheet:query-cache';

/**
 * The shape of what is saved. A saved cache of another shape is dropped whole, and every article
 * saved for offline with it: raised only when what a feed page holds changes so that an older
 * copy would be misread, never for a new release as such, nor for time gone by.
 */
const CACHE_FORMAT = '1';

/** Builds before the format had a name wrote the app's version in its place: that same format. */
const FORMAT_NAMED_BY_VERSION = '0.1.0';

/** What is saved: queries with data, except those kept in memory only (`meta.persist`). */
const dehydrateOptions = {
  shouldDehydrateQuery: (query: Query) =>
    defaultShouldDehydrateQuery(query) && query.meta?.persist !== false,
};

/**
 * The query cache in IndexedDB, which holds far more than local storage's few megabytes. The
 * persister hands what `serialize` returns to `storage.setItem`, and what `storage.getItem`
 * returns to `deserialize`, as they are: here JSON documents in slices (serializeCache), never
 * made one string. Its types allow a string alone, hence the casts.
 */
function createQueryPersister(throttleTime = 1000, onWriteError?: () => void) {
  return createAsyncStoragePersister({
    key: QUERY_CACHE_KEY,
    throttleTime,
    // The persister swallows a failed write; this is the only way to hear of it.
    retry: onWriteError && (() => void onWriteError()),
    serialize: serializeCache as unknown as (client: PersistedClient) => Promise<string>,
    deserialize: deserializeCache as unknown as (stored: string) => Promise<PersistedClient>,
    storage: {
      getItem: readParts as unknown as (key: string) => Promise<string | null>,
      setItem: writeParts as unknown as (key: string, text: string) => Promise<void>,
      removeItem: removeParts,
    },
  });
}

/**
 * The saved cache is stored in parts of this many characters, each written by a transaction of
 * its own: IndexedDB copies a value on the main thread as it is stored, and megabytes at once
 * would be a long task. The cache's key then holds the list of its parts' keys.
 */
const PART_LENGTH = 256 * 1024;

/** How the cache is stored: the keys of each document's parts, in order. */
interface StoredDocuments {
  documents: string[][];
}

/** How it was stored before: the keys of the parts of one document. */
interface StoredParts {
  parts: string[];
}

const isDocuments = (value: unknown): value is StoredDocuments =>
  Array.isArray((value as Partial<StoredDocuments> | undefined)?.documents);
const isParts = (value: unknown): value is StoredParts =>
  Array.isArray((value as Partial<StoredParts> | undefined)?.parts);

/** Every part key a stored cache points at, in whichever format it was stored. */
function partKeys(stored: unknown): string[] {
  if (isDocuments(stored)) return stored.documents.flat();
  return isParts(stored) ? stored.parts : [];
}

/** Reads parts back into text; null if one has gone missing. */
async function joinParts(keys: readonly string[]): Promise<string | null> {
  const parts = await Promise.all(keys.map((part) => get<unknown>(part)));
  // A part gone missing leaves text that is not the cache: nothing is restored rather than that.
  return parts.every((part) => typeof part === 'string') ? parts.join('') : null;
}

/**
 * The saved cache's documents (see serializeCache), or its text in one string as it was once
 * stored (one document in parts, or one value); null when there is none or a part is missing.
 */
export async function readParts(key: string): Promise<string[] | string | null> {
  const stored = await get<unknown>(key);
  if (typeof stored === 'string') return stored;
  if (isParts(stored)) return joinParts(stored.parts);
  if (!isDocuments(stored)) return null;
  known = headOf(stored);
  const documents = await Promise.all(stored.documents.map(joinParts));
  return documents.every((text) => text !== null) ? (documents as string[]) : null;
}

/**
 * Stores the documents (each given in slices, whose concatenation it is) in new parts, then
 * points the key at them, then drops the old parts.
 */
export async function writeParts(key: string, documents: readonly string[][]): Promise<void> {
  const generation = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let count = 0;
  const store = async (text: string) => {
    const part = `${key}:${generation}:${count++}`;
    await set(part, text);
    return part;
  };
  const stored: StoredDocuments = { documents: [] };
  for (const slices of documents) {
    const parts: string[] = [];
    for (const slice of slices) {
      for (let start = 0; start < slice.length; start += PART_LENGTH) {
        parts.push(await store(slice.slice(start, start + PART_LENGTH)));
      }
    }
    if (parts.length === 0) parts.push(await store(''));
    stored.documents.push(parts);
  }
  const previous = await get<unknown>(key);
  await set(key, stored);
  known = headOf(stored);
  await Promise.all(partKeys(previous).map((part) => del(part)));
}

/** How long another tab's write may take, before its parts could be listed: they are left alone. */
const WRITING_MS = 5 * 60_000;

/**
 * Deletes the parts of the cache that the key lists nowhere: left by a page closed while it
 * wrote them (before the key pointed at them) or while it dropped the old ones. Each reload in
 * the middle of a write left a copy of the whole cache, megabytes that nothing ever read. Those
 * written in the last minutes are another tab's write under way, and stay.
 */
export async function sweepParts(key: string, now = Date.now()): Promise<void> {
  const listed = new Set(partKeys(await get<unknown>(key)));
  const prefix = `${key}:`;
  const unlisted = (await keys()).filter(
    (part): part is string =>
      typeof part === 'string' && part.startsWith(prefix) && !listed.has(part),
  );
  // A part's name begins with the time its write began, in base 36 (writeParts).
  const began = (part: string) => parseInt(part.slice(prefix.length, prefix.length + 8), 36);
  await Promise.all(
    unlisted.filter((part) => !(now - began(part) < WRITING_MS)).map((part) => del(part)),
  );
}

/**
 * The first part of the cache as this tab last read or wrote it: another first part in its
 * place means another tab has written the cache since.
 */
let known: string | undefined;
const headOf = (stored: StoredDocuments) => stored.documents[0]?.[0];

/** Queries this tab has let go of (feeds no one reads any more): not taken back from another's. */
const letGo = new Set<string>();

/**
 * What another tab has saved since this one last read or wrote the cache (an article saved for
 * offline there, a feed read there), taken into this tab's cache before this tab writes its
 * own over it. Of two copies of a query the newer is kept.
 */
async function takeOtherTabs(client: QueryClient): Promise<void> {
  const stored = await get<unknown>(QUERY_CACHE_KEY);
  if (!isDocuments(stored) || headOf(stored) === known) return;
  const text = await readParts(QUERY_CACHE_KEY);
  if (text === null) return;
  const saved = await deserializeCache(text);
  if (saved.buster !== CACHE_FORMAT) return;
  const queries = saved.clientState.queries.filter((query) => !letGo.has(query.queryHash));
  hydrate(client, { ...saved.clientState, queries });
}

async function removeParts(key: string): Promise<void> {
  const previous = await get<unknown>(key);
  await del(key);
  await Promise.all(partKeys(previous).map((part) => del(part)));
}

/** Longest stretch of writing between two turns of the browser, in ms. */
const SLICE_MS = 8;

/**
 * Where the data of a query saved without it is found: in the pages of an infinite query (its
 * hash, and the page's place). A feed's list holds the very pages its page queries hold.
 */
type PageLinks = Record<string, [listHash: string, index: number]>;

interface SavedClient extends PersistedClient {
  pageLinks?: PageLinks;
}

/**
 * The saved cache as JSON documents, each in the slices it was written in: first the client
 * without its queries, then one document per query, so that reading it back is many small
 * parses with the browser's turn in between, not one of megabytes. A query whose data is a
 * page of an infinite query's is written once, in the infinite query, with a link to it
 * (`pageLinks`): a feed's pages are not kept twice. The writing pauses every few milliseconds,
 * within a query's data too: a feed of thousands of items is megabytes of it.
 */
export async function serializeCache(client: PersistedClient): Promise<string[][]> {
  const { queries } = client.clientState;
  const pages = new Map<unknown, [string, number]>();
  for (const query of queries) {
    const list = query.state.data as { pages?: unknown } | undefined;
    if (!Array.isArray(list?.pages)) continue;
    list.pages.forEach((page, index) => {
      if (typeof page === 'object' && page !== null) pages.set(page, [query.queryHash, index]);
    });
  }
  const pageLinks: PageLinks = {};
  const written = queries.map((query) => {
    const link = pages.get(query.state.data);
    if (!link || link[0] === query.queryHash) return query;
    pageLinks[query.queryHash] = link;
    return { ...query, state: { ...query.state, data: undefined } };
  });
  const clientState = { ...client.clientState, queries: [] };
  const head: SavedClient =
    Object.keys(pageLinks).length > 0
      ? { ...client, clientState, pageLinks }
      : { ...client, clientState };
  const slicer = new TimeSlicer(SLICE_MS);
  const documents = [[JSON.stringify(head)]];
  for (const query of written) {
    if (slicer.due()) await slicer.pause();
    documents.push(await stringifyInSlices(query, slicer));
  }
  return documents;
}

/**
 * The saved cache read back from its documents (or from the one JSON text it was once saved
 * as), a few milliseconds of parsing at a time: each linked query takes its page from the
 * infinite query again (the same object, as before saving). One whose page is gone is not
 * restored.
 */
export async function deserializeCache(
  stored: string | readonly string[],
): Promise<PersistedClient> {
  let saved: SavedClient;
  if (typeof stored === 'string') {
    saved = JSON.parse(stored) as SavedClient;
  } else {
    const [head = '{}', ...texts] = stored;
    saved = JSON.parse(head) as SavedClient;
    const slicer = new TimeSlicer(SLICE_MS);
    const queries: PersistedClient['clientState']['queries'] = [];
    for (const text of texts) {
      if (slicer.due()) await slicer.pause();
      queries.push(JSON.parse(text) as PersistedClient['clientState']['queries'][number]);
    }
    saved.clientState = { ...saved.clientState, queries };
  }
  const { pageLinks, ...read } = saved;
  const client = read.buster === FORMAT_NAMED_BY_VERSION ? { ...read, buster: CACHE_FORMAT } : read;
  if (!pageLinks) return client;
  const byHash = new Map(client.clientState.queries.map((query) => [query.queryHash, query]));
  const queries = client.clientState.queries.filter((query) => {
    if (!Object.hasOwn(pageLinks, query.queryHash)) return true;
    const [listHash, index] = pageLinks[query.queryHash] ?? [];
    const list = byHash.get(String(listHash))?.state.data as { pages?: unknown } | undefined;
    const page: unknown = Array.isArray(list?.pages) ? list.pages[Number(index)] : undefined;
    if (page === undefined) return false;
    query.state.data = page;
    return true;
  });
  return { ...client, clientState: { ...client.clientState, queries } };
}

/**
 * Reads the saved cache back into the client (however long ago it was saved, from whichever
 * release of the app, in the same CACHE_FORMAT), then saves the cache as it changes. The first requests may not wait for the
 * restore: what they brought meanwhile is saved at once.
 */
export async function persistQueryCache(client: QueryClient): Promise<void> {
  const options = {
    queryClient: client,
    persister: createQueryPersister(),
    maxAge: Infinity,
    buster: CACHE_FORMAT,
    dehydrateOptions,
  };
  const cache = client.getQueryCache();
  // What the first requests brought before the restore: the only data it may be worth saving
  // at once (what the restore brings back is saved already).
  const before = new Map(cache.getAll().map((query) => [query, query.state.data]));
  await persistQueryClientRestore(options);
  // Once the page has settled: nothing it shows waits on it.
  setTimeout(() => void sweepParts(QUERY_CACHE_KEY).catch(() => undefined), 10_000);
  // What each query held when last saved: only new data is worth writing the cache again. A
  // request starting or ending (a 304 among them) changes no data, and a refresh of hundreds
  // of feeds would otherwise write megabytes every second of it.
  const saved = new WeakMap<object, unknown>();
  for (const query of cache.getAll()) saved.set(query, query.state.data);
  const save = () =>
    takeOtherTabs(client)
      .then(() => persistQueryClientSave(options))
      .catch(() => undefined);
  cache.subscribe((event) => {
    if (event.type === 'removed') letGo.add(event.query.queryHash);
    if (event.type === 'added') letGo.delete(event.query.queryHash);
    if (event.type !== 'added' && event.type !== 'removed' && event.type !== 'updated') return;
    // A query added without data (a page asking for a feed) has nothing to save yet, and one
    // kept in memory only (first items) nothing at all.
    if (event.type !== 'removed' && saved.get(event.query) === event.query.state.data) return;
    if (event.type !== 'removed' && event.query.meta?.persist === false) return;
    saved.set(event.query, event.query.state.data);
    void save();
  });
  const unsaved = cache
    .getAll()
    .some((query) => query.state.data !== undefined && before.get(query) === query.state.data);
  if (unsaved) void save();
}

/**
 * Writes the cache now, not within the next second as changes are: "saved for offline" must
 * hold even if the page is closed at once. False when the write failed (no IndexedDB, no room).
 */
export async function saveQueryCache(client: QueryClient): Promise<boolean> {
  let failed = false;
  try {
    await takeOtherTabs(client);
    await persistQueryClientSave({
      queryClient: client,
      persister: createQueryPersister(0, () => (failed = true)),
      buster: CACHE_FORMAT,
      dehydrateOptions,
    });
    return !failed;
  } catch {
    return false;
  }
}
