/**
 * What `&#128;` to `&#159;` mean in HTML: the Windows-1252 characters old feeds still write
 * (`&#146;` is an apostrophe). Codes with no such character stand for themselves.
 */
export const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

const COMMON: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  minus: '−',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  dagger: '†',
  Dagger: '‡',
  prime: '′',
  Prime: '″',
  para: '¶',
  sect: '§',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  micro: 'µ',
  cent: '¢',
  pound: '£',
  euro: '€',
  yen: '¥',
  curren: '¤',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  not: '¬',
  uml: '¨',
  acute: '´',
  cedil: '¸',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  infin: '∞',
  AElig: 'Æ',
  aelig: 'æ',
  OElig: 'Œ',
  oelig: 'œ',
  szlig: 'ß',
  ETH: 'Ð',
  eth: 'ð',
  THORN: 'Þ',
  thorn: 'þ',
  Oslash: 'Ø',
  oslash: 'ø',
};

/** Accented letters by the entity name's ending: `&eacute;` is "e" with an acute accent. */
const ACCENTS: [suffix: string, mark: string, letters: string][] = [
  ['grave', '\u0300', 'AEIOUaeiou'],
  ['acute', '\u0301', 'AEIOUYaeiouy'],
  ['circ', '\u0302', 'AEIOUaeiou'],
  ['tilde', '\u0303', 'ANOano'],
  ['uml', '\u0308', 'AEIOUYaeiouy'],
  ['ring', '\u030a', 'Aa'],
  ['cedil', '\u0327', 'Cc'],
  ['caron', '\u030c', 'SsZz'],
];

let named: Map<string, string> | undefined;

/**
 * The character a named reference stands for; names are case-sensitive, as in HTML. The table
 * is built on first use: composing the accented letters wakes the Unicode tables, which a
 * document that names no entity should not pay for.
 */
export function namedEntity(name: string): string | undefined {
  named ??= new Map<string, string>([
    ...Object.entries(COMMON),
    ...ACCENTS.flatMap(([suffix, mark, letters]) =>
      [...letters].map((letter): [string, string] => [
        letter + suffix,
        (letter + mark).normalize('NFC'),
      ]),
    ),
  ]);
  return named.get(name);
}
