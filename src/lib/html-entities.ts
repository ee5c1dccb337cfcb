import { CP1252, namedEntity } from './entities';

/**
 * The HTML entity decoder of the XML feed parser. feedsmith decodes the text of a feed with the
 * `entities` package, whose tables of all 2,231 names made 23 KB gzip of the 77 that read XML
 * feeds in the worker, downloaded before any such feed shows. vite.config.ts hands feedsmith
 * this module instead. It decodes the references feeds use (numeric ones, and the names
 * namedEntity knows: the Latin letters, typography, a few symbols) exactly as the package
 * would; meeting any other, it leaves the text as it is and says so, and `withEntityTable`
 * reads the document again with the package's own decoder, loaded then. Most feeds never
 * load it.
 */

type Decode = (text: string) => string;

/** The package's decoder, once a document has needed it. */
let fullTable: Decode | undefined;
/** Whether text was left undecoded since the last read began. */
let missed = false;

/**
 * The names HTML decodes without a semicolon (`&copy 2024`, `&eacutes`): `&` and a run of
 * letters is decoded here only when no prefix of it is one of these.
 */
const WITHOUT_SEMICOLON = new Set(
  (
    'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT ' +
    'Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN ' +
    'Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar ' +
    'ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt ' +
    'iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ' +
    'ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 ' +
    'szlig thorn times uacute ucirc ugrave uml uuml yacute yen yuml'
  ).split(' '),
);

const REFERENCE = /&(?:#([xX]?)([0-9A-Za-z]*)|([A-Za-z][A-Za-z0-9]*))(;?)/g;
/** Numeric references decoded here, as long as U+10FFFF at most: longer ones go to the full table. */
const HEX_CODE = /^[0-9a-fA-F]{1,6}$/;
const DECIMAL_CODE = /^[0-9]{1,7}$/;

/** A numeric reference's character, as HTML reads it: C1 codes as Windows-1252, U+FFFD for none. */
function fromCode(code: number): string {
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return CP1252.charAt(code - 0x80);
  return String.fromCodePoint(code);
}

function holdsLegacyName(run: string): boolean {
  for (let end = 2; end <= Math.min(run.length, 6); end += 1) {
    if (WITHOUT_SEMICOLON.has(run.slice(0, end))) return true;
  }
  return false;
}

/** `reference` decoded, itself when it is none, undefined when only the full table can say. */
function decodedHere(
  reference: string,
  hex: string | undefined,
  digits: string | undefined,
  name: string | undefined,
  semicolon: string,
): string | undefined {
  if (name !== undefined) {
    const known = semicolon ? namedEntity(name) : undefined;
    if (known !== undefined) return known;
    return semicolon || holdsLegacyName(name) ? undefined : reference;
  }
  if (!digits) return hex ? undefined : reference;
  if (!semicolon || !(hex ? HEX_CODE : DECIMAL_CODE).test(digits)) return undefined;
  return fromCode(Number.parseInt(digits, hex ? 16 : 10));
}

/** HTML's decoding of `text`; undefined where it names what only the full table can decode. */
export function decodeKnown(text: string): string | undefined {
  let sure = true;
  const decoded = text.replace(
    REFERENCE,
    (reference, hex: string, digits: string | undefined, name: string | undefined, semicolon) => {
      const character = decodedHere(reference, hex, digits, name, semicolon as string);
      if (character !== undefined) return character;
      sure = false;
      return reference;
    },
  );
  return sure ? decoded : undefined;
}

/** What feedsmith calls: HTML's decoding of `text`, or `text` itself, noted, where unsure. */
export function decodeHTML(text: string): string {
  if (fullTable) return fullTable(text);
  const decoded = decodeKnown(text);
  if (decoded === undefined) missed = true;
  return decoded ?? text;
}

/**
 * The result of `read`, a synchronous reading of a document with feedsmith: read again with
 * the full table of entities when the first reading met a name it has not got.
 */
export async function withEntityTable<T>(read: () => T): Promise<T> {
  missed = false;
  const result = read();
  if (!missed || fullTable) return result;
  try {
    fullTable = (await import('entities/decode')).decodeHTML;
  } catch {
    // Offline before the table was ever kept: the document reads, those few names as written.
    return result;
  }
  return read();
}
