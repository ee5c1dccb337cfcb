// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXmlFeed } from '../../src/features/feed/api/formats/xml-feed';
import { LoadError } from '../../src/lib/http';

const PAGE = 'https://reader.example/feed.xml';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text as feeds write it: plain, with markup and entities, or anything at all. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('%', '%2F', '__proto__', '\u202Egnp.exe', '&amp;amp;', '<b>x</b>', ' ', ''),
);

const rssItem = fc
  .record({
    title: text,
    link: text,
    guid: text,
    description: text,
    pubDate: text,
    category: text,
    comments: fc.oneof(text, fc.integer().map(String)),
  })
  .map(
    (item) =>
      `<item>${Object.entries(item)
        .map(([key, value]) =>
          key === 'comments'
            ? `<slash:comments>${escapeXml(value)}</slash:comments>`
            : `<${key}>${escapeXml(value)}</${key}>`,
        )
        .join('')}</item>`,
  );

const atomEntry = fc
  .record({
    id: text,
    title: text,
    content: text,
    updated: text,
    type: fc.constantFrom('text', 'html', 'xhtml', 'x'),
  })
  .map(
    ({ id, title, content, updated, type }) =>
      `<entry><id>${escapeXml(id)}</id><title type="${type}">${escapeXml(title)}</title>` +
      `<updated>${escapeXml(updated)}</updated><content type="${type}">${escapeXml(content)}</content>` +
      `<link rel="alternate" href="${escapeXml(id).replace(/"/g, '&quot;')}"/></entry>`,
  );

function expectReadable(read: () => ReturnType<typeof parseXmlFeed>) {
  let page;
  try {
    page = read();
  } catch (error) {
    // A document the parser refuses is a clear message, never a crash.
    expect(error).toBeInstanceOf(LoadError);
    return;
  }
  for (const article of page.articles) {
    expect(article.id.trim()).not.toBe('');
    expect(article.title.trim()).not.toBe('');
    if (article.published) expect(Number.isNaN(Date.parse(article.published))).toBe(false);
  }
}

describe('any XML feed reads without throwing', () => {
  it('RSS items with arbitrary text in every field', () => {
    fc.assert(
      fc.property(fc.array(rssItem, { maxLength: 5 }), text, (items, title) => {
        const rss = `<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel><title>${escapeXml(title)}</title>${items.join('')}</channel></rss>`;
        expectReadable(() => parseXmlFeed(rss, PAGE, 'rss'));
      }),
      { numRuns: 60 },
    );
  });

  it('Atom entries with arbitrary text in every field', () => {
    fc.assert(
      fc.property(fc.array(atomEntry, { maxLength: 5 }), (entries) => {
        const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${entries.join('')}</feed>`;
        expectReadable(() => parseXmlFeed(atom, PAGE, 'atom'));
      }),
      { numRuns: 60 },
    );
  });

  it('arbitrary documents, well-formed or not', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom('rss', 'rdf', 'atom'),
        (body, format) => {
          const root = format === 'atom' ? 'feed' : format === 'rdf' ? 'rdf:RDF' : 'rss';
          expectReadable(() => parseXmlFeed(`<${root}>${body}</${root}>`, PAGE, format));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('documents built to hurt', () => {
  it('never expands entities declared in a DTD (billion laughs), nor fetches external ones', () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss version="2.0"><channel><title>&lol9;</title><item><guid>1</guid><title>&lol9;</title></item></channel></rss>`;
    const page = parseXmlFeed(bomb, PAGE, 'rss');
    expect(page.articles[0]?.title.length).toBeLessThan(20);

    const external = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "https://evil.example/x">]><rss version="2.0"><channel><title>a&x;</title><item><guid>1</guid><title>t&x;</title></item></channel></rss>`;
    expectReadable(() => parseXmlFeed(external, PAGE, 'rss'));
  });
});
