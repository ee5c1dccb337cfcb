import type { Comment } from '../../src/features/comments/types';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same thread everywhere. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

const NAMES = ['Mira', 'Jonas Berg', 'Nadia', 'Karl Weiss', 'Ellen', 'Ana', '', 'Tomasz', 'Li Wei'];
const WORDS =
  'the tram harbour council line stop evening quiet market station ferry people week new ' +
  'morning rain bridge route timetable coffee square late early busy crowded smooth';

/**
 * A thread of `count` local comments with mixed depth and width: some top-level comments, some
 * long reply chains, some comments with many direct replies. Deterministic for a given seed.
 */
export function generateThread({
  threadKey,
  count,
  seed = 1,
  start = '2024-03-01T08:00:00.000Z',
  topLevel = 0.12,
  chain = 0.45,
}: GenerateOptions): Comment[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = WORDS.split(' ');
  const comments: Comment[] = [];
  let time = Date.parse(start);
  for (let i = 0; i < count; i++) {
    let parentId: string | null = null;
    if (comments.length > 0 && random() >= topLevel) {
      const recent = random() < chain;
      const index = recent
        ? comments.length - 1 - Math.floor(random() * Math.min(3, comments.length))
        : Math.floor(random() * comments.length);
      parentId = comments[index]?.id ?? null;
    }
    time += 1000 + Math.floor(random() * 600_000);
    const createdAt = new Date(time).toISOString();
    const length = 3 + Math.floor(random() * 30);
    comments.push({
      id: `gen-${seed}-${i}`,
      threadKey,
      parentId,
      author: pick(NAMES),
      text: Array.from({ length }, () => pick(words)).join(' '),
      createdAt,
      updatedAt: createdAt,
    });
  }
  return comments;
}

/** The same comments keyed by id, as the store holds them. */
export function toRecord(comments: readonly Comment[]): Record<string, Comment> {
  return Object.fromEntries(comments.map((comment) => [comment.id, comment]));
}
