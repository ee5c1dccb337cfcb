/**
 * idb-keyval over a Map: jsdom has no IndexedDB. `refuse` makes writes fail as a full disk or a
 * private window does. Use with `vi.mock('idb-keyval', () => import('./saved-idb-memory'))`.
 */
const values = new Map<IDBValidKey, unknown>();
const state = { refuse: false };

export function get<T>(key: IDBValidKey): Promise<T | undefined> {
  return Promise.resolve(values.get(key) as T | undefined);
}

export function set(key: IDBValidKey, value: unknown): Promise<void> {
  if (state.refuse) return Promise.reject(new DOMException('No room', 'QuotaExceededError'));
  values.set(key, value);
  return Promise.resolve();
}

export function del(key: IDBValidKey): Promise<void> {
  values.delete(key);
  return Promise.resolve();
}

export function keys(): Promise<IDBValidKey[]> {
  return Promise.resolve([...values.keys()]);
}

/** Empties the database and makes it accept writes again. */
export function resetMemoryDb() {
  values.clear();
  state.refuse = false;
}

export function refuseWrites() {
  state.refuse = true;
}
