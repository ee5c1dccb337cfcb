/** Languages written right to left, by their first subtag: Arabic, Hebrew, Persian, Urdu… */
const RIGHT_TO_LEFT = /^(?:ar|ckb|dv|fa|he|iw|ji|ks|ps|sd|ug|ur|yi)$/;
/** …and by their script, where the tag names one ("az-Arab"). */
const RIGHT_TO_LEFT_SCRIPT = /^(?:arab|hebr|thaa|syrc|nkoo|adlm)$/;

/** Letters of the scripts written right to left. */
const RIGHT_TO_LEFT_LETTER =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thaana}\p{Script=Syriac}\p{Script=Nko}\p{Script=Adlam}]/u;

/**
 * How text in `language` runs: right to left for the languages written so, whatever letter a
 * line starts with ("AI Red Teaming מוסבר" is Hebrew); else each line by its first letter. A
 * `text` with no letter of those scripts runs left to right in any language: a Hebrew feed's
 * description in English ("Articles & News from Ravia & Co.").
 */
export function textDirection(language: string | undefined, text?: string): 'rtl' | 'auto' {
  const [primary = '', ...subtags] = (language ?? '').toLowerCase().split(/[-_]/);
  const script = subtags.find((subtag) => subtag.length === 4);
  const rightToLeft = script ? RIGHT_TO_LEFT_SCRIPT.test(script) : RIGHT_TO_LEFT.test(primary);
  return rightToLeft && (text === undefined || RIGHT_TO_LEFT_LETTER.test(text)) ? 'rtl' : 'auto';
}
