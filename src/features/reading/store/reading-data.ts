import { articleKey, parseArticleKey } from '../../../lib/article-ref';
import { own, setOwn } from '../../../lib/own';

/** A feed's visits: this session's (`current`) and the one before (`previous`). ISO times. */
interface Visit {
  previous?: string;
  current: string;
}

/** What the reading store keeps in storage. Plain JSON values only. */
export interface ReadingData {
  /** When each article was opened, by articleKey (feed URL and article id). */
  read: Record<string, string>;
  /** By feed URL. */
  visits: Record<string, Visit>;
}

/** Read marks as a backup file (and version 1 of the store) holds them: by feed, then by id. */
export type ReadByFeed = Record<string, Record<string, string>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Checked by hand: this module ships with the list page, the schema library does not.
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

function checkVisit(value: unknown): Visit | undefined {
  if (!isRecord(value) || !isDate(value.current)) return undefined;
  if (value.previous === undefined) return { current: value.current };
  return isDate(value.previous) ? { previous: value.previous, current: value.current } : undefined;
}

/** Read marks given by feed and then id (version 1, backups) or by articleKey (version 2). */
function readMarks(value: unknown, read: Record<string, string>): number {
  let skipped = 0;
  for (const [key, mark] of Object.entries(isRecord(value) ? value : {})) {
    if (isRecord(mark)) {
      for (const [id, at] of Object.entries(mark)) {
        if (isDate(at)) setOwn(read, articleKey({ feedUrl: key, id }), at);
        else skipped++;
      }
    } else if (isDate(mark) && parseArticleKey(key)) setOwn(read, key, mark);
    else skipped++;
  }
  return skipped;
}

/**
 * Stored reading data from any version, checked entry by entry: entries that do not fit are
 * skipped and counted and the rest kept, so one bad value never costs the reader every mark.
 */
export function readData(persisted: unknown): { data: ReadingData; skipped: number } {
  const state = isRecord(persisted) ? persisted : {};
  const read: Record<string, string> = {};
  let skipped = readMarks(state.read, read);
  const visits: Record<string, Visit> = {};
  for (const [feedUrl, visit] of Object.entries(isRecord(state.visits) ? state.visits : {})) {
    const checked = checkVisit(visit);
    if (checked) setOwn(visits, feedUrl, checked);
    else skipped++;
  }
  return { data: { read, visits }, skipped };
}

/** Read marks by feed, then id: the shape of a backup file. */
export function marksByFeed(read: Readonly<Record<string, string>>): ReadByFeed {
  const byFeed: ReadByFeed = {};
  for (const [key, at] of Object.entries(read)) {
    const ref = parseArticleKey(key);
    if (!ref) continue;
    if (!Object.hasOwn(byFeed, ref.feedUrl)) setOwn(byFeed, ref.feedUrl, {});
    setOwn(own(byFeed, ref.feedUrl) ?? {}, ref.id, at);
  }
  return byFeed;
}

/**
 * Another copy merged into `ours` by key: every read mark of either survives (ours keeps its
 * time), and per feed the later visit wins. Returns `ours` itself when the other adds nothing.
 */
export function mergeData(ours: ReadingData, theirs: ReadingData): ReadingData {
  let read = ours.read;
  for (const [key, at] of Object.entries(theirs.read)) {
    if (Object.hasOwn(read, key)) continue;
    if (read === ours.read) read = { ...read };
    setOwn(read, key, at);
  }
  let visits = ours.visits;
  for (const [feedUrl, visit] of Object.entries(theirs.visits)) {
    const mine = own(visits, feedUrl);
    if (!mine || Date.parse(visit.current) > Date.parse(mine.current)) {
      if (visits === ours.visits) visits = { ...visits };
      setOwn(visits, feedUrl, visit);
    }
  }
  return read === ours.read && visits === ours.visits ? ours : { read, visits };
}
