// Deterministic generators for the benchmarks: a large JSON Feed and a large comment thread.
// The same seed always gives the same output, so runs compare like with like.

/** mulberry32: a tiny seeded PRNG. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'harbour council tram ferry market festival science weather tide lighthouse report city region coast port budget vote school library museum bridge river season record survey station night morning week plan project street square island road rail bus'.split(
    ' ',
  );
const TAGS = [
  'Port Alder',
  'Transport',
  'Science',
  'Markets',
  'Weather',
  'Books',
  'Politics',
  'World',
];
const AUTHORS = ['Ines Okafor', 'Tomas Reyes', 'Hannah Lindqvist', 'Leo Byrne', 'Priya Natarajan'];

function sentence(next, words) {
  const list = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = list.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** A JSON Feed 1.1 document with `count` items, newest first, a few per hour. */
export function generateFeed(count, seed = 1) {
  const next = random(seed);
  const start = Date.parse('2024-06-30T18:00:00Z');
  const items = Array.from({ length: count }, (_, index) => {
    const paragraphs = Array.from({ length: 3 + Math.floor(next() * 4) }, () =>
      Array.from({ length: 3 }, () => sentence(next, 8 + Math.floor(next() * 10))).join(' '),
    );
    return {
      id: `https://bench.example/items/${index}`,
      url: `https://bench.example/items/${index}`,
      title: sentence(next, 5 + Math.floor(next() * 6)).slice(0, -1),
      summary: paragraphs[0].slice(0, 200),
      content_html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      date_published: new Date(start - index * 20 * 60 * 1000).toISOString(),
      authors: [{ name: AUTHORS[Math.floor(next() * AUTHORS.length)] }],
      tags: [TAGS[Math.floor(next() * TAGS.length)], TAGS[Math.floor(next() * TAGS.length)]].filter(
        (tag, i, all) => all.indexOf(tag) === i,
      ),
    };
  });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Benchmark Feed',
    home_page_url: 'https://bench.example/',
    items,
  };
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The same items as generateFeed, written as RSS 2.0 the way WordPress writes it: content:encoded
 * in CDATA, dc:creator, categories, slash:comments and wfw:commentRss.
 */
export function generateRss(count, seed = 1) {
  const feed = generateFeed(count, seed);
  const items = feed.items.map(
    (item, index) => `<item>
<title>${escapeXml(item.title)}</title>
<link>${item.url}</link>
<guid isPermaLink="true">${item.id}</guid>
<pubDate>${new Date(item.date_published).toUTCString()}</pubDate>
<dc:creator><![CDATA[${item.authors[0].name}]]></dc:creator>
${item.tags.map((tag) => `<category><![CDATA[${tag}]]></category>`).join('\n')}
<description><![CDATA[${item.summary}]]></description>
<content:encoded><![CDATA[${item.content_html}]]></content:encoded>
<wfw:commentRss>${item.url}/feed/</wfw:commentRss>
<slash:comments>${index % 7}</slash:comments>
</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>Benchmark Feed (RSS)</title>
<link>https://bench.example/</link>
<description>Generated for the benchmark</description>
<language>en-US</language>
${items.join('\n')}
</channel>
</rss>
`;
}

const NAMES = ['Mira', 'Jonas Berg', 'Nadia', 'Karl Weiss', 'Ellen', 'Ana', '', 'Tomasz', 'Li Wei'];
const COMMENT_WORDS = (
  'the tram harbour council line stop evening quiet market station ferry people week new ' +
  'morning rain bridge route timetable coffee square late early busy crowded smooth'
).split(' ');

/**
 * A thread of `count` local comments with mixed depth and width, in the comment store's shape:
 * some top-level comments, long reply chains, comments with many direct replies.
 */
export function generateThread({
  threadKey,
  count,
  seed = 1,
  start = '2024-03-01T08:00:00.000Z',
  topLevel = 0.12,
  chain = 0.45,
}) {
  const next = random(seed);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const comments = [];
  let time = Date.parse(start);
  for (let i = 0; i < count; i++) {
    let parentId = null;
    if (comments.length > 0 && next() >= topLevel) {
      const recent = next() < chain;
      const index = recent
        ? comments.length - 1 - Math.floor(next() * Math.min(3, comments.length))
        : Math.floor(next() * comments.length);
      parentId = comments[index]?.id ?? null;
    }
    time += 1000 + Math.floor(next() * 600_000);
    const createdAt = new Date(time).toISOString();
    const length = 3 + Math.floor(next() * 30);
    comments.push({
      id: `gen-${seed}-${i}`,
      threadKey,
      parentId,
      author: pick(NAMES),
      text: Array.from({ length }, () => pick(COMMENT_WORDS)).join(' '),
      createdAt,
      updatedAt: createdAt,
    });
  }
  return comments;
}
