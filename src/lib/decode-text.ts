import { CP1252 } from './entities';

/**
 * A document's bytes as text, decoded the way a browser would: a byte order mark wins, then the
 * charset the server named, then the XML declaration's encoding (or an HTML meta charset), then
 * UTF-8; where the server and the document name different encodings, the bytes choose. Labels are read as the WHATWG Encoding standard reads them (`iso-8859-1` is
 * windows-1252, `gb2312` is GBK); an unknown label falls through to the next source.
 */
export function decodeText(bytes: Uint8Array, contentType?: string | null): string {
  // C1 controls are never meant as such: they are windows-1252's punctuation, kept by a
  // conversion that took it for Latin-1 ("don\u0092t" is "don’t").
  return decodeAny(bytes, contentType).replace(/[\x80-\x9f]/g, windows1252);
}

function decodeAny(bytes: Uint8Array, contentType?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.label).decode(bytes.subarray(bom.length));
  const named = [charsetOf(contentType), declaredEncoding(bytes)]
    .map(decoderFor)
    // UTF-16 named for bytes that are not (no mark, and "<?" in one byte each, as .NET writes
    // a document it declared in a string): they are read as if it were not named.
    .filter(
      (decoder): decoder is TextDecoder =>
        decoder !== undefined && !decoder.encoding.startsWith('utf-16'),
    );
  const utf8Named = named.some((decoder) => decoder.encoding === 'utf-8');
  const legacy = named.find(
    (decoder) => decoder.encoding !== 'utf-8' && decoder.encoding !== 'windows-1252',
  );
  if (legacy && !utf8Named) return legacy.decode(bytes);
  // UTF-8, Latin-1 or nothing named, or a server and a document that disagree (a server's
  // default charset): bytes that are UTF-8 throughout are UTF-8, as feeds converted without
  // their declaration are (never so by chance: "Ã¶" for "ö" otherwise). Else the other
  // encoding named; else, named UTF-8 alone, UTF-8 with its stray bytes replaced; else
  // windows-1252, as old Latin-language feeds that name no encoding expect.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return utf8;
  if (legacy) return legacy.decode(bytes);
  if (utf8Named && named.every((decoder) => decoder.encoding === 'utf-8')) {
    return new TextDecoder('utf-8').decode(bytes);
  }
  return new TextDecoder('windows-1252').decode(bytes);
}

/** The bytes as UTF-8, or undefined where they are not valid UTF-8 throughout. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The start of a document, cut anywhere, as text: as decodeText, less a last UTF-8 character
 * the cut split (read whole, those bytes would make the text look like another encoding).
 */
export function decodeStart(bytes: Uint8Array, contentType?: string | null): string {
  let lead = bytes.length - 1;
  while (lead > 0 && bytes.length - lead < 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead -= 1;
  const first = bytes[lead] ?? 0;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return decodeText(lead + length > bytes.length ? bytes.subarray(0, lead) : bytes, contentType);
}

/**
 * A C1 control as the character of windows-1252 at its byte. Browsers decode that label so
 * already; some decoders (Node's, which the build and the tests run on) treat it as ISO-8859-1.
 */
function windows1252(control: string): string {
  return CP1252[control.charCodeAt(0) - 0x80] ?? control;
}

function bomEncoding(bytes: Uint8Array): { label: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { label: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 };
  // No mark, but "<?" or "<r" in two bytes each (XML 1.0, appendix F): UTF-16 all the same.
  const [a, b, c, d] = bytes;
  if (b === 0 && d === 0 && a !== 0 && c !== 0) return { label: 'utf-16le', length: 0 };
  if (a === 0 && c === 0 && b !== 0 && d !== 0) return { label: 'utf-16be', length: 0 };
  return undefined;
}

/**
 * Whether a document starts with markup: "<" after any byte order mark and blank space (an XML
 * feed, or a web page naming its feeds), told from the bytes before decoding them.
 */
export function startsWithMarkup(bytes: Uint8Array): boolean {
  const bom = bomEncoding(bytes);
  // In UTF-16, each of the characters looked for is one byte beside a zero.
  const width = bom?.label.startsWith('utf-16') ? 2 : 1;
  const low = bom?.label === 'utf-16be' ? 1 : 0;
  let at = bom?.length ?? 0;
  while ([0x20, 0x09, 0x0a, 0x0d].includes(bytes[at + low] ?? 0)) at += width;
  return bytes[at + low] === 0x3c;
}

/** The `charset` parameter of a Content-Type header, unquoted. */
export function charsetOf(contentType?: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2];
}

/** `<?xml … encoding="…"?>` or `<meta charset>` in the first kilobyte, read as ASCII. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return undefined;
  }
}
