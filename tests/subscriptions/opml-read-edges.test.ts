import { describe, expect, it } from 'vitest';
import { MAX_OPML_BYTES } from '../../src/features/subscriptions/opml/opml-import';
import { readOpml, readOpmlBytes } from '../../src/features/subscriptions/opml/read-opml';
import { fixtureText } from '../helpers/fixtures';
import type { Found } from './opml-fixtures';

const opml = (body: string, head = '<head><title>Test</title></head>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">${head}<body>${body}</body></opml>`;

function read(text: string): Found {
  const found = readOpml(text);
  if (!found.ok) throw new Error(found.reason);
  return found;
}

const refusal = (text: string) => {
  const found = readOpml(text);
  return found.ok ? undefined : found.reason;
};

describe('readOpml on what real files do', () => {
  it('reads attribute names in any case', () => {
    const found = read(
      opml('<outline TEXT="Odd" xmlURL="https://a.example/feed" HTMLurl="https://a.example/"/>'),
    );
    expect(found.feeds).toEqual([
      { feedUrl: 'https://a.example/feed', title: 'Odd', siteUrl: 'https://a.example/' },
    ]);
  });

  it('takes the title, then the text, then the host', () => {
    const found = read(
      opml(
        '<outline title="Title" text="Text" xmlUrl="https://a.example/1"/>' +
          '<outline title="  " text="Text" xmlUrl="https://a.example/2"/>' +
          '<outline xmlUrl="https://b.example:8080/3"/>',
      ),
    );
    expect(found.feeds.map((feed) => feed.title)).toEqual(['Title', 'Text', 'b.example:8080']);
  });

  it("a name that is only the feed's file or host is none: the host stands in until the feed is read", () => {
    const found = read(
      opml(
        '<outline text="feeder-morningpaper.rss.xml" xmlUrl="https://a.example/sweep/feeder-morningpaper.rss.xml"/>' +
          '<outline title="b.example" text="b.example" xmlUrl="https://b.example/feed"/>' +
          '<outline title="Morning" text="feed.xml" xmlUrl="https://c.example/feed.xml"/>',
      ),
    );
    expect(found.feeds).toEqual([
      {
        feedUrl: 'https://a.example/sweep/feeder-morningpaper.rss.xml',
        title: 'a.example',
        untitled: true,
      },
      { feedUrl: 'https://b.example/feed', title: 'b.example', untitled: true },
      { feedUrl: 'https://c.example/feed.xml', title: 'Morning' },
    ]);
  });

  it('takes the text where the title is the text cut short, not where it is a name of its own', () => {
    const found = read(
      opml(
        '<outline text="ProPublica: Articles and Investigations" title="ProPublica: Articles and Investi..." xmlUrl="https://a.example/1"/>' +
          '<outline text="Café au lait" title="Café…" xmlUrl="https://a.example/2"/>' +
          '<outline text="24/7 Wall Street" title="24/7 Wall St" xmlUrl="https://a.example/3"/>' +
          '<outline text="Notes" title="Wait..." xmlUrl="https://a.example/4"/>',
      ),
    );
    expect(found.feeds.map((feed) => feed.title)).toEqual([
      'ProPublica: Articles and Investigations',
      'Café au lait',
      '24/7 Wall St',
      'Wait...',
    ]);
  });

  it('decodes HTML entities and character references in titles', () => {
    const found = read(
      opml(
        '<outline text="Caf&eacute; &amp; Bar &#x5D7;&#1488; &lt;b&gt;" xmlUrl="https://a.example/"/>',
      ),
    );
    expect(found.feeds[0]?.title).toBe('Café & Bar חא <b>');
  });

  it('reads a byte order mark, no version, no head, a doctype and comments', () => {
    const text =
      '\uFEFF<!DOCTYPE opml>\n<!-- exported --><opml><body><outline text="A" xmlUrl="http://a.example/f"/></body></opml>\n';
    expect(read(text).feeds).toEqual([{ feedUrl: 'http://a.example/f', title: 'A' }]);
  });

  it('reads the encoding the file declares', () => {
    const head = '<?xml version="1.0" encoding="windows-1252"?><opml version="1.0"><body>';
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode(`${head}<outline text="Caf`),
      0xe9,
      ...new TextEncoder().encode('" xmlUrl="https://a.example/"/></body></opml>'),
    ]);
    const found = readOpmlBytes(bytes);
    expect(found.ok && found.feeds[0]?.title).toBe('Café');
  });

  it('resolves feed addresses to absolute http(s) URLs and skips the others', () => {
    const found = read(
      opml(
        [
          '<outline text="spaces" xmlUrl="  https://a.example/feed  "/>',
          '<outline text="feed scheme" xmlUrl="feed://b.example/rss"/>',
          '<outline text="feed wrapping" xmlUrl="feed:https://c.example/rss"/>',
          '<outline text="podcast app" xmlUrl="itpc://p.example/podcast.xml"/>',
          '<outline text="no scheme" xmlUrl="//d.example/atom"/>',
          '<outline text="bare host" xmlUrl="e.example/index.xml"/>',
          '<outline text="script" xmlUrl="javascript:alert(1)"/>',
          '<outline text="newsletter" xmlUrl="newsletter:42:me@example.com"/>',
          '<outline text="relative" xmlUrl="/feed.xml"/>',
        ].join(''),
      ),
    );
    expect(found.feeds.map((feed) => feed.feedUrl)).toEqual([
      'https://a.example/feed',
      'http://b.example/rss',
      'https://c.example/rss',
      'http://p.example/podcast.xml',
      'https://d.example/atom',
      'https://e.example/index.xml',
    ]);
    expect(found.notWeb).toBe(3);
  });

  it('keeps only http(s) site addresses', () => {
    const found = read(
      opml(
        '<outline text="A" xmlUrl="https://a.example/f" htmlUrl="javascript:alert(1)"/>' +
          '<outline text="B" xmlUrl="https://b.example/f" htmlUrl="not a url"/>',
      ),
    );
    expect(found.feeds.every((feed) => !('siteUrl' in feed))).toBe(true);
  });

  it('names nested folders by their path; feeds under body have no folder', () => {
    const found = read(
      opml(
        '<outline text="Loose" xmlUrl="https://a.example/1"/>' +
          '<outline text="Tech"><outline text="Programming">' +
          '<outline text="Deep" xmlUrl="https://a.example/2"/></outline>' +
          '<outline text="Shallow" xmlUrl="https://a.example/3"/></outline>' +
          '<outline title="Only a title"><outline text="Titled" xmlUrl="https://a.example/4"/></outline>',
      ),
    );
    expect(found.feeds.map((feed) => [feed.title, feed.folder])).toEqual([
      ['Loose', undefined],
      ['Deep', 'Tech / Programming'],
      ['Shallow', 'Tech'],
      ['Titled', 'Only a title'],
    ]);
  });

  it('takes a folder from the category of a feed outside any folder, its first path', () => {
    const found = read(
      opml(
        '<outline text="Weather" xmlUrl="https://a.example/1" category="/Boston/Weather,/Local"/>' +
          '<outline text="Tagged" xmlUrl="https://a.example/2" category=" ,news, tech"/>' +
          '<outline text="Nested"><outline text="Inside" xmlUrl="https://a.example/3" category="/Other"/></outline>' +
          '<outline text="Blank" xmlUrl="https://a.example/4" category="/"/>',
      ),
    );
    expect(found.feeds.map((feed) => [feed.title, feed.folder])).toEqual([
      ['Weather', 'Boston / Weather'],
      ['Tagged', 'news'],
      ['Inside', 'Nested'],
      ['Blank', undefined],
    ]);
  });

  it('a feed listed again keeps its first folder, but none and a folder of every feed give way', () => {
    const feed = (n: number) => `<outline text="F${n}" xmlUrl="https://a.example/${n}"/>`;
    const folder = (name: string, ...feeds: number[]) =>
      `<outline text="${name}">${feeds.map(feed).join('')}</outline>`;
    const placed = (body: string) => read(opml(body)).feeds.map((found) => found.folder);
    // At the top first, then in a folder; in two folders, the first.
    expect(placed(feed(1) + feed(3) + folder('Tech', 1, 2) + folder('News', 2))).toEqual([
      'Tech',
      undefined,
      'Tech',
    ]);
    // A folder listing every feed, then the reader's own folders.
    expect(placed(folder('All', 1, 2, 3) + folder('Tech', 1) + folder('News', 2))).toEqual([
      'Tech',
      'News',
      undefined,
    ]);
    // One folder holding everything is the reader's own, even with repeats at the top.
    expect(placed(folder('Blogs', 1, 2) + feed(1))).toEqual(['Blogs', 'Blogs']);
  });

  it('counts entries without a feed address, not empty folders or settings', () => {
    const found = read(
      opml(
        '<outline text="A link" type="link" url="https://a.example/"/>' +
          '<outline text="A site" htmlUrl="https://b.example/"/>' +
          '<outline text="No address" type="rss" xmlUrl=""/>' +
          '<outline text="Empty folder"/>' +
          '<outline text="tt-rss-prefs"><outline pref-name="X" value="1"/></outline>',
      ),
    );
    expect(found).toMatchObject({ feeds: [], withoutAddress: 3, duplicates: 0 });
  });

  it('reads a feed named in url by an outline of type rss, as OPML 1.0 tools wrote it', () => {
    const found = read(
      opml(
        '<outline text="Foo" type="rss" url="https://a.example/posts"/>' +
          '<outline text="Bar" type="RSS" URL="https://b.example/atom" htmlUrl="https://b.example/"/>',
      ),
    );
    expect(found.feeds).toEqual([
      { feedUrl: 'https://a.example/posts', title: 'Foo' },
      { feedUrl: 'https://b.example/atom', title: 'Bar', siteUrl: 'https://b.example/' },
    ]);
  });

  it('imports a link only where its address plainly names a feed; others are bookmarks', () => {
    const links = [
      'https://a.example/feed.xml',
      'https://a.example/blog/feed/',
      'https://a.example/podcast/episodes.rss',
      'https://a.example/feeds/posts/default',
      'https://a.example/?feed=rss2',
      'https://feeds.feedburner.com/Example',
      'feed://a.example/news',
      'https://b.example/',
      'https://b.example/rss/',
      'https://b.example/rss_info.html',
      'https://b.example/rss.asp',
      'https://b.example/sitemap.xml',
      'https://b.example/feedback.php',
      'https://b.example/feeds/',
      'https://b.example/directory.opml',
      'https://rss.example.org/',
    ];
    const found = read(
      opml(links.map((url, i) => `<outline text="L${i}" type="link" url="${url}"/>`).join('')),
    );
    expect(found.feeds.map((feed) => feed.feedUrl)).toEqual([
      'https://a.example/feed.xml',
      'https://a.example/blog/feed/',
      'https://a.example/podcast/episodes.rss',
      'https://a.example/feeds/posts/default',
      'https://a.example/?feed=rss2',
      'https://feeds.feedburner.com/Example',
      'http://a.example/news',
    ]);
    expect(found.withoutAddress).toBe(9);
  });

  it('reads a feed named in htmlUrl alone: plainly on any outline, by its words on a feed outline', () => {
    const found = read(
      opml(
        '<outline text="Harbour" htmlUrl="https://a.example/atom.xml"/>' +
          '<outline text="Site" htmlUrl="https://b.example/"/>' +
          '<outline text="Tumblr" type="rss" htmlUrl="https://c.example/rss"/>' +
          '<outline text="Page" htmlUrl="https://d.example/rss"/>' +
          '<outline text="Home" type="rss" htmlUrl="https://e.example/blog/"/>',
      ),
    );
    expect(found.feeds).toEqual([
      { feedUrl: 'https://a.example/atom.xml', title: 'Harbour' },
      { feedUrl: 'https://c.example/rss', title: 'Tumblr' },
    ]);
    expect(found.withoutAddress).toBe(3);
  });

  it('a folder of links to feeds is a folder; one around them all is no folder', () => {
    const link = (n: number) =>
      `<outline text="P${n}" type="link" url="https://a.example/${n}/feed.xml"/>`;
    const found = read(
      opml(
        `<outline text="Podcasts"><outline text="Science">${link(1)}${link(2)}</outline></outline>`,
      ),
    );
    expect(found.feeds.map((feed) => [feed.title, feed.folder])).toEqual([
      ['P1', 'Science'],
      ['P2', 'Science'],
    ]);
  });

  it('drops a feed the file lists again, by its normalised address', () => {
    const found = read(
      opml(
        '<outline text="First" xmlUrl="https://A.example/feed"/>' +
          '<outline text="F"><outline text="Again" xmlUrl="https://a.example/feed"/></outline>',
      ),
    );
    // Its title from where it first appears; its folder from the first folder it is in.
    expect(found.feeds).toEqual([
      { feedUrl: 'https://a.example/feed', title: 'First', folder: 'F' },
    ]);
    expect(found.duplicates).toBe(1);
  });

  it('tidies titles: no line breaks, no control characters, no space at the ends', () => {
    const found = read(
      opml('<outline text=" Two&#10;lines&#9;and&#1; more " xmlUrl="https://a.example/"/>'),
    );
    expect(found.feeds[0]?.title).toBe('Two lines and more');
  });
  it('reads a name escaped twice as meant, and writes one that looks escaped so it reads back', () => {
    const found = read(
      opml(
        '<outline text="News &amp;amp; Views"><outline title="Don&amp;#39;t &amp;lt;Panic&gt;" xmlUrl="https://a.example/feed"/></outline>',
      ),
    );
    expect(found.feeds).toEqual([
      { feedUrl: 'https://a.example/feed', title: "Don't <Panic>", folder: 'News & Views' },
    ]);
  });

  it('counts a bare file name as no address: there is nothing to find it from', () => {
    const found = read(
      opml(
        '<outline title="Atom feed (atom.xml)" xmlUrl="atom.xml"/><outline title="Insights" xmlUrl="www.example.com/rss/insights.xml"/>',
      ),
    );
    expect(found.feeds).toEqual([
      { feedUrl: 'https://www.example.com/rss/insights.xml', title: 'Insights' },
    ]);
    expect(found.notWeb).toBe(1);
  });

  it('lists a feed once however its address is written, in the first folder it is in', () => {
    const found = read(
      opml(
        '<outline text="A"><outline title="One" xmlUrl="http://a.example/feed"/></outline><outline text="B"><outline title="Again" xmlUrl="https://A.example/feed/#top"/></outline>',
      ),
    );
    expect(found.feeds).toEqual([{ feedUrl: 'http://a.example/feed', title: 'One', folder: 'A' }]);
    // Listed in two folders, it is in one; not a repeat.
    expect(found).toMatchObject({ duplicates: 0, inSeveralFolders: 1 });
  });

  it('takes a name that says there is none ("Untitled") as none', () => {
    const found = read(
      opml(
        '<outline title="[Untitled]" text="[Untitled]" xmlUrl="https://a.example/feed"/><outline title="RSS" text="Untitled" xmlUrl="https://b.example/feed"/>',
      ),
    );
    // A title naming the format is kept where nothing better is (it may be the reader's name).
    expect(found.feeds.map((feed) => feed.title)).toEqual(['a.example', 'RSS']);
    const named = read(
      opml('<outline title="Untitled" text="Harbour Notes" xmlUrl="https://a.example/feed"/>'),
    );
    expect(named.feeds[0]?.title).toBe('Harbour Notes');
  });

  it("skips and counts FreshRSS's pages read by its own rules (XPath, JSON dot notation), which are no feeds", () => {
    // As FreshRSS's documentation of its OPML writes them.
    const found = read(
      opml(
        '<outline xmlns:frss="https://freshrss.org/opml" text="Example" type="HTML+XPath" xmlUrl="https://www.example.net/page.html" htmlUrl="https://www.example.net/page.html" frss:xPathItem="//article"/>' +
          '<outline xmlns:frss="https://freshrss.org/opml" text="API" type="JSON+DotNotation" xmlUrl="https://api.example.net/items.json" frss:jsonItem="items"/>' +
          '<outline text="Harbour Notes" type="rss" xmlUrl="https://harbour.example/feed"/>',
      ),
    );
    expect(found.feeds).toEqual([
      { feedUrl: 'https://harbour.example/feed', title: 'Harbour Notes' },
    ]);
    expect(found.withoutAddress).toBe(2);
  });

  it("reads a feed kept as the browser's view-source: address", () => {
    const found = read(opml('<outline xmlUrl="view-source:http://a.example/rss"/>'));
    expect(found.feeds[0]?.feedUrl).toBe('http://a.example/rss');
  });
});

