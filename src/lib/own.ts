/**
 * Records keyed by data (ids from storage or a file) must treat every key as data: a plain
 * `record[key]` reads `Object.prototype` for "constructor" and assigning "__proto__" changes
 * the prototype instead of adding an entry.
 */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Adds or replaces an entry as data, whatever its key. */
export function setOwn<V>(record: Record<string, V>, key: string, value: V) {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The record without `key`; the record itself when it had no such entry. */
export function withoutOwn<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  if (!Object.hasOwn(record, key)) return record;
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
