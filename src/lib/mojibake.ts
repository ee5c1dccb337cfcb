/**
 * The characters Windows-1252 gives the bytes 0x80–0x9F (and, for the five it leaves undefined,
 * the control characters a decoder reads them as), in byte order.
 */
const HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';
/** A byte that continues a UTF-8 sequence (0x80–0xBF), as Windows-1252 or Latin-1 shows it. */
const NEXT = `[${HIGH}\\u0080-\\u00BF]`;
/** A UTF-8 sequence of two, three or four bytes, each shown as its Windows-1252 character. */
const SEQUENCE = new RegExp(
  `[\\u00C2-\\u00DF]${NEXT}|[\\u00E0-\\u00EF]${NEXT}{2}|[\\u00F0-\\u00F4]${NEXT}{3}`,
  'g',
);
/**
 * What only such a text holds: the start of a quotation mark or a dash ("â€™", "â€”"), a
 * letter of Latin-1 ("Ã©"), a no-break space ("Â "), or an emoji ("ðŸ˜€").
 */
const TELLTALE = /â[€\u0080]|[ÂÃ][\u0080-\u00BF]|ðŸ/;
/** What Mac OS Roman shows for the bytes 0x80–0xBF, in byte order. */
const MAC_HIGH = 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø';
/** A quotation mark or a dash (UTF-8 E2 80 xx) as Mac OS Roman shows it: "‚Äô" for "’". */
const MAC_PUNCTUATION = new RegExp(`‚Ä([${MAC_HIGH}])`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A text written in UTF-8 and read somewhere along the way as Windows-1252, as many old blogs'
 * feeds carry it ("doesnâ€™t", "cafÃ©"), or as Mac OS Roman ("doesn‚Äôt"), as it was meant
 * ("doesn’t", "café"). Only a text that holds what such a reading alone writes is mended, so a
 * French capital before a guillemet ("L'ÉTÉ»", the bytes of "ɻ") stays as written elsewhere.
 */
export function mended(text: string): string {
  if (!TELLTALE.test(text) && !text.includes('‚Ä')) return text;
  return (
    text
      .replace(SEQUENCE, (sequence) => {
        const bytes = Array.from(sequence, (char) => {
          const code = char.charCodeAt(0);
          return code <= 0xff ? code : 0x80 + HIGH.indexOf(char);
        });
        return decoded(bytes) || sequence;
      })
      // A closing quotation mark's last byte, which Windows-1252 leaves undefined, often lost,
      // and a no-break space's made a space.
      .replace(/â€(?:\uFFFD)?/g, '”')
      .replaceAll('Â ', ' ')
      .replace(MAC_PUNCTUATION, (_, third: string) =>
        decoded([0xe2, 0x80, 0x80 + MAC_HIGH.indexOf(third)]),
      )
  );
}

function decoded(bytes: number[]): string {
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return '';
  }
}
