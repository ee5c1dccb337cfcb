/** Languages written right to left, by their first subtag: Arabic, Hebrew, Persian, Urdu… */
const RIGHT_TO_LEFT = /^(?:ar|ckb|dv|fa|he|iw|ji|ks|ps|sd|ug|ur|yi)$/;
/** …and by their script, where the tag names one ("az-Arab"). */
const RIGHT_TO_LEFT_SCRIPT = /^(?:arab|hebr|thaa|syrc|nkoo|adlm)$/;

/**
 * How text in `language` runs: right to left for the languages written so, whatever letter a
 * line starts with ("AI Red Teaming מוסבר" is Hebrew); else each line by its first letter.
 */
export function textDirection(language: string | undefined): 'rtl' | 'auto' {
  const [primary = '', ...subtags] = (language ?? '').toLowerCase().split(/[-_]/);
  const script = subtags.find((subtag) => subtag.length === 4);
  return (script ? RIGHT_TO_LEFT_SCRIPT.test(script) : RIGHT_TO_LEFT.test(primary))
    ? 'rtl'
    : 'auto';
}
