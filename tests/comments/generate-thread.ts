import { generateThread as generate } from '../../bench/generate.mjs';
import type { Comment } from '../../src/features/comments/types';

export interface GenerateOptions {
  threadKey: string;
  count: number;
  seed?: number;
  /** Time of the first comment; each next one comes 1 s to 10 min later. */
  start?: string;
  /** Share of top-level comments (the rest are replies). */
  topLevel?: number;
  /** Share of replies that answer one of the last few comments, making deep chains. */
  chain?: number;
}

/** The benchmark's deterministic thread generator, typed as the store's comments. */
export function generateThread(options: GenerateOptions): Comment[] {
  return generate(options);
}

/** The same comments keyed by id, as the store holds them. */
export function toRecord(comments: readonly Comment[]): Record<string, Comment> {
  return Object.fromEntries(comments.map((comment) => [comment.id, comment]));
}
