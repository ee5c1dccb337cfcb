import * as v from 'valibot';
import type { Comment } from '../types';

const EXPORT_FORMAT = 'broadsheet-comments';
const EXPORT_VERSION = 1;

export interface CommentsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  comments: Comment[];
}

export function toExport(comments: Comment[], now = new Date()): CommentsExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    comments,
  };
}

export const date = v.pipe(
  v.string(),
  v.check((value) => !Number.isNaN(Date.parse(value))),
  v.transform((value) => new Date(value).toISOString()),
);

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

const fileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.maxValue(EXPORT_VERSION)),
  comments: v.array(v.unknown()),
});

export type ImportResult = { ok: true; comments: Comment[]; skipped: number } | { ok: false };

/** An export file read leniently: entries that do not fit are skipped and counted. */
export function parseExport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const file = v.safeParse(fileSchema, data);
  if (!file.success) return { ok: false };
  const comments: Comment[] = [];
  for (const entry of file.output.comments) {
    const result = v.safeParse(commentSchema, entry);
    if (result.success) comments.push(result.output);
  }
  return { ok: true, comments, skipped: file.output.comments.length - comments.length };
}
