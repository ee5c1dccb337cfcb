/** A feed's visits: this session's (`current`) and the one before (`previous`). ISO times. */
interface Visit {
  previous?: string;
  current: string;
}

/** What the reading store keeps in storage, keyed by feed URL. Plain JSON values only. */
export interface ReadingData {
  /** When each article was opened, by feed URL and article id. */
  read: Record<string, Record<string, string>>;
  visits: Record<string, Visit>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * Stored reading data from any version, checked field by field: entries that do not fit are
 * dropped and the rest kept, so one bad value never costs the reader every read mark.
 */
export function readData(persisted: unknown): ReadingData {
  const state = isRecord(persisted) ? persisted : {};
  const read: ReadingData['read'] = {};
  for (const [feedUrl, marks] of Object.entries(isRecord(state.read) ? state.read : {})) {
    if (!isRecord(marks)) continue;
    const kept: Record<string, string> = {};
    for (const [id, at] of Object.entries(marks)) if (isDate(at)) kept[id] = at;
    read[feedUrl] = kept;
  }
  const visits: ReadingData['visits'] = {};
  for (const [feedUrl, visit] of Object.entries(isRecord(state.visits) ? state.visits : {})) {
    if (!isRecord(visit) || !isDate(visit.current)) continue;
    visits[feedUrl] = isDate(visit.previous)
      ? { previous: visit.previous, current: visit.current }
      : { current: visit.current };
  }
  return { read, visits };
}

/**
 * Another copy merged into `ours` by key: every read mark of either survives (ours keeps its
 * time), and per feed the later visit wins. Returns `ours` itself when the other adds nothing,
 * and keeps each unchanged feed's object, so subscribers of other feeds see no change.
 */
export function mergeData(ours: ReadingData, theirs: ReadingData): ReadingData {
  let read = ours.read;
  for (const [feedUrl, marks] of Object.entries(theirs.read)) {
    const mine = read[feedUrl] ?? {};
    const added = Object.entries(marks).filter(([id]) => !(id in mine));
    if (added.length > 0) read = { ...read, [feedUrl]: { ...mine, ...Object.fromEntries(added) } };
  }
  let visits = ours.visits;
  for (const [feedUrl, visit] of Object.entries(theirs.visits)) {
    const mine = visits[feedUrl];
    if (!mine || Date.parse(visit.current) > Date.parse(mine.current)) {
      visits = { ...visits, [feedUrl]: visit };
    }
  }
  return read === ours.read && visits === ours.visits ? ours : { read, visits };
}

/** Whether `stored` already holds everything in `ours`. */
export function covers(stored: ReadingData, ours: ReadingData): boolean {
  return mergeData(stored, ours) === stored;
}
