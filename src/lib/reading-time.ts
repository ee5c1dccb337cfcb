/** Common figures for adults reading on screen: words, and the characters of Chinese and Japanese. */
export const WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Chinese and Japanese, written without spaces between words: read by the character. */
const WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CHARACTERS_PER_MINUTE = 500;

/** Whole minutes to read `text`, at least 1. */
export function readingMinutes(text: string): number {
  const characters = text.match(WITHOUT_SPACES)?.length ?? 0;
  const words = countWords(characters > 0 ? text.replace(WITHOUT_SPACES, ' ') : text);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + characters / CHARACTERS_PER_MINUTE));
}
