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
  /**
   * When the reader marked an article unread again, by articleKey: a read mark made before it
   * is taken back, here and in every copy merged with this one.
   */
  unread?: Record<string, string>;
  /**
   * Marks made before this time were last sorted through then: those kept are all there are
   * (see `mergeData`). ISO time; absent until the first time.
   */
  pruned?: string;
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
  // Marks of another type (broken, or written by hand) are set aside, not dropped unseen.
  let skipped = value === undefined || isRecord(value) ? 0 : 1;
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
  if (state.visits !== undefined && !isRecord(state.visits)) skipped++;
  for (const [feedUrl, visit] of Object.entries(isRecord(state.visits) ? state.visits : {})) {
    const checked = checkVisit(visit);
    if (checked) setOwn(visits, feedUrl, checked);
    else skipped++;
  }
  const data: ReadingData = { read, visits };
  if (isRecord(state.unread)) {
    data.unread = {};
    skipped += readMarks(state.unread, data.unread);
  } else if (state.unread !== undefined) skipped++;
  if (state.pruned !== undefined) {
    if (isDate(state.pruned)) data.pruned = state.pruned;
    else skipped++;
  }
  return { data, skipped };
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
 * time) unless the article was marked unread after it, and per feed the later visit wins.
 * Marks older than the later `pruned` time survive only where that copy kept them: a copy that
 * has not seen the sorting would bring back what it let go. With `union`, nothing is let go (a
 * backup of older marks). Returns `ours` itself when the other changes nothing.
 */
export function mergeData(
  ours: ReadingData,
  theirs: ReadingData,
  { union = false }: { union?: boolean } = {},
): ReadingData {
  const pruned = union ? ours.pruned : later(ours.pruned, theirs.pruned);
  const sortedAt = pruned === undefined ? Number.NEGATIVE_INFINITY : Date.parse(pruned);
  // Entries older than the sorting that the copy which sorted them no longer has.
  const keptByUs = !union && pruned !== undefined && pruned !== theirs.pruned;
  const sortedOut = (at: string) => keptByUs && Date.parse(at) < sortedAt;
  const ourUnread = ours.unread ?? NONE;
  const unread = laterTimes(ourUnread, theirs.unread ?? NONE, sortedOut);
  const unreadAt = (key: string) => Date.parse(own(unread, key) ?? '') || Number.NEGATIVE_INFINITY;

  let read = ours.read;
  const keptByThem = pruned !== undefined && pruned !== ours.pruned;
  // Ours holds no mark older than its own unread times: only theirs can take marks back.
  if (keptByThem || unread !== ourUnread) {
    const kept: Record<string, string> = {};
    for (const [key, at] of Object.entries(ours.read)) {
      const time = Date.parse(at);
      const sorted = keptByThem && time < sortedAt && !Object.hasOwn(theirs.read, key);
      if (!sorted && time > unreadAt(key)) setOwn(kept, key, at);
    }
    if (Object.keys(kept).length < Object.keys(read).length) read = kept;
  }
  const change = () => (read === ours.read ? (read = { ...read }) : read);
  for (const [key, at] of Object.entries(theirs.read)) {
    if (Object.hasOwn(read, key) || sortedOut(at) || Date.parse(at) <= unreadAt(key)) continue;
    setOwn(change(), key, at);
  }
  let visits = ours.visits;
  for (const [feedUrl, visit] of Object.entries(theirs.visits)) {
    const mine = own(visits, feedUrl);
    if (!mine || Date.parse(visit.current) > Date.parse(mine.current)) {
      if (visits === ours.visits) visits = { ...visits };
      setOwn(visits, feedUrl, visit);
    }
  }
  const same = read === ours.read && visits === ours.visits && unread === ourUnread;
  if (same && pruned === ours.pruned) return ours;
  const merged: ReadingData = { read, visits };
  if (Object.keys(unread).length > 0) merged.unread = unread;
  if (pruned !== undefined) merged.pruned = pruned;
  return merged;
}

const NONE: Readonly<Record<string, string>> = Object.freeze({});

/** Both records by key, the later time winning; `ours` itself when theirs adds nothing. */
function laterTimes(
  ours: Readonly<Record<string, string>>,
  theirs: Readonly<Record<string, string>>,
  skip: (at: string) => boolean,
): Readonly<Record<string, string>> {
  let merged = ours;
  for (const [key, at] of Object.entries(theirs)) {
    const mine = own(merged, key);
    if (skip(at) || (mine !== undefined && Date.parse(mine) >= Date.parse(at))) continue;
    if (merged === ours) merged = { ...ours };
    setOwn(merged as Record<string, string>, key, at);
  }
  return merged;
}

/** The later of two ISO times, either of which may be absent. */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return Date.parse(b) > Date.parse(a) ? b : a;
}
