// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeText, startsWithMarkup } from '../../src/lib/decode-text';
import { fixtureBytes } from '../helpers/fixtures';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const xml = (encoding: string, ...body: number[]) =>
  new Uint8Array([...ascii(`<?xml version="1.0" encoding="${encoding}"?><t>`), ...body]);

describe('bytes to text', () => {
  it('reads UTF-8 without a declaration', () => {
    expect(decodeText(ascii('<rss>’ƒ</rss>'))).toBe('<rss>’ƒ</rss>');
  });

  it('lets a byte order mark win over every declaration, and drops it', () => {
    const utf16 = bytes(0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x3e, 0);
    expect(decodeText(utf16, 'text/xml; charset=iso-8859-1')).toBe('<a>');
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0xe2, 0x80, 0x99))).toBe('’');
  });

  it('reads UTF-16 without a byte order mark, either way round, and knows it for markup', () => {
    const text = '<?xml version="1.0" encoding="utf-16"?>\n<rss>’é</rss>';
    const little = new Uint8Array(Buffer.from(text, 'utf16le'));
    const big = little.map((_, index) => little[index ^ 1] ?? 0);
    expect(decodeText(little)).toBe(text);
    expect(decodeText(big)).toBe(text);
    expect(startsWithMarkup(little)).toBe(true);
    expect(startsWithMarkup(big)).toBe(true);
    expect(startsWithMarkup(new Uint8Array(Buffer.from('  {"version": 1}', 'utf16le')))).toBe(
      false,
    );
  });

  it('reads a document that names UTF-16 but is written one byte a character as if it named none', () => {
    // RSS Bandit's OPML files: .NET declares the string's encoding, then saves it as UTF-8.
    const text = '<?xml version="1.0" encoding="utf-16"?><opml><body>Straße</body></opml>';
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    expect(decodeText(ascii('<rss>a</rss>'), 'application/xml; charset=utf-16')).toBe(
      '<rss>a</rss>',
    );
  });

  it('reads iso-8859-1 as windows-1252, so curly quotes and ƒ survive', () => {
    const text = decodeText(xml('ISO-8859-1', 0x92, 0x83, 0xe9));
    expect(text.endsWith('<t>’ƒé')).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });

  it('reads a document named Latin-1 but written in UTF-8 as UTF-8', () => {
    // "Größe" in UTF-8, under a declaration and a server that both say ISO-8859-1.
    const utf8 = xml('ISO-8859-1', 0x47, 0x72, 0xc3, 0xb6, 0xc3, 0x9f, 0x65);
    expect(decodeText(utf8)).toMatch(/<t>Größe$/);
    expect(decodeText(utf8, 'text/xml; charset=iso-8859-1')).toMatch(/<t>Größe$/);
    // Real Latin-1 that is not UTF-8 stays Latin-1.
    expect(decodeText(xml('ISO-8859-1', 0x47, 0x72, 0xf6, 0xdf, 0x65))).toMatch(/<t>Größe$/);
  });

  it('prefers the Content-Type charset to the XML declaration', () => {
    expect(decodeText(xml('utf-8', 0xe9), 'application/rss+xml; charset="windows-1252"')).toMatch(
      /<t>é$/,
    );
  });

  it('lets the bytes choose where the server and the document name different encodings', () => {
    // A server's default charset ("AddDefaultCharset UTF-8") over a windows-1251 feed...
    const cyrillic = fixtureBytes(
      'xml',
      'nonutf8-windows-1251-rss__miniflux__v2__encoding_WINDOWS-1251.xml',
    );
    expect(decodeText(cyrillic, 'text/xml; charset=UTF-8')).toContain(
      '<title>Цитата #17703</title>',
    );
    // ...or a Chinese one over a feed written, and declared, in UTF-8.
    const utf8 = fixtureBytes(
      'xml',
      'chinese-reading-time-rss__1996fanrui__streampark-website__blog_rss.xml',
    );
    expect(decodeText(utf8, 'text/xml; charset=gbk')).toContain('Flink开发利器StreamPark');
    // A Latin-1 server default under a windows-1251 declaration: the document's own.
    expect(decodeText(xml('windows-1251', 0xc4, 0xe0), 'text/xml; charset=iso-8859-1')).toMatch(
      /<t>Да$/,
    );
    // Named UTF-8 on both sides, a stray byte is one replaced character, not a Latin-1 reading.
    expect(decodeText(xml('utf-8', 0xd0, 0x94, 0xe9), 'text/xml; charset=utf-8')).toMatch(
      /<t>Д\uFFFD$/,
    );
  });

  it('falls through an unknown label to the next source', () => {
    expect(decodeText(xml('windows-1252', 0x92), 'text/xml; charset=x-unheard-of')).toMatch(
      /<t>’$/,
    );
    expect(decodeText(xml('x-unheard-of', 0xe2, 0x80, 0x99))).toMatch(/<t>’$/);
  });

  it('reads a gb2312 feed with no replacement characters', () => {
    const text = decodeText(fixtureBytes('xml', 'Ranchero-Software__RSParser__kc0011.rss'));
    expect(text).toContain('投资资讯网交易在线');
    expect(text).not.toContain('\uFFFD');
  });

  it('reads the charset parameter however it is written', () => {
    expect(charsetOf('text/xml;charset=UTF-8')).toBe('UTF-8');
    expect(charsetOf('text/xml; Charset="koi8-r"; q=1')).toBe('koi8-r');
    expect(charsetOf('text/xml')).toBeUndefined();
    expect(charsetOf(null)).toBeUndefined();
  });
});
