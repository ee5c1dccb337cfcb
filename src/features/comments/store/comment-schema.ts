import * as v from 'valibot';
import type { Comment, CommentRecord } from '../types';

export const date = v.pipe(
  v.string(),
  v.check((value) => !Number.isNaN(Date.parse(value))),
  v.transform((value) => new Date(value).toISOString()),
);

/**
 * The one check of a comment, wherever it comes from: storage at start-up, another tab, an
 * export file or a backup. Files from before `updatedAt` existed are read too.
 */
export const commentSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.nonEmpty()),
    threadKey: v.string(),
    parentId: v.nullable(v.string()),
    author: v.string(),
    text: v.string(),
    createdAt: date,
    updatedAt: v.optional(date),
    editedAt: v.optional(date),
    deleted: v.optional(v.boolean()),
  }),
  v.check((comment) => comment.parentId !== comment.id),
  v.transform(({ updatedAt, editedAt, deleted, ...comment }): Comment => ({
    ...comment,
    updatedAt: updatedAt ?? editedAt ?? comment.createdAt,
    ...(editedAt && { editedAt }),
    ...(deleted && { deleted }),
  })),
);

/** The comments among `values` that pass the check; the others are counted in `skipped`. */
export function readCommentList(values: readonly unknown[]): {
  comments: Comment[];
  skipped: number;
} {
  const comments: Comment[] = [];
  for (const value of values) {
    const result = v.safeParse(commentSchema, value);
    if (result.success) comments.push(result.output);
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
  return { data: { comments: toRecord(comments) }, skipped };
}
