// @vitest-environment node
// Node, not jsdom: feeds are parsed in a worker, where there is no DOM.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/lib/document-format';
import { parseXmlFeed } from '../../src/features/feed/api/formats/xml-feed';
import type { XmlFormat } from '../../src/features/feed/api/formats/xml-feed';
import { decodeText } from '../../src/lib/decode-text';
import { fixtureBytes, fixtureNames } from '../helpers/fixtures';

const PAGE = 'https://reader.example/feeds/posts.xml';

function read(name: string) {
  const text = decodeText(fixtureBytes('xml', name));
  return parseXmlFeed(text, PAGE, detectFormat(text) as XmlFormat);
}

const fixture = (name: string) => `Ranchero-Software__RSParser__${name}`;

/** Items that have neither a guid nor a link, left out and counted. */
const SKIPPED: Record<string, number> = {
  'nonutf8-undeclared-iso-8859-1-rss__miniflux__v2__no_encoding_ISO-8859-1.xml': 1,
};

describe('every real XML feed reads as articles', () => {
  it.each(fixtureNames('xml'))('%s', (name) => {
    const text = decodeText(fixtureBytes('xml', name));
    expect(['rss', 'rdf', 'atom']).toContain(detectFormat(text));
    const page = read(name);
    expect(page.feed.title).not.toBe('');
    expect(page.articles.length).toBeGreaterThan(0);
    expect(page.skipped).toBe(SKIPPED[name] ?? 0);
    // The LiveJournal feed was published with replacement characters already in it.
    if (!name.startsWith('livejournal')) expect(JSON.stringify(page)).not.toContain('\uFFFD');
    for (const article of page.articles) {
      expect(article.id).not.toBe('');
      expect(article.title.trim()).not.toBe('');
      expect(article.title).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
      if (article.published)
        expect(new Date(article.published).toISOString()).toBe(article.published);
      if (article.url) expect(article.url).toMatch(/^https?:\/\//);
    }
  });
});

describe('RSS 2.0', () => {
  it('reads a WordPress feed: full text, categories, author and its comments', () => {
    const page = read(fixture('natasha.xml'));
    expect(page.feed).toMatchObject({ title: 'Natasha The Robot', language: 'en-US' });
    const [first] = page.articles;
    expect(first).toMatchObject({
      title: 'The Easiest Way to Get a URL for your Apple Wallet Passkit Pass',
      published: '2017-07-07T11:06:10.000Z',
      authors: [{ name: 'Natasha Murashev' }],
      commentCount: 6,
      commentsUrl: 'https://www.natashatherobot.com/url-apple-wallet-passkit-pass/feed/',
    });
    expect(first?.tags).toEqual(['iPhone', 'event', 'ios', 'passkit', 'passkit pass', 'wallet']);
    // content:encoded is the body; the description becomes the plain-text summary.
    expect(first?.contentHtml).toMatch(/<p>/);
    expect(first?.summary).not.toMatch(/<[a-z]/i);
  });

  it('reads a podcast: the audio is an attachment with its duration, the cover its picture', () => {
    const [episode] = read(fixture('theomnishow.rss')).articles;
    expect(episode?.attachments).toEqual([
      {
        url: 'https://d2vstsfo8knv0p.cloudfront.net/audio/the-omni-show-004.mp3',
        mimeType: 'audio/mpeg',
        sizeInBytes: 24388318,
        durationInSeconds: 1729,
      },
    ]);
    expect(episode?.image).toBe(
      'https://theomnishow.omnigroup.com/assets/img/omnishow-cover-1x3000.jpg',
    );
  });

  it('resolves against xml:base, and says so for the HTML', () => {
    const page = read(fixture('rubenerd.rss'));
    expect(page.feed.language).toBe('en-SG');
    expect(page.articles[0]?.contentBase).toBe('https://rubenerd.com/');
  });

  it('reads a feed in gb2312 with its Chinese text intact', () => {
    const page = read(fixture('kc0011.rss'));
    expect(page.feed.title).toBe('投资资讯网交易在线--流通纪念币最新20篇论坛主题-全文');
    expect(page.articles[0]?.title).toBe('建国35周年纪念，华表，和平鸽');
    expect(JSON.stringify(page)).not.toContain('\uFFFD');
  });

  it('names authors from dc:creator and from "email (Name)"', () => {
    expect(read(fixture('EMarley.rss')).articles[0]?.authors).toEqual([{ name: 'Liz Marley' }]);
    const rss = `<rss version="2.0"><channel><title>T</title><item><guid>1</guid><title>A</title>
      <author>ed@example.org (Ed Example)</author></item></channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').articles[0]?.authors).toEqual([
      { name: 'Ed Example', url: undefined },
    ]);
  });

  it('takes the picture from media:thumbnail or media:content', () => {
    const page = read(fixture('macworld.rss'));
    expect(page.articles[0]?.image).toBe(
      'https://images.idgesg.net/images/article/2017/08/best-smart-locks-100730768-medium.jpg',
    );
  });

  it('takes the widest of a newspaper’s media:content pictures, which name no kind', () => {
    // The Guardian's feed: each item's photo at 140 and 460 pixels wide, no medium or type.
    const page = read('newspaper-rss__rbren__rss-parser__guardian.rss');
    expect(page.articles[0]?.image).toMatch(
      /^https:\/\/i\.guim\.co\.uk\/img\/media\/b73c8752.*\/3000\.jpg\?w=460&/,
    );
    expect(page.articles.filter((article) => article.image)).toHaveLength(page.articles.length);
    // Without an image file's name, a media:content of no kind is not taken for a picture.
    const rss = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
      <item><guid>1</guid><title>A</title><media:content url="https://example.org/watch?v=1"/></item>
      </channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').articles[0]?.image).toBeUndefined();
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items, dc:date and dc:creator', () => {
    const page = read(fixture('bio.rdf'));
    expect(page.articles).toHaveLength(30);
    expect(page.articles[0]).toMatchObject({
      published: '2019-08-27T00:00:00.000Z',
      url: 'http://biorxiv.org/cgi/content/short/743294v1?rss=1',
    });
    expect(page.articles[0]?.authors[0]?.name).toMatch(/^Kaur, M\./);
  });
});

describe('Atom', () => {
  it('reads a Blogger feed: alternate link, replies feed, comment count and the next page', () => {
    const page = read(fixture('4fsodonline.atom'));
    expect(page.feed).toMatchObject({
      title: '4 Fighting Serpents of Death',
      homePageUrl: 'http://4fsodonline.blogspot.com/',
      authors: [{ name: 'Anthony' }],
    });
    expect(page.nextUrl).toBe(
      'http://www.blogger.com/feeds/3905741845175603023/posts/default?start-index=26&max-results=25',
    );
    expect(page.articles[0]).toMatchObject({
      id: 'tag:blogger.com,1999:blog-3905741845175603023.post-425541125763448592',
      url: 'http://4fsodonline.blogspot.com/2007/12/4fsod-documentary-bloopers-and-stuff.html',
      commentCount: 0,
      commentsUrl: 'http://4fsodonline.blogspot.com/feeds/425541125763448592/comments/default',
      published: '2007-12-15T07:15:00.000Z',
      modified: '2007-12-15T19:35:51.128Z',
    });
    expect(page.articles[0]?.attachments[0]?.mimeType).toBe('video/mp4');
  });

  it('counts comments from a replies link, and lists an enclosure once', () => {
    const [entry] = read(fixture('expertopinionent.atom')).articles;
    expect(entry?.commentCount).toBe(0);
    expect(entry?.commentsUrl).toBeUndefined();
    expect(entry?.attachments).toHaveLength(1);
  });

  it('reads text, html and xhtml content, and html titles', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/a/">
      <title type="html">Caf&amp;eacute; &lt;b&gt;notes&lt;/b&gt;</title>
      <entry><id>1</id><title>Plain</title><content type="text">Line one &amp; two</content>
        <link href="one.html"/></entry>
      <entry><id>2</id><title type="html">&lt;em&gt;Bold&lt;/em&gt; move</title>
        <content type="html">&lt;p&gt;Hello &lt;a href="x.html"&gt;x&lt;/a&gt;&lt;/p&gt;</content></entry>
      <entry><id>3</id><title>X</title><summary>Only a summary</summary></entry>
    </feed>`;
    const page = parseXmlFeed(atom, PAGE, 'atom');
    expect(page.feed.title).toBe('Café notes');
    const [one, two, three] = page.articles;
    expect(one).toMatchObject({
      contentText: 'Line one & two',
      url: 'https://blog.example/a/one.html',
      contentBase: 'https://blog.example/a/',
    });
    expect(two).toMatchObject({
      title: 'Bold move',
      contentHtml: '<p>Hello <a href="x.html">x</a></p>',
    });
    expect(three).toMatchObject({ contentText: 'Only a summary' });
  });
});

describe('what cannot be read', () => {
  it('skips and counts an item with nothing to know it by', () => {
    const rss = `<rss version="2.0"><channel><title>T</title>
      <item><title>No id, no link</title></item><item><guid>a</guid><title>Kept</title></item>
      <item><guid>a</guid><title>Twice</title></item></channel></rss>`;
    const page = parseXmlFeed(rss, PAGE, 'rss');
    expect(page.articles.map((a) => a.title)).toEqual(['Kept']);
    expect(page.skipped).toBe(1);
  });

  it('gives a title-less item a display title from its text', () => {
    const rss = `<rss version="2.0"><channel><title>T</title><item><guid>m</guid>
      <description>&lt;p&gt;Just posted a photo of the harbour at dawn.&lt;/p&gt;</description>
      </item></channel></rss>`;
    const [post] = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(post).toMatchObject({
      hasTitle: false,
      title: 'Just posted a photo of the harbour at dawn.',
    });
  });

  it('names the feed by its address when it has no title', () => {
    const rss = '<rss version="2.0"><channel><description>d</description></channel></rss>';
    const page = parseXmlFeed(rss, PAGE, 'rss');
    expect(page.feed.title).toBe('reader.example');
    expect(page.articles).toEqual([]);
  });

  it.each([
    ['an empty channel', '<rss version="2.0"><channel/></rss>'],
    ['a document cut off mid-download', '<rss><channel><title>T</title><item><title>cut'],
  ])('gives %s a clear message', (_name, rss) => {
    expect(() => parseXmlFeed(rss, PAGE, 'rss')).toThrow(
      'This feed could not be read: it is empty, cut off or not well-formed XML.',
    );
  });
});
