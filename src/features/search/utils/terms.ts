/**
 * A letter, digit or symbol: neither space nor punctuation, nor the symbols of code and sums
 * that stand around words ("`<Dial>`", "a=b", "$100").
 */
const WORD = String.raw`[^\n\r\p{Z}\p{P}<>=\x60^|~$]`;
/**
 * What lies between spaces and punctuation, where MiniSearch's own tokenizer splits text, with
 * the `#` that ends a word and the `.` that begins one before letters (C#, F#, .NET; `+` is no
 * punctuation: C++ is whole anyway); and an abbreviation joined by `&` (AT&T, R&D, Q&A), whose
 * parts alone would be letters found in every text.
 */
const RUN = new RegExp(
  String.raw`(?<!${WORD})\p{L}{1,3}&\p{L}{1,3}(?!${WORD})|(?:(?<=^|[\s\p{Ps}\p{Pi}])\.(?=\p{L}))?${WORD}+(?:#+(?!${WORD}))?`,
  'gu',
);
/** Scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer, Burmese. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of a text and where each starts: what lies between spaces and punctuation, and in
 * a script written without spaces, the words the browser's dictionary finds ("さらなる防寒対策"
 * is さらなる, 防寒 and 対策), so that a search finds a word inside a sentence of them.
 */
export function* wordsOf(text: string): Generator<{ word: string; index: number }> {
  // Most texts have none of those scripts: each run is then a word, with no test of its own.
  const mixed = UNSPACED.test(text) && typeof Intl.Segmenter === 'function';
  for (const run of text.matchAll(RUN)) {
    if (!mixed || !UNSPACED.test(run[0])) {
      yield { word: run[0], index: run.index };
      continue;
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const part of segmenter.segment(run[0])) {
      if (part.isWordLike) yield { word: part.segment, index: run.index + part.index };
    }
  }
}

/** The words of a text, for the index and for a query alike. */
export function tokenize(text: string): string[] {
  return Array.from(wordsOf(text), ({ word }) => word);
}

/**
 * A letter of the scripts whose marks are accents, and its marks: "é" is "e", "ё" is "е", and
 * Hebrew's points and Arabic's vowel signs go. In the others a mark makes another letter, and
 * stays: kana's voicing marks (た, だ), the vowel signs of Thai and the Indic scripts.
 */
const ACCENTED =
  /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}])\p{M}+/gu;

/**
 * One form for indexing, querying and highlighting: lower case, accents removed ("Café" → "cafe"),
 * and an Arabic word without its article (below).
 */
export function normalizeTerm(term: string): string {
  const word = term.normalize('NFD').replace(ACCENTED, '$1').normalize('NFC').toLowerCase();
  return ARABIC.test(word) ? arabicWord(word) : word;
}

/** The Arabic block, where the article and the letters below are. */
const ARABIC = /[\u0600-\u06ff]/;
/**
 * The article ال, alone or after و, ف, ب or ك, or after ل as لل, where three letters or more
 * remain: الكتاب, والكتاب and للكتاب are كتاب, but الذي, ألقى and الله stay whole, as a
 * stem of two letters would begin too many other words.
 */
const ARTICLE = /^(?:[وفبك]?ال|[وف]?لل)(?=.{3})/u;

/**
 * An Arabic word as readers search for it: its vowel signs and hamzas are gone with the other
 * marks (أ, إ and آ are ا), and so are the tatweel (ـ) that only stretches a line and the
 * article; ة is ه and ى is ي, as they are often written.
 */
function arabicWord(word: string): string {
  return word
    .replace(/\u0640/g, '')
    .replace(ARTICLE, '')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}
