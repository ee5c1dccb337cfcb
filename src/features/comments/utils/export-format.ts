import * as v from 'valibot';
import { readCommentList } from '../store/comment-schema';
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

const fileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.maxValue(EXPORT_VERSION)),
  comments: v.array(v.unknown()),
});

export type ImportResult =
  { ok: true; comments: Comment[]; skipped: number } | { ok: false; reason: string };

const NOT_AN_EXPORT = 'That file is not a Broadsheet comments export.';

/**
 * An export file read leniently: entries that do not fit are skipped and counted. A file that
 * cannot be read says why: an export cut short, a backup of everything, or something else.
 */
export function parseExport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const cut = text.includes(`"${EXPORT_FORMAT}"`);
    return {
      ok: false,
      reason: cut
        ? 'That comments export could not be read: it is cut short or damaged.'
        : NOT_AN_EXPORT,
    };
  }
  const file = v.safeParse(fileSchema, data);
  if (!file.success) {
    const backup = (data as { format?: unknown } | null)?.format === 'broadsheet-backup';
    return {
      ok: false,
      reason: backup
        ? 'That file is a backup of everything: import it in Settings, under “Your data”.'
        : NOT_AN_EXPORT,
    };
  }
  // The store's own check: a file entry is read exactly as a stored one.
  const { comments, skipped } = readCommentList(file.output.comments);
  return { ok: true, comments, skipped };
}
