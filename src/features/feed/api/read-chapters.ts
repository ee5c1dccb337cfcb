import * as v from 'valibot';
import { LoadError } from '../../../lib/http';
import { LIMITS } from './limits';
import { clean, safeUrl } from './normalize';
import type { Chapter } from './types';

/** A start in seconds, as the format writes it, or as a string of them, as some hosts do. */
const seconds = v.union([
  v.pipe(v.number(), v.finite(), v.minValue(0)),
  v.pipe(v.string(), v.trim(), v.regex(/^\d+(?:\.\d+)?$/), v.transform(Number)),
]);

const chapterSchema = v.object({
  startTime: seconds,
  title: v.fallback(v.optional(v.string()), undefined),
  url: v.fallback(v.optional(v.string()), undefined),
  toc: v.fallback(v.optional(v.boolean()), undefined),
});

const documentSchema = v.object({ chapters: v.array(v.unknown()) });

/**
 * The chapters a listener can jump to, in the order they play: each with a start and a title,
 * except those the document keeps out of the table of contents (`"toc": false`, markers for
 * pictures or places). A document that is not chapters fails with a LoadError.
 */
export function readChapters(text: string, base: string): Chapter[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new LoadError('json', 'The episode’s chapters are not valid JSON.');
  }
  const document = v.safeParse(documentSchema, parsed);
  if (!document.success) {
    throw new LoadError('format', 'The episode’s chapters document lists no chapters.');
  }
  const chapters = document.output.chapters.flatMap((raw): Chapter[] => {
    const chapter = v.safeParse(chapterSchema, raw);
    if (!chapter.success || chapter.output.toc === false) return [];
    const title = clean(chapter.output.title, LIMITS.titleLength);
    if (!title) return [];
    const url = safeUrl(chapter.output.url, base);
    const start = chapter.output.startTime;
    return [url ? { start, title, url } : { start, title }];
  });
  return chapters.sort((a, b) => a.start - b.start).slice(0, LIMITS.chapters);
}
