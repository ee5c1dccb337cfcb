import * as v from 'valibot';
import { LoadError } from '../../../lib/http';
import type { ExistingComment } from '../types';

const idSchema = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.transform(String))]),
  v.trim(),
  v.nonEmpty(),
);

const dateSchema = v.pipe(
  v.string(),
  v.check((value) => !Number.isNaN(Date.parse(value))),
  v.transform((value) => new Date(value).toISOString()),
);

const commentSchema = v.object({
  id: idSchema,
  parent_id: v.fallback(v.nullish(idSchema), null),
  author: v.fallback(
    v.optional(v.object({ name: v.fallback(v.optional(v.string()), undefined) })),
    undefined,
  ),
  content_text: v.string(),
  date_published: dateSchema,
});

const documentSchema = v.object({
  version: v.optional(v.unknown()),
  comments: v.array(v.unknown()),
});

/**
 * A comments document (`{ version: 1, comments: [...] }`) read leniently: entries that do not
 * fit are skipped, a repeated id keeps its first entry. Only a document without a comments
 * list is an error.
 */
export function parseComments(data: unknown): ExistingComment[] {
  const document = v.safeParse(documentSchema, data);
  if (!document.success) {
    throw new LoadError('format', 'This is not a comments document: it has no comments list.');
  }
  const seen = new Set<string>();
  const comments: ExistingComment[] = [];
  for (const entry of document.output.comments) {
    const result = v.safeParse(commentSchema, entry);
    if (!result.success || seen.has(result.output.id)) continue;
    const { id, parent_id, author, content_text, date_published } = result.output;
    seen.add(id);
    comments.push({
      id,
      parentId: parent_id == null || parent_id === id ? null : parent_id,
      author: author?.name?.trim() ?? '',
      text: content_text,
      createdAt: date_published,
    });
  }
  return comments;
}
