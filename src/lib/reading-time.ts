/** A common figure for adults reading on screen. */
export const WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Whole minutes to read `text`, at least 1. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}
