import type { Comment, CommentRecord } from '../types';

const isString = (value: unknown): value is string => typeof value === 'string';

/** An ISO time from any date the browser reads, or undefined. */
function isoDate(value: unknown): string | undefined {
  if (!isString(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The one check of a comment, wherever it comes from: storage at start-up, another tab, an
 * export file or a backup. Files from before `updatedAt` existed are read too. Written by hand
 * rather than with valibot: this module ships with the list page (the comment count), and the
 * schema library does not.
 */
function checkComment(value: unknown): Comment | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as Record<string, unknown>;
  const createdAt = isoDate(c.createdAt);
  const updatedAt = c.updatedAt === undefined ? undefined : isoDate(c.updatedAt);
  const editedAt = c.editedAt === undefined ? undefined : isoDate(c.editedAt);
  if (
    !isString(c.id) ||
    c.id === '' ||
    !isString(c.threadKey) ||
    !(c.parentId === null || (isString(c.parentId) && c.parentId !== c.id)) ||
    !isString(c.author) ||
    !isString(c.text) ||
    !createdAt ||
    (c.updatedAt !== undefined && !updatedAt) ||
    (c.editedAt !== undefined && !editedAt) ||
    !(c.deleted === undefined || typeof c.deleted === 'boolean')
  )
    return undefined;
  return {
    id: c.id,
    threadKey: c.threadKey,
    parentId: c.parentId,
    author: c.author,
    text: c.text,
    createdAt,
    updatedAt: updatedAt ?? editedAt ?? createdAt,
    ...(editedAt && { editedAt }),
    ...(c.deleted === true && { deleted: true }),
  };
}

/** The comments among `values` that pass the check; the others are counted in `skipped`. */
export function readCommentList(values: readonly unknown[]): {
  comments: Comment[];
  skipped: number;
} {
  const comments: Comment[] = [];
  for (const value of values) {
    const comment = checkComment(value);
    if (comment) comments.push(comment);
  }
  return { comments, skipped: values.length - comments.length };
}

/** Comments keyed by their own id; any id is kept as data, `__proto__` included. */
export function toRecord(comments: readonly Comment[]): CommentRecord {
  return Object.fromEntries(comments.map((comment) => [comment.id, comment]));
}

/** The comments in a persisted state of any version (all versions so far share one shape). */
export function readCommentState(state: unknown): {
  data: { comments: CommentRecord };
  skipped: number;
} {
  const raw = (state as { comments?: unknown } | null)?.comments;
  if (raw == null) return { data: { comments: {} }, skipped: 0 };
  if (typeof raw !== 'object') return { data: { comments: {} }, skipped: 1 };
  const { comments, skipped } = readCommentList(Object.values(raw));
  const record = toRecord(comments);
  // Two stored under one id: one would be lost at the next write, so the whole is set aside.
  const repeated = comments.length - Object.keys(record).length;
  return { data: { comments: record }, skipped: skipped + repeated };
}