describe('readOpml refuses what is not OPML, in words', () => {
  it.each([
    ['', 'This file is not OPML: it is empty.'],
    ['{"version": "1"}', 'This file is not OPML: line 1: there is text outside the document.'],
    [
      '<opml><body><outline text="a"></body></opml>',
      'This file is not OPML: line 1: </body> closes <outline>.',
    ],
    [
      '<opml>\n<body>\n<outline text=a/>\n</body></opml>',
      'This file is not OPML: line 3: a tag is broken.',
    ],
    ['<opml><body>', 'This file is not OPML: line 1: <body> is never closed.'],
    ['<opml/><opml/>', 'This file is not OPML: line 1: there is a second root element.'],
    ['<opml><!-- open', 'This file is not OPML: line 1: a comment is never closed.'],
    [
      '<rss version="2.0"><channel/></rss>',
      'This file is not OPML: its root element is <rss>, not <opml>.',
    ],
  ])('%j', (text, reason) => {
    expect(refusal(text)).toBe(reason);
  });

  it.each([
    'autodiscovery-atom-and-json-relative__Ranchero-Software__NetNewsWire__daringfireball.html',
    'autodiscovery-rss-and-json-same-titles__postlight__parser__www.npr.org.html',
    // Cloudflare's script before the doctype.
    'autodiscovery-script-before-doctype__adbar__trafilatura__makronom.de-Ressourcenschutzgesetz.html',
  ])('says a web page is one (a page saved in place of the file): %s', (page) => {
    expect(refusal(fixtureText('html', page))).toBe(
      'This file is not OPML: it is a web page. Save the OPML file itself (on GitHub, from its “Raw” link) and import that.',
    );
  });

  it('refuses a document over the size limit without reading it', () => {
    expect(refusal(' '.repeat(MAX_OPML_BYTES + 1))).toBe(
      'This file is too large to import (21 MB; the limit is 20 MB).',
    );
  });

  it('reads a bare & in an address, as real exports have them', () => {
    const found = read(opml('<outline text="Q" xmlUrl="https://a.example/?a=1&b=2"/>'));
    expect(found.feeds[0]?.feedUrl).toBe('https://a.example/?a=1&b=2');
  });
});
