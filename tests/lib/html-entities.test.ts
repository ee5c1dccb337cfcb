// @vitest-environment node
import { decodeHTML as fullTable } from 'entities/decode';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readComments } from '../../src/features/comments/api/read-comments';
import { readInWorker } from '../../src/features/feed/api/formats/read-in-worker';
import { readOpmlFile } from '../../src/features/subscriptions/opml/read-opml-file';
import { decodeKnown } from '../../src/lib/html-entities';

/** Names of references: known here or not, legacy or not, real or not. */
const name = fc.oneof(
  fc.constantFrom(
    'amp',
    'AMP',
    'lt',
    'gt',
    'quot',
    'apos',
    'nbsp',
    'hellip',
    'mdash',
    'rsquo',
    'ldquo',
    'euro',
    'trade',
    'copy',
    'copyright',
    'not',
    'notin',
    'eacute',
    'Eacute',
    'eacutes',
    'Scaron',
    'Yuml',
    'szlig',
    'frac12',
    'sup2',
    'minus',
    'Prime',
    'zwj',
    'hearts',
    'alpha',
    'lrm',
    'gtgt',
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,6}$/),
);
const digits = fc.oneof(
  fc.constantFrom(
    '65',
    '0',
    '128',
    '129',
    '150',
    '159',
    '8217',
    'D800',
    'dfff',
    '110000',
    '1114111',
  ),
  fc.nat({ max: 0x11ffff }).map(String),
  fc.nat({ max: 0x11ffff }).map((code) => code.toString(16)),
  fc.stringMatching(/^[0-9A-Za-z]{0,9}$/),
);
const reference = fc
  .oneof(fc.tuple(fc.constant('&'), name), fc.tuple(fc.constantFrom('&#', '&#x', '&#X'), digits))
  .chain(([start, body]) =>
    fc.constantFrom(';', '', ' ', '=', 'x', '9').map((end) => start + body + end),
  );
/** Text as feeds write it: references, whole and broken, among other characters. */
const piece = fc.oneof(reference, fc.string({ maxLength: 3 }), fc.constantFrom('&', '#', ';'));
const feedText = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));

describe('HTML entities without the full table', () => {
  it('decode exactly as the full table does, or say they cannot', () => {
    const decided = { references: 0, texts: 0 };
    const sameAsFullTable = (kind: keyof typeof decided) => (text: string) => {
      const here = decodeKnown(text);
      if (here === undefined) return;
      if (here !== text) decided[kind] += 1;
      expect(here).toBe(fullTable(text));
    };
    fc.assert(fc.property(reference, sameAsFullTable('references')), { numRuns: 3000 });
    fc.assert(fc.property(feedText, sameAsFullTable('texts')), { numRuns: 3000 });
    // Not vacuous: many were decided here, each the same as the full table.
    expect(decided.references).toBeGreaterThan(150);
    expect(decided.texts).toBeGreaterThan(40);
  });

  it('decode the references feeds write without the full table', () => {
    const written =
      'caf&eacute;&nbsp;&ndash; &ldquo;Na&iuml;ve&rdquo; &hellip; it&#8217;s &#x2019; &#150; &copy; &euro;5 &Scaron;koda &amp;lt;';
    expect(decodeKnown(written)).toBe(fullTable(written));
    expect(decodeKnown(written)).toBe('café\u00a0– “Naïve” … it’s ’ – © €5 Škoda &lt;');
    // A query string in an ill-formed feed is no reference at all.
    expect(decodeKnown('https://example.org/?a=1&b=2&utm_source=x')).toBe(
      'https://example.org/?a=1&b=2&utm_source=x',
    );
  });

  it('leave to the full table what only it can decode', () => {
    for (const text of ['I &hearts; it', '&alpha;', '&notin;', '&copy 2024', '&#65 ', '&gtgt;']) {
      expect(decodeKnown(text)).toBeUndefined();
    }
  });
});

const RSS = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Hearts</title><link>https://example.org/</link>` +
  `<item><title>${title}</title><link>https://example.org/1</link><guid>1</guid></item></channel></rss>`;

describe('a document naming an entity beyond the short table', () => {
  it('is read with the full table: a feed', async () => {
    const result = await readInWorker({
      text: RSS('I &hearts; caf&eacute; &alpha;'),
      pageUrl: 'https://example.org/feed',
      format: 'rss',
    });
    expect('page' in result && result.page.articles[0]?.title).toBe('I ♥ café α');
  });

  it('is read with the full table: a comment feed', async () => {
    const [comment] = await readComments(
      RSS('By: Ada').replace(
        '</item>',
        '<pubDate>Sun, 30 Jun 2019 09:00:00 GMT</pubDate><description>Top &spades; and &eacute;</description></item>',
      ),
    );
    expect(comment?.text).toContain('Top ♠ and é');
  });

  it('is read with the full table: an OPML file', async () => {
    const opml =
      '<?xml version="1.0"?><opml version="2.0"><body>' +
      '<outline text="Caf&eacute; &clubs;" type="rss" xmlUrl="https://example.org/feed"/></body></opml>';
    const result = await readOpmlFile(new Blob([opml]));
    expect('feeds' in result && result.feeds[0]?.title).toBe('Café ♣');
  });
});
