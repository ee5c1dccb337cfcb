// @vitest-environment node
// Node, not jsdom: feeds are read in a worker, where there is no DOM.
import { describe, expect, it } from 'vitest';
import { mended } from '../../src/lib/mojibake';

describe('text read in the wrong encoding on its way', () => {
  it('reads UTF-8 shown as Windows-1252 as it was written', () => {
    expect(mended('Prime Minister Justin Trudeauâ€™s top advisers')).toBe(
      'Prime Minister Justin Trudeau’s top advisers',
    );
    // A closing quotation mark's last byte lost, or read as nothing; no-break spaces.
    expect(mended('â€œQuotedâ€ and â€œagainâ€\uFFFD, cafÃ© crÃ¨me, 10Â\u00a0km, Â¿Qué? â€¦')).toBe(
      '“Quoted” and “again”, café crème, 10\u00a0km, ¿Qué? …',
    );
    expect(mended('Itâ€™s 10Â km')).toBe('It’s 10 km');
    // As Latin-1 shows it: the bytes 0x80–0x9F as control characters.
    expect(mended('itâ\u0080\u0099s')).toBe('it’s');
    // Emoji and CJK, four and three bytes.
    expect(mended('ðŸ˜€ æ—¥æœ¬')).toBe('😀 日本');
  });

  it('reads a dash shown as Mac OS Roman, and then as Windows-1252 again, as written', () => {
    // CTV News: "Fort Lauderdale–Hollywood", through both.
    expect(mended('Fort Lauderdaleâ€šÃ„Ã¬Hollywood')).toBe('Fort Lauderdale–Hollywood');
    expect(mended('doesn‚Äôt')).toBe('doesn’t');
  });

  it('leaves a text alone that holds nothing only such a reading writes', () => {
    for (const text of [
      "L'ÉTÉ» à Zürich, São Paulo: NÃO!",
      'Âme et Âge, Ãgua',
      '€5 – “fine” … ©',
      'Ωmega æsir ø',
    ])
      expect(mended(text)).toBe(text);
  });
});
