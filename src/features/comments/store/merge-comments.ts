import type { Comment, CommentRecord } from '../types';

const isString = (value: unknown): value is string => typeof value === 'string';
const isDate = (value: unknown): value is string =>
  isString(value) && !Number.isNaN(Date.parse(value));

/** A stored comment, checked by hand: this module ships with the list page, valibot does not. */
function isComment(value: unknown): value is Comment {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    isString(c.id) &&
    c.id !== '' &&
    isString(c.threadKey) &&
    (c.parentId === null || (isString(c.parentId) && c.parentId !== c.id)) &&
    isString(c.author) &&
    isString(c.text) &&
    isDate(c.createdAt) &&
    isDate(c.updatedAt) &&
    (c.editedAt === undefined || isDate(c.editedAt)) &&
    (c.deleted === undefined || typeof c.deleted === 'boolean')
  );
}

/** The comments in a persisted state, keyed by their own id; `dropped` counts unreadable ones. */
export function readComments(state: unknown): { comments: CommentRecord; dropped: number } {
  const raw = (state as { comments?: unknown } | null)?.comments;
  if (typeof raw !== 'object' || raw === null)
    return { comments: {}, dropped: raw == null ? 0 : 1 };
  const comments: Record<string, Comment> = {};
  let dropped = 0;
  for (const value of Object.values(raw)) {
    if (isComment(value)) comments[value.id] = value;
    else dropped++;
  }
  return { comments, dropped };
}

/** Of two copies of one comment, the one changed last; on a tie a deletion wins. */
export function newer(a: Comment, b: Comment): Comment {
  // Most merges compare a comment with its own unchanged copy: thousands of them per save.
  if (a === b) return a;
  const byTime =
    a.updatedAt === b.updatedAt ? 0 : Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  if (byTime !== 0) return byTime > 0 ? a : b;
  if (Boolean(a.deleted) !== Boolean(b.deleted)) return a.deleted ? a : b;
  if (sameValues(a, b)) return a;
  // Same moment, same state: pick by content so that every tab settles on the same copy.
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** Same keys in the same order with the same plain values: the same JSON, without writing it. */
function sameValues(a: object, b: object): boolean {
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as keyof typeof a;
    if (key !== other[i]) return false;
    const value: unknown = a[key];
    if (value !== b[key] || (typeof value === 'object' && value !== null)) return false;
  }
  return true;
}

/**
 * Both sets of comments, merged by id. Returns `current` itself when `incoming` adds nothing,
 * so subscribers see no change.
 */
export function mergeComments(current: CommentRecord, incoming: CommentRecord): CommentRecord {
  let merged: Record<string, Comment> | undefined;
  for (const [id, theirs] of Object.entries(incoming)) {
    const ours = current[id];
    const winner = ours ? newer(ours, theirs) : theirs;
    if (winner === ours) continue;
    merged ??= { ...current };
    merged[id] = winner;
  }
  return merged ?? current;
}

/** A timestamp strictly after `previous`, so a change always wins over what it replaces. */
export function nextTimestamp(previous?: string): string {
  const after = previous ? Date.parse(previous) + 1 : 0;
  return new Date(Math.max(Date.now(), after)).toISOString();
}
