// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingItems } from '../../src/features/feed/api/formats/leading-items';
import { parseFeedPage } from '../../src/features/feed/api/formats/json-feed';
import { parseXmlFeed } from '../../src/features/feed/api/formats/xml-feed';
import type { FeedPage } from '../../src/features/feed/api/types';
import { decodeStart, decodeText } from '../../src/lib/decode-text';
import { detectFormat } from '../../src/lib/document-format';
import { fixtureBytes, fixtureNames } from '../helpers/fixtures';

const PAGE = 'https://reader.example/feed';

/** Text that trips naive scanners: quotes, escapes, brackets, markup that looks like an end. */
const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('"', '\\', '\\"', '{"items":[', ']}', '</item>', '<![CDATA[', '}]', 'é🗞'),
);

const jsonFeed = fc.record({
  version: fc.constant('https://jsonfeed.org/version/1.1'),
  title: tricky,
  home_page_url: fc.constant('https://reader.example/'),
  authors: fc.array(fc.record({ name: tricky }), { maxLength: 2 }),
  items: fc.array(
    fc.record({
      id: tricky,
      title: tricky,
      content_text: tricky,
      tags: fc.array(tricky, { maxLength: 3 }),
      _extra: fc.record({ items: fc.array(tricky, { maxLength: 2 }) }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  next_url: fc.constant('https://reader.example/feed?page=2'),
});

describe('the first items of a JSON Feed still downloading', () => {
  it('reads, cut anywhere, as the feed with its first whole items, or waits for more', () => {
    const counts = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .map(([a, b]) => ({ least: Math.min(a, b), most: Math.max(a, b) }));
    fc.assert(
      fc.property(jsonFeed, fc.nat(), counts, (feed, at, { least, most }) => {
        const text = JSON.stringify(feed, null, at % 2 ? 2 : undefined);
        const cut = at % (text.length + 1);
        const start = leadingItems(text.slice(0, cut), most, least);
        // The items whole in the cut, and whether the items array itself has closed.
        const whole = feed.items.filter((_, i) => (endOfItem(text, i + 1) ?? Infinity) <= cut);
        const arrayClosed = cut > text.indexOf(']', endOfItem(text, feed.items.length));
        const shown = Math.min(most, whole.length);
        // It must read as the feed with exactly those items, and without the members that
        // follow them.
        if (shown === most || (shown >= least && !arrayClosed)) {
          expect(JSON.parse(start ?? 'null')).toEqual({
            version: feed.version,
            title: feed.title,
            home_page_url: feed.home_page_url,
            authors: feed.authors,
            items: feed.items.slice(0, shown),
          });
        } else {
          expect(start).toBeUndefined();
        }
      }),
    );
  });

  it('counts the items of the feed, not arrays of that name inside them', () => {
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'items',
      hubs: [{ items: [] }],
      items: [{ id: '1', _x: { items: [{}, {}] } }, { id: '2' }],
    });
    expect(JSON.parse(leadingItems(text, 1) ?? 'null')).toMatchObject({
      items: [{ id: '1' }],
    });
    expect(leadingItems(text, 3)).toBeUndefined();
  });

  it('waits for the whole of a feed whose members may follow its items', () => {
    // Written by a serialiser that does not keep order: the title and authors might come last.
    const sorted = JSON.stringify({
      authors: [{ name: 'Ann' }],
      items: [{ id: '1' }, { id: '2' }],
      title: 'Sorted',
      version: 'https://jsonfeed.org/version/1.1',
    });
    expect(leadingItems(sorted, 1)).toBeUndefined();
  });

  it('leaves alone what is no feed: a web page, an array, plain text', () => {
    expect(leadingItems('<!doctype html><html><body><p>Hi</p></body></html>', 1)).toBeUndefined();
    expect(leadingItems('[{"id":"1"}]', 1)).toBeUndefined();
    expect(leadingItems('Not found', 1)).toBeUndefined();
  });
});

/** Where the `count`th item of a JSON text ends (the index past its closing brace). */
function endOfItem(text: string, count: number): number | undefined {
  const feed = JSON.parse(text) as { items: unknown[] };
  if (feed.items.length < count) return undefined;
  // The shortest prefix that parses once the array and the object are closed with count items.
  for (let end = 1; end <= text.length; end += 1) {
    try {
      const read = JSON.parse(`${text.slice(0, end)}]}`) as { items?: unknown[] };
      if (read.items?.length === count && text[end - 1] === '}') return end;
    } catch {
      // not yet
    }
  }
  return undefined;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rss(items: string[]) {
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- generated > by hand -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Notes</title>
    <link>https://reader.example/</link>
    <image><title>Notes</title><url>https://reader.example/icon.png</url></image>
    ${items.join('\n    ')}
  </channel>
</rss>`;
}

const rssItems = [
  '<item><title>One</title><guid>1</guid><description><![CDATA[<p>Ends with </item></channel></p>]]></description></item>',
  '<item><title>Two</title><guid isPermaLink="false" note="a > b">2</guid><!-- </item> --></item>',
  `<item><title>${escapeXml('Three <item>')}</title><guid>3</guid><content:encoded>${escapeXml('<b>x</b>')}</content:encoded></item>`,
  '<item><title>Four</title><guid>4</guid><enclosure url="https://reader.example/4.mp3" type="audio/mpeg" length="1"/></item>',
];

describe('the first items of an XML feed still downloading', () => {
  it('reads, cut anywhere, as the RSS feed with its first items, or waits for more', () => {
    const text = rss(rssItems);
    const full = parseXmlFeed(text, PAGE, 'rss');
    for (let cut = 0; cut <= text.length; cut += 1) {
      const start = leadingItems(text.slice(0, cut), 2);
      const second = text.indexOf(rssItems[1] ?? '') + (rssItems[1] ?? '').length;
      if (cut < second) {
        expect(start).toBeUndefined();
        continue;
      }
      const page = parseXmlFeed(start ?? '', PAGE, 'rss');
      expect(page.feed).toEqual(full.feed);
      expect(page.articles).toEqual(full.articles.slice(0, 2));
    }
  });

  it('reads, cut anywhere, as the RSS feed with as many whole items as have arrived', () => {
    const text = rss(rssItems);
    const full = parseXmlFeed(text, PAGE, 'rss');
    const ends = rssItems.map((item) => text.indexOf(item) + item.length);
    for (let cut = 0; cut <= text.length; cut += 1) {
      const start = leadingItems(text.slice(0, cut), 10, 2);
      const whole = ends.filter((end) => end <= cut).length;
      // Two items at least, and the channel still open: the whole is not yet as good as here.
      if (whole < 2 || cut >= text.lastIndexOf('</channel>') + '</channel>'.length) {
        expect(start).toBeUndefined();
        continue;
      }
      const page = parseXmlFeed(start ?? '', PAGE, 'rss');
      expect(page.feed).toEqual(full.feed);
      expect(page.articles).toEqual(full.articles.slice(0, whole));
    }
  });

  it('reads an Atom feed and an RSS 1.0 feed, prefixed names and all', () => {
    const atom = `<?xml version="1.0"?>
<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Log</a:title><a:id>urn:log</a:id>
  <a:entry><a:id>urn:1</a:id><a:title>First</a:title><a:updated>2024-05-01T10:00:00Z</a:updated>
    <a:content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>An <em>entry</em></p></div></a:content></a:entry>
  <a:entry><a:id>urn:2</a:id><a:title>Second</a:title><a:updated>2024-04-01T10:00:00Z</a:updated></a:entry>`;
    const atomStart = leadingItems(atom, 1) ?? '';
    expect(atomStart.endsWith('</a:entry></a:feed>')).toBe(true);
    expect(parseXmlFeed(atomStart, PAGE, 'atom').articles.map((a) => a.title)).toEqual(['First']);
    expect(leadingItems(atom, 3)).toBeUndefined();

    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://reader.example/"><title>Old</title><link>https://reader.example/</link></channel>
  <item rdf:about="https://reader.example/1"><title>Uno</title><link>https://reader.example/1</link></item>
  <item rdf:about="https://reader.example/2"><title>Dos</title>`;
    const rdfStart = leadingItems(rdf, 1) ?? '';
    expect(rdfStart.endsWith('</item></rdf:RDF>')).toBe(true);
    expect(parseXmlFeed(rdfStart, PAGE, 'rdf').articles.map((a) => a.title)).toEqual(['Uno']);
  });

  it('gives up on markup that does not nest, rather than guess', () => {
    expect(leadingItems(rss(['<item><title>x</titel></item>']), 1)).toBeUndefined();
  });
});

