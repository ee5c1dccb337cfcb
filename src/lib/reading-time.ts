/** Common figures for adults reading on screen: words, and the characters of Chinese and Japanese. */
export const WORDS_PER_MINUTE = 230;

/** Chinese and Japanese, written without spaces between words: read by the character. */
const BY_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CHARACTERS_PER_MINUTE = 500;
/**
 * Thai, Lao, Khmer and Burmese, also written without spaces between words: their words are
 * found by the platform's word breaker (Intl.Segmenter), which knows their dictionaries.
 */
const BY_DICTIONARY = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let segmenter: Intl.Segmenter | undefined;

/**
 * Words to read in `text`: a Chinese or Japanese character counts for the part of a word that
 * takes as long to read.
 */
export function countWords(text: string): number {
  const characters = text.match(BY_CHARACTER)?.length ?? 0;
  const rest = characters > 0 ? text.replace(BY_CHARACTER, ' ') : text;
  return spacedWords(rest) + (characters * WORDS_PER_MINUTE) / CHARACTERS_PER_MINUTE;
}

function spacedWords(text: string): number {
  if (BY_DICTIONARY.test(text) && typeof Intl.Segmenter === 'function') {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    let count = 0;
    for (const { isWordLike } of segmenter.segment(text)) if (isWordLike) count++;
    return count;
  }
  return text.match(/\S+/g)?.length ?? 0;
}

/** Whole minutes to read `text`, at least 1. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}