describe('the start of a document, cut anywhere', () => {
  it('is decoded as UTF-8 even when the cut splits a character', () => {
    const bytes = new TextEncoder().encode('{"title":"Café 🗞 news"}');
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      const text = decodeStart(bytes.subarray(0, cut));
      expect('{"title":"Café 🗞 news"}'.startsWith(text)).toBe(true);
      expect(text.length).toBeGreaterThanOrEqual(
        new TextDecoder().decode(bytes.subarray(0, Math.max(0, cut - 3))).length,
      );
    }
  });
});

/**
 * Feeds published by others, cut at many points as a download would cut them: the start reads as
 * the whole feed with its first items, or as nothing yet, never as something else.
 */
describe('real feeds still downloading', () => {
  const xmlFormats = ['rss', 'rdf', 'atom'] as const;
  const cases = [
    ...fixtureNames('real').map((name) => ({ group: 'real' as const, name })),
    ...fixtureNames('xml').map((name) => ({ group: 'xml' as const, name })),
    ...fixtureNames('comments').map((name) => ({ group: 'comments' as const, name })),
  ];

  const read = (text: string): FeedPage => {
    const format = detectFormat(text);
    if (format === 'json') return parseFeedPage(JSON.parse(text), PAGE);
    if (!xmlFormats.includes(format as (typeof xmlFormats)[number])) throw new Error(format);
    return parseXmlFeed(text, PAGE, format as (typeof xmlFormats)[number]);
  };

  it.each(cases)('$name', ({ group, name }) => {
    const bytes = fixtureBytes(group, name);
    const text = decodeText(bytes);
    const whole = read(text);
    // The JSON Feeds whose generators put `version` first, and XML documents whose type declares
    // nothing of its own (Linux Journal's `<!DOCTYPE rss [<!ENTITY …>]>`); the others are read whole.
    const ordered = text.trimStart().startsWith('{')
      ? /^\{\s*"version"/.test(text.trimStart())
      : !/<!DOCTYPE[^>[]*\[/i.test(text);
    let readStarts = 0;
    for (const [most, least] of [
      [1, 1],
      [3, 3],
      [25, 2],
    ] as const) {
      for (let cut = 0; cut <= bytes.length; cut += Math.max(1, Math.floor(bytes.length / 40))) {
        const start = leadingItems(decodeStart(bytes.subarray(0, cut)), most, least);
        if (start === undefined) continue;
        const page = read(start);
        expect(page.feed).toEqual(whole.feed);
        expect(page.articles.length).toBeLessThanOrEqual(most);
        expect(page.articles).toEqual(whole.articles.slice(0, page.articles.length));
        readStarts += 1;
      }
      const start = leadingItems(text, most, least);
      if (!ordered) expect(start).toBeUndefined();
      else if (whole.articles.length > most) expect(start).toBeDefined();
    }
    // A feed of one item may be cut after it, before the end of the channel: a start, whole.
    if (whole.articles.length > 1 || !ordered) expect(readStarts > 0).toBe(ordered);
  });
});
