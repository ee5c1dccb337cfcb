// @vitest-environment node
// Node, not jsdom: feeds are parsed in a worker, where there is no DOM.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/lib/document-format';
import { parseXmlFeed } from '../../src/features/feed/api/formats/xml-feed';
import type { XmlFormat } from '../../src/features/feed/api/formats/xml-feed';
import { decodeText } from '../../src/lib/decode-text';
import { fixtureBytes, fixtureNames } from '../helpers/fixtures';

const PAGE = 'https://reader.example/feeds/posts.xml';

function read(name: string, group: Parameters<typeof fixtureBytes>[0] = 'xml') {
  const text = decodeText(fixtureBytes(group, name));
  return parseXmlFeed(text, PAGE, detectFormat(text) as XmlFormat);
}

const fixture = (name: string) => `Ranchero-Software__RSParser__${name}`;

/** Items that have neither a guid nor a link, left out and counted. */
const SKIPPED: Record<string, number> = {
  'nonutf8-undeclared-iso-8859-1-rss__miniflux__v2__no_encoding_ISO-8859-1.xml': 1,
  // The item the document ends in the middle of.
  'cut-off-rss__kagisearch__fastfeedparser__osm-pl.xml': 1,
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
      // An instant, or a day alone (dc:date's "2019-08-27").
      if (article.published) {
        const instant = new Date(article.published).toISOString();
        expect([instant, instant.slice(0, 10)]).toContain(article.published);
      }
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

  it('takes no icon for the picture of a text that shows it small, then again at no size', () => {
    // livedoor Blog: <img height="32" width="32" src="…/3bcf5fa7.png">, later <img src="…/3bcf5fa7.png">.
    const page = read('livedoor-rdf-sized-icons__itayayuichiro__ff14_xml__index.rdf');
    const guide = page.articles.find((article) =>
      article.title.includes('ナイト立ち回り完全ガイド'),
    );
    expect(guide).toBeDefined();
    expect(guide?.image).not.toMatch(/3bcf5fa7\.png$/);
  });

  it("reads an episode's length written with white space around it or a fraction of a second", () => {
    // KCRW: "\n\t\t\t\t00:28:59\t\t\t"; RSR (Swiss radio): "00:04:49.0".
    const [padded] = read('podcast-padded-duration-kcrw__rometools__rome__lr.xml').articles;
    expect(padded?.attachments[0]?.durationInSeconds).toBe(28 * 60 + 59);
    const [fractional] = read('podcast-fractional-duration-rsr__rometools__rome__rsr.xml').articles;
    expect(fractional?.attachments[0]?.durationInSeconds).toBe(4 * 60 + 49);
    // FiveThirtyEight's older episodes: "<![CDATA[30:34]]>".
    const archive = read(
      'podcast-cdata-duration__Apprentice57__fivethirtyeight-podcast-archive.rss',
    );
    expect(archive.articles.map((article) => article.attachments[0]?.durationInSeconds)).toEqual([
      1588,
      30 * 60 + 34,
    ]);
  });

  it("an episode whose guid is its recording has no page to open, and its summary's entities read as text (SCOTUSblog)", () => {
    const page = read('podcast-guid-recording__alexangas__podcast-feed-reader__scotusblog.xml');
    expect(page.articles.map((article) => article.url)).toEqual([undefined, undefined]);
    expect(page.articles[1]?.attachments[0]).toMatchObject({
      url: 'http://www.scotusblog.com/movabletype/archives/9-13-06.mp3',
      durationInSeconds: 390,
    });
    expect(page.articles[1]?.contentText).toMatch(
      /^In this episode .* Amy Howe of Howe & Russell talks/,
    );
  });

  it("an audience counter's pixel (Nielsen's) is no episode's picture (RTVE)", () => {
    const rss = `<rss version="2.0"><channel><title>RTVE</title><item><title>Episodio</title><guid>https://www.rtve.es/a/1</guid><description>&lt;p&gt;Programa.&lt;/p&gt;&lt;img src="http://secure-uk.imrworldwide.com/cgi-bin/m?ci=es-rssrtve&amp;amp;cg=0" alt=""/&gt;</description></item></channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').articles[0]?.image).toBeUndefined();
  });

  it("takes a video's length from the media:group beside its enclosure (PeerTube)", () => {
    const [video] = read(
      'peertube-media-group-duration__feed-rs__feed-rs__rss_2.0_peertube.xml',
    ).articles;
    expect(video?.attachments[0]).toMatchObject({ mimeType: 'video/mp4', durationInSeconds: 11 });
  });

  it("plays an enclosure that names no type by its file's name (Apple's iTunes U)", () => {
    const page = read('itunes-u-untyped-enclosures__Tombarr__podcast-feed-parser__itunesu.xml');
    expect(page.articles.map((article) => article.attachments[0]?.mimeType)).toEqual([
      'application/epub+zip',
      'video/quicktime',
      'video/quicktime',
      'video/quicktime',
    ]);
  });

  it('reads a category written as a list with bare commas as its names, and keeps "Name, Given" whole', () => {
    const [episode] = read('podcast-rss__rbren__rss-parser__itunes-keywords-astext.rss').articles;
    expect(episode?.tags).toEqual(['DASDING', 'Alice Merton', 'Voice of Germany', 'Interview']);
    const nyt = read('newspaper-item-caption-rss__gesab001__headlines__nytimes.xml').articles;
    expect(nyt.flatMap((article) => article.tags)).toContain('Whitmer, Gretchen');
    // Keywords in one dc:subject, as BBC Russian's Atom gives them.
    const bbc = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><title>BBC</title><entry><id>urn:uuid:1</id><title>T</title><updated>2015-08-14T10:00:00Z</updated><dc:subject>исламское государство, сша, сирия, "химическое оружие"</dc:subject><dc:subject>Arts, Culture</dc:subject></entry></feed>`;
    expect(parseXmlFeed(bbc, PAGE, 'atom').articles[0]?.tags).toEqual([
      'исламское государство',
      'сша',
      'сирия',
      'химическое оружие',
      'Arts, Culture',
    ]);
  });

  it("takes no tag from a category that is an address, as Google's feeds say what an entry is", () => {
    const videos = read('gdata-kind-category__rometools__rome__YouTube-MostPopular.atom').articles;
    const tags = videos.flatMap((video) => video.tags);
    expect(tags).toContain('Comedy');
    expect(tags.filter((tag) => /^https?:/.test(tag))).toEqual([]);
    // The same in RSS, as a category's text with its scheme as its domain.
    const rss = `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link><category domain="http://schemas.google.com/g/2005#kind">http://gdata.youtube.com/schemas/2007#video</category><category domain="http://gdata.youtube.com/schemas/2007/keywords.cat">Pixar</category></item></channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').articles[0]?.tags).toEqual(['Pixar']);
  });

  it("takes words written where the comment feed goes for none (feedjira's sample)", () => {
    const rss = `<rss version="2.0" xmlns:wfw="http://wellformedweb.org/CommentAPI/"><channel><title>Paul Dix Explains Nothing</title><link>http://www.pauldix.net/</link><item><title>Marshal data too short error with ActiveRecord</title><link>http://www.pauldix.net/2008/09/marshal-data-to.html</link><guid>tag:typepad.com,2003:post-55147740</guid><description>Text.</description><wfw:commentRss>this is the new val</wfw:commentRss></item><item><title>Next</title><link>http://www.pauldix.net/next.html</link><description>Text.</description><wfw:commentRss>http://www.pauldix.net/next/comments/feed</wfw:commentRss></item></channel></rss>`;
    const [words, address] = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(words?.commentsUrl).toBeUndefined();
    expect(address?.commentsUrl).toBe('http://www.pauldix.net/next/comments/feed');
  });

  it("reads an Atom entry's comment feed named as RSS names it (Dotclear's wfw:commentRss)", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:wfw="http://wellformedweb.org/CommentAPI/"><title>Journal d'un avocat</title><entry><title type="html">Eolas au Journal Officiel</title><link href="https://www.maitre-eolas.fr/post/2009/07/26/Eolas-au-Journal-Officiel" rel="alternate" type="text/html"/><id>urn:md5:9b8e</id><updated>2009-07-26T19:29:00+02:00</updated><content type="html">&lt;p&gt;Texte.&lt;/p&gt;</content><wfw:comment>https://www.maitre-eolas.fr/post/2009/07/26/Eolas-au-Journal-Officiel#comment-form</wfw:comment><wfw:commentRss>https://www.maitre-eolas.fr/feed/atom/comments/1440</wfw:commentRss></entry></feed>`;
    expect(parseXmlFeed(atom, PAGE, 'atom').articles[0]?.commentsUrl).toBe(
      'https://www.maitre-eolas.fr/feed/atom/comments/1440',
    );
  });

  it('leaves out the heading a text opens with where it is the title, shown above it', () => {
    // andrea.pappacoda.it's Atom: each post's whole page, its title as its first heading.
    const atom = (title: string, heading: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>tag:a,2026:f</id><title>${title}</title><updated>2026-05-24T13:02:30+02:00</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">\n\n<h1>${heading}</h1>\n<p>Sembra che nel mondo…</p></div></content></entry></feed>`;
    const [same] = parseXmlFeed(
      atom('Le favicon non sono difficili', 'Le  favicon non sono <em>difficili</em>'),
      PAGE,
      'atom',
    ).articles;
    expect(same?.contentHtml).not.toContain('<h1');
    expect(same?.contentHtml).toContain('<p>Sembra che nel mondo…</p>');
    expect(same?.excerpt ?? '').not.toMatch(/difficili/);
    // A heading of its own stays.
    const [other] = parseXmlFeed(atom('Favicon', 'Perché'), PAGE, 'atom').articles;
    expect(other?.contentHtml).toContain('<h1>Perché</h1>');
  });

  it("reads an episode's chapters, in the order they play (Podlove Simple Chapters)", () => {
    // As Podlove Publisher writes them (CRE), with the other forms of time the format allows.
    const rss = `<rss version="2.0" xmlns:psc="http://podlove.org/simple-chapters"><channel><title>CRE</title><item><title>CRE206 Das Ohr</title><link>https://cre.example/cre206</link><enclosure url="https://cre.example/cre206.m4a" length="156431572" type="audio/mp4"/><psc:chapters version="1.2"><psc:chapter start="00:00:00.000" title="Intro"/><psc:chapter start="00:07:30.989" title="Elektrochemie und das Ohr"/><psc:chapter start="00:00:56.455" title="Vorstellung Stefan Brill" href="/stefan-brill"/><psc:chapter start="01:04:46.841" title="Der Gleichgewichtssinn"/><psc:chapter start="90" title="Ninety seconds"/><psc:chapter start="2:05.5" title="Minutes and seconds"/><psc:chapter start="later" title="No time"/><psc:chapter start="00:10:00" title=" "/></psc:chapters></item></channel></rss>`;
    const [episode] = parseXmlFeed(rss, 'https://cre.example/feed/m4a/', 'rss').articles;
    expect(episode?.chapters).toEqual([
      { start: 0, title: 'Intro' },
      { start: 56.455, title: 'Vorstellung Stefan Brill', url: 'https://cre.example/stefan-brill' },
      { start: 90, title: 'Ninety seconds' },
      { start: 125.5, title: 'Minutes and seconds' },
      { start: 450.989, title: 'Elektrochemie und das Ohr' },
      { start: 3886.841, title: 'Der Gleichgewichtssinn' },
    ]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:psc="http://podlove.org/simple-chapters"><title>T</title><entry><id>tag:a,2015:1</id><title>E</title><updated>2015-01-01T00:00:00Z</updated><psc:chapters version="1.2"><psc:chapter start="00:01:00" title="One"/></psc:chapters></entry></feed>`;
    expect(parseXmlFeed(atom, PAGE, 'atom').articles[0]?.chapters).toEqual([
      { start: 60, title: 'One' },
    ]);
    // An item without any has none.
    expect(
      parseXmlFeed(rss.replace(/<psc:chapters[^]*<\/psc:chapters>/, ''), PAGE, 'rss').articles[0]
        ?.chapters,
    ).toBeUndefined();
  });

  it("names an episode's chapters document where the feed lists no chapters itself (Podcasting 2.0)", () => {
    const episodes = read(
      'podcasting-2-example__Podcastindex-org__podcast-namespace__example.xml',
    ).articles;
    expect(episodes.map((episode) => episode.chaptersUrl)).toEqual([
      'https://example.com/ep3_chapters.json',
      'https://example.com/ep2_chapters.json',
      'https://example.com/ep1_chapters.json',
    ]);
    const item = (chapters: string) =>
      parseXmlFeed(
        `<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:psc="http://podlove.org/simple-chapters" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title><item><title>E</title><link>https://pod.example/e1</link>${chapters}</item></channel></rss>`,
        'https://pod.example/feed.xml',
        'rss',
      ).articles[0];
    // Where each is in the show: Podcasting 2.0's season and episode.
    expect(episodes.map((episode) => episode.episode)).toEqual([
      'Season 1, episode 3',
      'Season 1, episode 2',
      'Season 1, episode 1',
    ]);
    // Relative to the feed, in the type the specification gives it.
    expect(
      item('<podcast:chapters url="/chapters/e1.json" type="application/json+chapters"/>')
        ?.chaptersUrl,
    ).toBe('https://pod.example/chapters/e1.json');
    // iTunes' numbers first; a trailer is one, whatever its number.
    expect(
      item('<itunes:season>2</itunes:season><itunes:episode>7</itunes:episode>')?.episode,
    ).toBe('Season 2, episode 7');
    expect(item('<itunes:episode>12</itunes:episode>')?.episode).toBe('Episode 12');
    expect(
      item('<itunes:episodeType>trailer</itunes:episodeType><itunes:episode>1</itunes:episode>')
        ?.episode,
    ).toBe('Trailer');
    expect(item('<itunes:episode>0</itunes:episode>')?.episode).toBeUndefined();
    // A document of another kind is not read as JSON.
    expect(
      item('<podcast:chapters url="/e1.psc.xml" type="application/xml"/>')?.chaptersUrl,
    ).toBeUndefined();
    // Chapters the feed lists itself are the ones shown; the document is not read.
    const both = item(
      '<podcast:chapters url="/e1.json" type="application/json"/><psc:chapters version="1.2"><psc:chapter start="0" title="Intro"/></psc:chapters>',
    );
    expect(both?.chapters).toEqual([{ start: 0, title: 'Intro' }]);
    expect(both?.chaptersUrl).toBeUndefined();
  });

  it('names who is in an episode and who made it, the show’s people where it names none (Podcasting 2.0)', () => {
    const [third] = read(
      'podcasting-2-example__Podcastindex-org__podcast-namespace__example.xml',
    ).articles;
    // A role is "host" where unsaid.
    expect(third?.people).toEqual([
      {
        name: 'Adam Curry',
        role: 'host',
        url: 'https://www.podchaser.com/creators/adam-curry-107ZzmWE5f',
      },
      { name: 'Dave Jones', role: 'guest', url: 'https://github.com/daveajones/' },
      {
        name: 'Becky Smith',
        role: 'cover art designer',
        url: 'https://example.com/artist/beckysmith',
      },
    ]);
    // An episode's own replace the show's three hosts: each episode here names one.
    const hits = read('podcast-namespace-value-person__RyanHirsch__partytime__homegrown-hits.xml');
    for (const episode of hits.articles)
      expect(episode.people).toEqual([
        { name: 'DuhLaurien', role: 'host', url: 'https://bowlafterbowl.com/' },
      ]);
    const withCast = (channel: string, item: string) =>
      parseXmlFeed(
        `<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>T</title>${channel}<item><title>E</title><link>https://pod.example/e1</link>${item}</item></channel></rss>`,
        'https://pod.example/feed.xml',
        'rss',
      ).articles[0]?.people;
    // The show's people stand for an episode that names none, not beside an episode's own.
    expect(withCast('<podcast:person>Ana</podcast:person>', '')).toEqual([
      { name: 'Ana', role: 'host' },
    ]);
    expect(
      withCast(
        '<podcast:person>Ana</podcast:person>',
        '<podcast:person role="Guest" href="/people/bo">Bo</podcast:person><podcast:person role="guest">Bo</podcast:person><podcast:person> </podcast:person>',
      ),
    ).toEqual([{ name: 'Bo', role: 'guest', url: 'https://pod.example/people/bo' }]);
    expect(withCast('', '')).toBeUndefined();
  });

  it('reads a full text without a tag as text, its line breaks its own (PeerTube)', () => {
    const [video] = read('peertube-rss__spacecowboy__Feeder__rss_peertube.xml').articles;
    expect(video?.contentHtml).toBeUndefined();
    expect(video?.contentText).toMatch(/^MOOC CHATONS#1 - [^\n]+\nSéquence 1\. [^\n]+\nVidéo 4\. /);
  });

  it("reads a description escaped twice as its words (WordPress's comment feeds)", () => {
    const feed = read(
      'wordpress-comments-rss-post-small__8none1__old_whizzy_dot_org__double-helping-of-pi-hole-feed-index.xml',
      'comments',
    );
    const reply = feed.articles.find((article) => article.summary?.startsWith('In reply to'));
    expect(reply?.summary).toMatch(/^In reply to Marian\. /);
  });

  it('reads the items of an element left open before them where they belong (feedjira)', () => {
    const page = read(
      'itunes-category-left-open__feedjira__feedjira__ITunesWithSingleQuotedAttributes.xml',
      'invalid',
    );
    expect(page.feed.title).toBe('All About Everything');
    expect(page.articles.map((article) => article.title)).toEqual([
      'Shake Shake Shake Your Spices',
      'Socket Wrench Shootout',
      'Red, Whine, & Blue',
    ]);
    expect(page.articles[0]?.attachments[0]?.url).toBe(
      'http://example.com/podcasts/everything/AllAboutEverythingEpisode3.m4a',
    );
  });

  it('reads a description escaped twice and cut inside a link as its words (WordPress)', () => {
    const rss = `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Comments on: 8 Bit Spaghetti</title><link>https://8-bitspaghetti.com</link><item><title>Comment on The Bulk of My Computer by Guy Incognito</title><link>https://8-bitspaghetti.com/2012/04/bulk-computer/#comment-170</link><description><![CDATA[A schematic for a very similar computer can be found here:

&lt;a href=&quot;http://www.scribd.com/doc/122490378/SAP-1&quot; title=&quot;SAP-1 Simple As Possible Computer&quot; rel=&quot;nofollow&quot;&gt;]]></description><content:encoded><![CDATA[<p>A schematic for a very similar computer can be found here:</p>
<p><a href="http://www.scribd.com/doc/122490378/SAP-1" title="SAP-1 Simple As Possible Computer" rel="nofollow"></a></p>]]></content:encoded></item></channel></rss>`;
    const [comment] = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(comment?.summary).toBe('A schematic for a very similar computer can be found here:');
  });

  it('gives a post of a picture alone no excerpt (Tumblr)', () => {
    const photos = read('tumblr-rss__rss2email__rss2email__tumblr-feed.rss').articles.filter(
      (article) => !article.contentHtml?.replace(/<[^>]*>/g, '').trim(),
    );
    expect(photos.length).toBeGreaterThan(0);
    for (const photo of photos) expect(photo).not.toHaveProperty('excerpt', '');
  });

  it("names a community's post by the member who posted it, and counts its comments (LiveJournal, Dreamwidth)", () => {
    const { articles } = read('community-poster__dreamwidth__dw-free__parsefeed-authors.rss');
    expect(articles.map((article) => article.authors.map((author) => author.name))).toEqual([
      ['example-dc-creator'],
      ['example-lj-poster'],
      ['example-dw-poster'],
    ]);
    // Their comments are on their pages: lj:reply-count says how many.
    expect(articles.map((article) => article.commentCount)).toEqual([undefined, 0, 0]);
  });

  it("names a community's Atom entry by the member who posted it, before the community (LiveJournal, Dreamwidth)", () => {
    const { articles } = read('community-poster__dreamwidth__dw-free__parsefeed-authors.atom');
    expect(articles.map((article) => article.authors.map((author) => author.name))).toEqual([
      ['example-atom-author'],
      ['example-dw-poster'],
      ['example-lj-poster'],
      ['example-feed-author'],
      ['prefer-lj-poster'],
    ]);
  });

  it('keeps an item that has nothing but its full text (no title, guid or link)', () => {
    const page = parseXmlFeed(
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Notes</title><item><content:encoded>&lt;p&gt;Did the JavaScript execute?&lt;/p&gt;</content:encoded></item>
      </channel></rss>`,
      PAGE,
      'rss',
    );
    expect(page.skipped).toBe(0);
    expect(page.articles.map((article) => article.contentHtml)).toEqual([
      '<p>Did the JavaScript execute?</p>',
    ]);
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
      published: '2019-08-27',
      url: 'http://biorxiv.org/cgi/content/short/743294v1?rss=1',
    });
    expect(page.articles[0]?.authors[0]?.name).toMatch(/^Kaur, M\./);
  });

  it('reads every item, in its order, though the channel lists some by another address (BBC)', () => {
    const page = read(
      'rdf-items-listed-by-another-address-windows-1250__chardet__chardet__bbc.co.uk.hu.pressreview.xml',
    );
    expect(page.articles).toHaveLength(20);
    const titles = page.articles.map((article) => article.title);
    expect(titles).toContain('BBC Monitoring');
    expect(titles.indexOf('BBC Monitoring')).toBeGreaterThan(0);
    expect(page.articles.find((article) => article.title === 'BBC Monitoring')?.url).toBe(
      'http://www.monitor.bbc.co.uk/',
    );
  });

  it('dates an item by dcterms:issued or dcterms:created where it has no dc:date', () => {
    const rdf = (dates: string) =>
      `<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcterms="http://purl.org/dc/terms/"><channel rdf:about="https://lib.example/"><title>Library</title><link>https://lib.example/</link></channel><item rdf:about="https://lib.example/a"><title>A</title><link>https://lib.example/a</link>${dates}</item></rdf:RDF>`;
    const issued = parseXmlFeed(
      rdf(
        '<dcterms:issued>2004-05-01T09:00:00Z</dcterms:issued><dcterms:modified>2004-06-02T10:00:00Z</dcterms:modified>',
      ),
      PAGE,
      'rdf',
    ).articles[0];
    expect(issued).toMatchObject({
      published: '2004-05-01T09:00:00.000Z',
      modified: '2004-06-02T10:00:00.000Z',
    });
    const created = parseXmlFeed(
      rdf('<dcterms:created>2004-05-01T09:00:00Z</dcterms:created>'),
      PAGE,
      'rdf',
    ).articles[0];
    expect(created?.published).toBe('2004-05-01T09:00:00.000Z');
  });
});

describe('excerpts', () => {
  it('keep a word with its reading aid (ruby) whole (Aozora Bunko, EUC-JP)', () => {
    const { articles } = read(
      'movable-type-ruby-euc-jp__chardet__chardet__siesta.co.jp.aozora.xml',
    );
    const excerpt = (title: string) => articles.find((post) => post.title === title)?.excerpt;
    expect(excerpt('附子')).toContain('だれにも明（あ）かすことのできない孤独な行為。');
    expect(excerpt('幕府軍艦操練所')).toContain('海舟を斬（き）りに行って');
  });

  it("are a post's text though its picture's markup comes first, thousands of characters long (Tumblr)", () => {
    const [first] = read(
      'tumblr-picture-markup-before-text__kagisearch__fastfeedparser__vintagehomeplans.xml',
    ).articles;
    expect(first?.excerpt).toMatch(/^France, 1927: A rustic little cottage A 1\.5-story house/);
  });
});

describe('Atom', () => {
  it("reads an entry's content against the entry's base, not against its summary's own", () => {
    // feedparser's entry_content_xml_base_inherit_4.xml, in Atom 1.0.
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.com/parent/"><title>T</title><entry><id>urn:e1</id><title>x</title><summary xml:base="http://example.com/info/">blah</summary><content type="html">Example &lt;a href="test.html"&gt;test&lt;/a&gt;</content></entry><entry><id>urn:e2</id><title>y</title><summary type="html" xml:base="http://example.com/info/">&lt;a href="more.html"&gt;more&lt;/a&gt;</summary></entry></feed>`;
    const [withContent, summaryOnly] = parseXmlFeed(atom, PAGE, 'atom').articles;
    expect(withContent?.contentBase).toBe('http://example.com/parent/');
    expect(summaryOnly?.contentBase).toBe('http://example.com/info/');
  });

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

describe('habits of real feeds', () => {
  it('a category written in several spellings and as a slug is one tag, in its first (HuffPost)', () => {
    const page = read('huffpost-slug-tags-proxy-picture__feedjira__feedjira__HuffPostCanada.xml');
    expect(page.articles[0]?.tags).toEqual([
      'Dakota Collegiate',
      'hijab',
      'Living',
      'Muslim women',
      'News',
    ]);
  });

  it('dates in British Summer Time (Sky Sports) and other zones named by letters', () => {
    const page = read('zone-bst-rss__jocmp__capyreader__feed-test-xsl.xml');
    expect(page.articles[0]?.published).toBe('2019-05-17T05:00:00.000Z');
    expect(page.articles.every((article) => article.published)).toBe(true);
  });

  it('a date inside a <time> element, as Drupal writes it (FDA)', () => {
    const page = read('drupal-time-pubdate-rss__jocmp__capyreader__feed-test-time.xml');
    expect(page.articles[0]?.published).toBe('2019-05-03T19:21:28.000Z');
    expect(page.articles.every((article) => article.published)).toBe(true);
  });

  it("an item dated only by Atom's updated, as .NET's SyndicationFeed writes it (PC INpact)", () => {
    const page = read('dotnet-atom-updated-only__nicolus__picoFeed__pcinpact.xml');
    expect(page.articles.map((article) => article.published)).toEqual([
      '2013-04-06T23:11:00.000Z',
      '2013-04-06T22:00:00.000Z',
      '2013-04-06T11:37:00.000Z',
    ]);
  });

  it('reads a document whose type declares its own entities (Linux Journal), never fetching them', () => {
    const page = read('doctype-internal-subset__rssowl__RSSOwl__linuxjournal.xml');
    expect(page.articles).toHaveLength(15);
    expect(page.articles[0]).toMatchObject({
      title: 'Localizing the Broadband Battle',
      url: 'http://www.linuxjournal.com/node/1000043',
      published: '2006-05-24T19:11:38.000Z',
    });
  });

  it('reads every RSS 1.0 item where a comment before the channel names its <items> (JavaWorld)', () => {
    const page = read('rss10-items-named-in-comment__KDE__syndication__javaworld.xml');
    expect(page.articles).toHaveLength(10);
    expect(page.articles[1]?.title).toBe("Stroustrup reveals what's new in C++ 11");
  });

  it("FeedFlare's buttons and FeedBurner's pixel on a publisher's own feed address are no item's picture (PCWorld)", () => {
    const page = read('feedflare-on-own-address__rssowl__RSSOwl__pcworld.xml');
    expect(page.articles).toHaveLength(20);
    expect(page.articles.filter((article) => article.image)).toEqual([]);
  });

  it("a wiki's icon beside each change is no picture of it (ikiwiki)", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Rel4tion</title><id>https://wiki.example/recentchanges/</id><entry><title>change to projects/funbot</title><id>https://wiki.example/recentchanges/change_1/</id><updated>2015-06-14T20:01:00Z</updated><content type="html">&lt;a href="https://wiki.example/projects/funbot/"&gt;&lt;img src="https://wiki.example/recentchanges/../wikiicons/diff.png" alt="diff" /&gt;&lt;/a&gt; projects/funbot</content></entry></feed>`;
    expect(parseXmlFeed(atom, PAGE, 'atom').articles[0]?.image).toBeUndefined();
  });

  it("a picture its alt text calls an icon is no picture of the post (Bluesky's blog)", () => {
    // As the Bluesky blog's RSS closes a post: a link, and an arrow drawn after it.
    const rss = `<rss version="2.0"><channel><title>Bluesky</title><item><title>The AT Protocol</title><link>https://blueskyweb.xyz/blog/10-18-2022-the-at-protocol</link><description>&lt;p&gt;Today we are releasing the AT Protocol.&lt;/p&gt;&lt;aside&gt;&lt;a href="https://atproto.com/"&gt;Read the protocol docs&amp;nbsp;here &lt;img src="/external.svg" alt="External Link Icon"&gt;&lt;/a&gt;&lt;/aside&gt;</description></item></channel></rss>`;
    expect(
      parseXmlFeed(rss, 'https://blueskyweb.xyz/rss.xml', 'rss').articles[0]?.image,
    ).toBeUndefined();
  });

  it("leaves Hugo's date for a page without one, the year 1, undated, not 2001", () => {
    const page = read('hugo-undated-page-year-1__bunin__blog__ru-index.xml');
    expect(page.articles.map((article) => [article.title, article.published])).toEqual([
      ['Привет, мир!', '2024-12-06T09:01:20.000Z'],
      ['Обо мне', undefined],
    ]);
  });

  it('keeps a title that names an element in words as written (Nikola)', () => {
    const page = read('nikola-title-naming-a-tag__Kwpolska__chriswarrick.com__pl-rss.xml');
    expect(page.articles[0]?.title).toBe(
      'When HTML is not enough: a tale of the <datalist> element',
    );
    // A title marked up is still read as text.
    const rss = `<rss version="2.0"><channel><title>T</title><item><title>&lt;b&gt;Breaking:&lt;/b&gt; the &lt;em&gt;news&lt;/em&gt;</title><guid>https://news.example/1</guid></item></channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').articles[0]?.title).toBe('Breaking: the news');
  });

  it("reads Dublin Core's title and description where RSS's are missing, for items and the channel", () => {
    // As in gofeed's and feedparser's test documents (item_dc_title.xml, channel_dc_title.xml).
    const rss = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><dc:title>DC Title</dc:title><dc:description>DC Description</dc:description><item><dc:title>DC Item Title</dc:title><dc:description>DC Item Description</dc:description><dc:date>2026-02-03T04:05:06Z</dc:date></item><item><dc:title>Linked</dc:title><link>https://site.example/linked</link></item></channel></rss>`;
    const page = parseXmlFeed(rss, PAGE, 'rss');
    expect(page.feed).toMatchObject({ title: 'DC Title', description: 'DC Description' });
    expect(page.skipped).toBe(0);
    expect(page.articles.map(({ title, contentText }) => [title, contentText])).toEqual([
      ['DC Item Title', 'DC Item Description'],
      ['Linked', undefined],
    ]);
    expect(page.articles[0]?.published).toBe('2026-02-03T04:05:06.000Z');
  });

  it("titles an episode by iTunes' title where it has no RSS title", () => {
    const rss = `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Show</title><item><guid isPermaLink="false">ep5</guid><itunes:title>Rivers</itunes:title><itunes:summary>We talk about rivers.</itunes:summary><enclosure url="https://show.example/5.mp3" length="1" type="audio/mpeg"/></item><item><guid isPermaLink="false">ep6</guid><title>Episode 6: Lakes</title><itunes:title>Lakes</itunes:title></item></channel></rss>`;
    expect(
      parseXmlFeed(rss, PAGE, 'rss').articles.map(({ title, hasTitle }) => [title, hasTitle]),
    ).toEqual([
      ['Rivers', true],
      // RSS's own title where there is one: iTunes' leaves out the episode's number.
      ['Episode 6: Lakes', true],
    ]);
  });

  it('lists two posts the feed gave one guid, each under an id of its own (Scripting News)', () => {
    const page = read(fixture('scriptingNews.rss'));
    expect(page.articles).toHaveLength(50);
    expect(new Set(page.articles.map((article) => article.id)).size).toBe(50);
    const sharing = page.articles.filter((article) =>
      article.id.startsWith('http://scripting.com/2017/06/25.html#a080631'),
    );
    expect(sharing.map((article) => article.title)).toEqual([
      'Good morning Internet guzzlers! 🍺',
      expect.stringMatching(/Dropbox/),
    ]);
    // The first keeps the guid as its id, as before.
    expect(sharing[0]?.id).toBe('http://scripting.com/2017/06/25.html#a080631');
  });

  it('lists the same post given twice once', () => {
    const item = '<item><guid>urn:a</guid><title>A</title><description>Text.</description></item>';
    const rss = `<rss version="2.0"><channel><title>T</title>${item}${item}</channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').articles).toHaveLength(1);
  });

  it("links items by an Atom link alone, as .NET's SyndicationFeed writes them (feedjira's a10.xml)", () => {
    const rss = `<rss version="2.0" xmlns:a10="http://www.w3.org/2005/Atom"><channel><title>Example</title><a10:link href="http://www.example.com/" /><item><guid isPermaLink="false">5</guid><title>Title 5</title><a10:link href="http://www.example.com/5" /><a10:updated>2013-12-05T17:20:25Z</a10:updated></item></channel></rss>`;
    const page = parseXmlFeed(rss, PAGE, 'rss');
    expect(page.feed.homePageUrl).toBe('http://www.example.com/');
    expect(page.articles[0]?.url).toBe('http://www.example.com/5');
  });

  it("reads a channel title marked up as an item's may be, as text", () => {
    const rss = `<rss version="2.0"><channel><title>&lt;p&gt;Feed &lt;b&gt;Title&lt;/b&gt;&lt;/p&gt;</title><item><title>A</title><guid>urn:a</guid></item></channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').feed.title).toBe('Feed Title');
  });

  it('names the author an item names in Atom, or in markup, by their name', () => {
    const rss = `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><item><guid>urn:a</guid><title>A</title><atom:author><atom:name>John Doe</atom:name></atom:author></item><item><guid>urn:b</guid><title>B</title><dc:creator>&lt;a href="https://blog.example/jane"&gt;Jane Roe&lt;/a&gt;</dc:creator></item><item><guid>urn:c</guid><title>C</title><dc:creator>Ana Ruiz &lt;ana@example.org&gt;</dc:creator></item></channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').articles.map(({ authors }) => authors)).toEqual([
      [{ name: 'John Doe' }],
      [{ name: 'Jane Roe' }],
      [{ name: 'Ana Ruiz' }],
    ]);
  });

  it("names an RSS author given in escaped markup by the element's text", () => {
    const rss = `<rss version="2.0"><channel><title>T</title><item><guid>urn:a</guid><title>A</title><author>&lt;p&gt;Jane Doe&lt;/p&gt;</author></item><item><guid>urn:b</guid><title>B</title><author>jane@blog.example (&lt;b&gt;Jane&lt;/b&gt; Roe)</author></item></channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').articles.map(({ authors }) => authors)).toEqual([
      [{ name: 'Jane Doe' }],
      [{ name: 'Jane Roe' }],
    ]);
  });

  it("takes a picture's address that is a word for none (mkdocs-rss-plugin's None) as none", () => {
    const page = read('mkdocs-image-url-none__Sam-Osian__sams_website__feed_rss_created.xml');
    expect(page.feed.icon).toBeUndefined();
    expect(page.articles[0]?.image).toBe(
      'https://sam-osian.com/assets/images/social/posts/rethinking-significance.png',
    );
  });

  it('a guid that is an id, not an address, is no page of the feed (NPR Planet Money)', () => {
    const page = read('npr-podcast-id-guids__Tombarr__podcast-feed-parser__planet-money.xml');
    expect(page.articles.map((article) => [article.id, article.url])).toEqual([
      [
        '5b88529b-fed8-4562-8312-61e4b24b0451',
        'https://www.npr.org/2020/03/16/816684372/episode-980-the-fed-fights-the-virus',
      ],
      ['a28dfbbd-6518-492d-b4d3-31b00d9c63af', undefined],
      ['7b1334c1-f0be-46dc-8bd1-dbaa96240fd6', undefined],
    ]);
    // Still an episode to hear.
    expect(page.articles[1]?.attachments[0]).toMatchObject({ mimeType: 'audio/mpeg' });
  });

  it('RSS 0.9x items with neither guid nor link are kept, titled from their text', () => {
    const dead = read('rss092-no-link__feed-rs__feed-rs__rss_0.92_spec_1.xml');
    expect(dead.skipped).toBe(0);
    expect(dead.articles).toHaveLength(3);
    expect(dead.articles[0]?.title).toMatch(/^Kevin Drennan started a Grateful Dead Weblog\./);
    expect(dead.articles[1]?.attachments[0]).toMatchObject({ mimeType: 'audio/mpeg' });
    const valencia = read('rss091-no-link-iso-8859-1__feed-rs__feed-rs__rss_0.91_missing_id.xml');
    expect(valencia.articles.map((article) => article.title)).toEqual([
      'Oferta de Empleo Público // 3 PROFESOR/A TÉCNICO/A (INGENIE. TÉC. FORESTAL) 17/17',
    ]);
  });

  it("a channel's description written in HTML reads as text (Night Vale)", () => {
    const page = read('podcast-html-description-rss__feed-rs__feed-rs__rss_2.0_nightvale.xml');
    expect(page.feed.description).toMatch(/^Twice-monthly community updates for the small desert/);
    expect(page.feed.description).not.toMatch(/[<>]/);
  });

  it('an e-mail address is no byline (Craigslist), a name with an "@" in it is', () => {
    const page = read('email-creator-rdf__rbren__rss-parser__craigslist.rss');
    expect(page.articles.every((article) => article.authors.length === 0)).toBe(true);
    expect(page.feed.authors).toEqual([]);
    // A user's name with an "@" in it is a name: its domain, "Stone", has no dot (OpenStreetMap).
    const diaries = read('at-sign-username-creator__spacecowboy__Feeder__openstreetmap.xml');
    const entry = diaries.articles.find((article) => article.title === '不懂就问');
    expect(entry?.authors).toEqual([{ name: 'Brian@Stone' }]);
    expect(diaries.articles.every((article) => article.authors.length === 1)).toBe(true);
  });

  it('the author a template writes where a site names none (Zola\'s "Unknown") is no byline', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>fdtv.me</title><id>https://fdtv.me/</id><entry><title>A</title><id>https://fdtv.me/a/</id><updated>2024-02-21T00:00:00+00:00</updated><author>
          <name>
            Unknown
          </name>
        </author><link rel="alternate" href="https://fdtv.me/a/"/></entry></feed>`;
    expect(parseXmlFeed(atom, PAGE, 'atom').articles[0]?.authors).toEqual([]);
  });

  it("a video site's player page the text already shows in a frame is not listed again (Motor.ru)", () => {
    const [post] = read(
      'video-enclosure-player-page-in-frame__prof18__RSS-Parser__feed-test-multiple-image-and-video.xml',
    ).articles;
    expect(post?.title).toBe('Kia сомневается в перспективах Stinger второго поколения');
    expect(post?.image).toMatch(/7e8815499c86633261719c7154c9fee6acb7d47b\.jpg$/);
    expect(post?.attachments).toEqual([]);
  });

  it('a recording whose player the text frames for another record is still listed', () => {
    const feed = `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://v.example/a</link>
      <description><![CDATA[<iframe src="https://player.example/index/player?player=new&record_id=2"></iframe>]]></description>
      <enclosure type="video/mp4" url="https://player.example/index/player?record_id=1"/></item></channel></rss>`;
    const [item] = parseXmlFeed(feed, PAGE, 'rss').articles;
    expect(item?.attachments.map((attachment) => attachment.url)).toEqual([
      'https://player.example/index/player?record_id=1',
    ]);
  });

  it("an RSS 1.0 item's pictures from its enc:enclosure (Craigslist)", () => {
    const page = read('email-creator-rdf__rbren__rss-parser__craigslist.rss');
    expect(page.articles[0]?.image).toBe(
      'https://images.craigslist.org/00l0l_fbVZikCjEKO_300x300.jpg',
    );
    // Every listing but the one that has none.
    expect(page.articles.filter((article) => article.image)).toHaveLength(24);
  });

  it("an RSS 1.0 episode's recording from its enc:enclosure, however the element is written", () => {
    const feed = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:enc="http://purl.oclc.org/net/rss_2.0/enc#">
      <channel rdf:about="https://r.example/"><title>Radio</title><link>https://r.example/</link></channel>
      <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link>
        <enc:enclosure rdf:resource="https://r.example/one.mp3" enc:type="audio/mpeg" enc:length="100000"/></item>
      <item rdf:about="https://r.example/2"><title>Two</title><link>https://r.example/2</link>
        <enc:enclosure rdf:resource='https://r.example/two.ogg' enc:type='audio/ogg'></enc:enclosure></item>
      <item rdf:about="https://r.example/3"><title>Three</title><link>https://r.example/3</link>
        <enc:enclosure rdf:resource="javascript:alert(1)" enc:type="audio/mpeg"/></item>
      </rdf:RDF>`;
    const page = parseXmlFeed(feed, PAGE, 'rdf');
    expect(page.articles.map((article) => article.attachments)).toEqual([
      [{ url: 'https://r.example/one.mp3', mimeType: 'audio/mpeg', sizeInBytes: 100000 }],
      [{ url: 'https://r.example/two.ogg', mimeType: 'audio/ogg' }],
      [],
    ]);
  });

  it('a byline of an address and a name is the name (SE-Radio, and "Name <address>")', () => {
    const feed = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>
      <item><title>A</title><link>https://r.example/a</link><dc:creator>team@se-radio.net (SE-Radio Team)</dc:creator></item>
      <item><title>B</title><link>https://r.example/b</link><dc:creator>Ana Ruiz &lt;ana@example.org&gt;</dc:creator></item>
      </channel></rss>`;
    const page = parseXmlFeed(feed, PAGE, 'rss');
    expect(page.articles.map((article) => article.authors[0]?.name)).toEqual([
      'SE-Radio Team',
      'Ana Ruiz',
    ]);
  });

  it("a Mastodon post's pictures: the first leads, the others come with their descriptions", () => {
    const [post] = read(
      'mastodon-media-rss__jocmp__capyreader__feed-multiple-media-content.xml',
    ).articles;
    expect(post?.image).toMatch(/\/dee105af83a73921\.jpg$/);
    expect(post?.imageAlt).toBe('Raiders ride giant lizards across the desert.');
    expect(post?.attachments.map(({ mimeType, title }) => [mimeType, title])).toEqual([
      ['image/jpeg', "the inside of Lord Cartasalva's tent."],
      ['image/jpeg', 'travel montage across the oasis'],
      ['image/jpeg', 'Joy and Sir Pangreto exchange menacing looks-'],
    ]);
  });

  it("a YouTube video's description and thumbnail, from its media:group", () => {
    const [video] = read('youtube-atom__jocmp__capyreader__atom-feed-youtube.xml').articles;
    expect(video?.image).toBe('https://i4.ytimg.com/vi/W_S7iKZZdHw/hqdefault.jpg');
    expect(video?.contentText).toMatch(/^As the holiday period begins to unwind, we continue/);
    expect(video?.contentHtml).toBeUndefined();
  });

  it('an Atom replies link that names no type is the comment feed (Sam Ruby)', () => {
    const [entry] = read('atom-replies-untyped__feedjira__feedjira__SamRuby.xml').articles;
    expect(entry?.commentsUrl).toBe('https://reader.example/feeds/3308.atom');
    expect(entry?.commentCount).toBe(2);
  });

  it('a description without markup is text, its lines kept (Rutube via Feeder)', () => {
    const [video] = read(
      'plain-text-description-rss__spacecowboy__Feeder__rss_mediarss.xml',
    ).articles;
    expect(video?.contentHtml).toBeUndefined();
    expect(video?.contentText).toMatch(/^Всё, что нужно знать про современное искусство\.\n/);
    expect(video?.contentText).toContain(
      '\n\n  Мы в соцсетях:\n  Telegram: https://t.me/comedyclubru\n',
    );
  });

  it('an enclosure that names no type is a picture by its file name (CTV News)', () => {
    const page = read('untyped-enclosure-rss__arminreiter__FeedReader__Rss20CTVNews.xml');
    expect(page.articles).toHaveLength(10);
    // Nine of the ten items have one.
    expect(page.articles.filter((article) => article.image?.endsWith('/image.jpg'))).toHaveLength(
      9,
    );
  });

  it('reads text that was read as Windows-1252 on its way as it was written (CTV News, a WordPress blog)', () => {
    const ctv = read('untyped-enclosure-rss__arminreiter__FeedReader__Rss20CTVNews.xml');
    const advisers = ctv.articles.find((article) => article.title.includes('Top Trudeau advisers'));
    expect(advisers?.contentText).toMatch(
      /^Prime Minister Justin Trudeau’s top advisers .* Trump’s /,
    );
    const blog = read('wordpress-rss__simplepie__simplepie__feed_rss-2.0_for_file_mock.xml');
    const texts = blog.articles.flatMap((article) => [
      article.title,
      article.summary ?? '',
      article.contentHtml ?? '',
    ]);
    expect(texts.join('\n')).toContain('a user’s podcast');
    expect(texts.some((text) => /â€|Ã./.test(text))).toBe(false);
  });

  it('items without a guid that share one link are told apart by what they say (NixOS)', () => {
    const page = read('shared-link-no-guid-rss__spacecowboy__Feeder__rss_nixos.xml');
    expect(page.articles).toHaveLength(99);
    expect(page.articles[0]).toMatchObject({
      title: 'NixOS 18.09 released',
      url: 'https://nixos.org/news.html',
    });
    // The first keeps its link as its id; the others are known by a fingerprint, the same on
    // every read, so read marks and comments stay with their item.
    expect(page.articles[0]?.id).toBe('https://nixos.org/news.html');
    expect(page.articles[1]?.id).toMatch(/^item:/);
    expect(
      read('shared-link-no-guid-rss__spacecowboy__Feeder__rss_nixos.xml').articles.map(
        (article) => article.id,
      ),
    ).toEqual(page.articles.map((article) => article.id));
  });

  it('an Atom entry without a link: its web-address id is its page (Adobe)', () => {
    const [entry] = read('atom-id-link-srcset__arminreiter__FeedReader__AtomAdobe.xml').articles;
    expect(entry?.url).toBe(
      'https://blog.adobe.com/en/publish/2021/07/19/adobe-sky-kick-it-out-take-stand-launch-edit.html',
    );
  });

  it('an Atom summary of "text" that holds tags is read as HTML (FeedBurner)', () => {
    const page = read('atom-text-summary-markup__stringer-rss__stringer__feed02.xml');
    for (const article of page.articles) {
      expect(article.summary ?? '').not.toMatch(/<[a-z/]/i);
      expect(article.contentText ?? '').not.toMatch(/<[a-z/]/i);
    }
  });

  it('a feed declared ISO-8859-1 but written in UTF-8 reads as written (laut.de)', () => {
    const page = read('latin1-declared-utf8-rdf__laminas__laminas-feed__laut.de-rdf.xml');
    const text = JSON.stringify(page);
    expect(text).not.toMatch(/Ã[¤¶¼Ÿ]/);
    expect(text).toMatch(/[äöüß]/);
  });

  it('a document cut off inside an item: the whole items before it are read', () => {
    const page = read('cut-off-rss__kagisearch__fastfeedparser__osm-pl.xml');
    expect(page.feed.title).toBe('OpenStreetMap Polska');
    expect(page.articles.map((article) => article.title)).toHaveLength(7);
    expect(page.articles[0]?.title).toBe(
      'Cyfrowy Kanon Krajoznawczy Polski będzie opracowywany przez OSMP!',
    );
    expect(page.skipped).toBe(1);
  });

  it.each([
    ['its last ">" missing', '<item><title>2 &gt; 1</title><link>/b</link></item></channel></rss'],
    ['a bare "<" in a title', '<item><title>1 < 2</title><link>/b</link></item></channel></rss>'],
  ])('a document with %s reads whole, its faults mended', (_fault, end) => {
    const rss = `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link></item>${end}`;
    const page = parseXmlFeed(rss, PAGE, 'rss');
    expect(page.articles.map((article) => article.title)).toEqual([
      'A',
      expect.stringMatching(/^\d [<>] \d$/),
    ]);
    expect(page.skipped).toBe(0);
  });

  it.each([
    [
      'xhtml:body',
      '<xhtml:body xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p>Full <xhtml:b>text</xhtml:b> &amp; more</xhtml:p></xhtml:body>',
    ],
    [
      'body in the XHTML namespace',
      '<body xmlns="http://www.w3.org/1999/xhtml"><p>Full <b>text</b> &amp; more</p></body>',
    ],
  ])("an item's %s is its full text, its description the summary", (_form, body) => {
    const rss = `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link><description>Short</description>${body}</item></channel></rss>`;
    const [article] = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(article?.contentHtml).toBe('<p>Full <b>text</b> &amp; more</p>');
    expect(article?.summary).toBe('Short');
  });

  it("a channel's link after an Atom link that names its own namespace is its home page (Disqus)", () => {
    const page = read('disqus-comments-atom-link-first__rss2email__rss2email__feed.rss');
    expect(page.feed.homePageUrl).toBe('http://software-carpentry.disqus.com/');
    expect(page.feed.feedUrl).toBe('http://software-carpentry.disqus.com/comments.rss');
  });

  it("an enclosure whose type is no type is a picture by its file's name (Zenn)", () => {
    const page = read('enclosure-type-false__tjackiet__aion__zenn.xml');
    expect(page.articles).toHaveLength(20);
    for (const article of page.articles) {
      expect(article.image).toMatch(/^https:\/\/res\.cloudinary\.com\/zenn\/.*\.(png|jpg)\?/);
      expect(article.attachments).toEqual([]);
    }
  });

  it("the author's avatar is no release's picture (GitHub)", () => {
    const page = read('github-releases-avatar-thumbnail__ntBre__newsyacht__releases.xml');
    expect(page.articles.length).toBeGreaterThan(0);
    for (const article of page.articles) expect(article.image).toBeUndefined();
  });

  it("RSS-Bridge's picture sent as some bytes (octet-stream) is the entry's picture, not a download", () => {
    const [entry] = read(
      'rss-bridge-octet-stream-picture__prof18__RSS-Parser__atom-feed-rss-bridge.xml',
    ).articles;
    expect(entry?.image).toBe(
      'https://api.ardmediathek.de/image-service/images/urn:ard:image:c9c909df6f5a4b3f?w=432&ch=ce51a6b849fde683',
    );
    expect(entry?.attachments).toEqual([]);
    // Bytes the text does not show stay a download.
    const rss = `<rss version="2.0"><channel><title>T</title><item><guid>g</guid><title>A</title><description>Notes</description><enclosure url="https://files.example/notes" type="application/octet-stream" length="10"/></item></channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').articles[0]?.attachments).toEqual([
      { url: 'https://files.example/notes', mimeType: 'application/octet-stream', sizeInBytes: 10 },
    ]);
  });

  it("Google Alerts' articles link to the pages found, not to Google's redirect", () => {
    const alerts = read(
      'google-alerts-redirect-links__feedjira__feedjira__google_alerts_atom.xml',
    ).articles;
    expect(alerts).toHaveLength(20);
    expect(alerts[1]?.url).toBe('https://investorplace.com/2019/07/slack-stock-truly-compelling/');
    expect(alerts.some((article) => article.url?.includes('google.com/url'))).toBe(false);
    // Its ids are its own.
    expect(alerts[1]?.id).toBe('tag:google.com,2013:googlealerts/feed:13685523368333461374');
  });

  it("Bing News's results: the paper's page, its picture and the paper as byline", () => {
    const [result] = read(
      'bing-news-redirect-image-source__prof18__RSS-Parser__feed-bing-image.xml',
    ).articles;
    const page =
      'https://www.dailymail.co.uk/sport/football/article-9554407/Real-Madrid-Barcelona-Juventus-threaten-clubs-withdrawing-Super-League-legal-action.html';
    expect(result?.url).toBe(page);
    // Without a guid, known by the page, not by a click-tracking address that changes.
    expect(result?.id).toBe(page);
    expect(result?.image).toBe('https://www.bing.com/th?id=OVFT.SNpH_QAbpZOYgrEHZRyCTi&pid=News');
    expect(result?.authors).toEqual([{ name: 'Daily Mail' }]);
  });

  it('a redirect is followed only where it is one: Google search results are left alone', () => {
    const item = (link: string) =>
      `<rss version="2.0"><channel><title>T</title><item><guid>g</guid><title>A</title><link>${link}</link></item></channel></rss>`;
    const url = (link: string) => parseXmlFeed(item(link), PAGE, 'rss').articles[0]?.url;
    expect(url('https://www.google.co.uk/url?sa=t&amp;q=https://news.example/a&amp;usg=x')).toBe(
      'https://news.example/a',
    );
    expect(url('https://www.google.com/search?q=https://news.example/a')).toBe(
      'https://www.google.com/search?q=https://news.example/a',
    );
    expect(url('https://www.google.com/url?q=javascript:alert(1)')).toBe(
      'https://www.google.com/url?q=javascript:alert(1)',
    );
  });

  it("pictures items give in elements of no namespace: Livemint's largest, aktuality.sk's", () => {
    const [mint] = read(fixture('livemint.xml')).articles;
    expect(mint?.image).toBe(
      'https://images.livemint.com/img/2019/05/29/600x338/PTI5_27_2019_000025B_1559105066780_1559105081104.jpg',
    );
    const [aktuality] = read(fixture('aktuality.rss')).articles;
    expect(aktuality?.image).toBe(
      'https://t.aimg.sk/magaziny/vUw5YHzvQKDCkNw6PtXtAg.320.jpg?t=LzE1OHgxMDYvc21hcnQ&h=OcgUSVfIJOH9QPOW-nqQxQ&e=2145916800&v=3',
    );
  });

  it("more pictures in elements of no namespace: Bleacher Report's image link, HDblog's larger thumb", () => {
    const [bleacher] = read(
      'item-image-link-rss__jocmp__capyreader__feed-test-image-link.xml',
    ).articles;
    expect(bleacher?.image).toBe(
      'https://media.bleacherreport.com/image/upload/x_0,y_43,w_1800,h_1200,c_crop/v1685197298/ieh5bpyilj43f4dzpgua.jpg',
    );
    const [hdblog] = read('item-thumb-rss__jocmp__capyreader__feed-test-thumb.xml').articles;
    expect(hdblog?.image).toBe('https://hd2.tudocdn.net/1113460?w=480&h=320&ext=file.jpg');
  });

  it("Hatena Bookmark's entries (RSS 1.0): the page's picture, not the site icon its text shows first", () => {
    const rdf = `<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:hatena="http://www.hatena.ne.jp/info/xmlns#"><channel rdf:about="https://b.hatena.ne.jp/hotentry"><title>はてなブックマーク</title><link>https://b.hatena.ne.jp/hotentry</link></channel><item rdf:about="https://news.example/a"><title>記事</title><link>https://news.example/a</link><content:encoded>&lt;img src="https://cdn-ak.favicon.st-hatena.com/?url=https%3A%2F%2Fnews.example%2F"&gt; 本文</content:encoded><hatena:imageurl>https://news.example/og.png</hatena:imageurl><hatena:bookmarkcount>5</hatena:bookmarkcount></item></rdf:RDF>`;
    const [entry] = parseXmlFeed(rdf, PAGE, 'rdf').articles;
    expect(entry?.image).toBe('https://news.example/og.png');
  });

  it("Hashnode's posts have their cover picture (hashnode:coverImage)", () => {
    const posts = read('hashnode-cover-image__wahopkins48__wesleyhopkinsdigital__rss.xml').articles;
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts) expect(post.image).toMatch(/^https:\/\/cdn\.hashnode\.com\/res\//);
    expect(posts[0]?.image).toBe(
      'https://cdn.hashnode.com/res/hashnode/image/upload/v1761890843893/050594f2-f9e9-46ed-bd98-191dfd216f5c.png',
    );
  });

  it("Pheedo's copy, like FeedBurner's, links each article to the publisher's page", () => {
    const rss = `<rss version="2.0" xmlns:pheedo="http://www.pheedo.com/namespace/pheedo"><channel><title>T</title><item><title>A</title><link>http://www.pheedo.com/click.phdo?i=abc</link><pheedo:origLink>https://paper.example/2010/a.html</pheedo:origLink></item></channel></rss>`;
    const [article] = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(article?.url).toBe('https://paper.example/2010/a.html');
  });

  it('an Atom date with an hour of one digit is read, not dropped', () => {
    const posts = read('atom-one-digit-hour__feedjira__feedjira__al3x.xml').articles;
    expect(posts).toHaveLength(10);
    expect(posts[0]?.published).toBe('2009-01-12T10:40:14.000Z');
    expect(posts.every((post) => post.published)).toBe(true);
  });

  it("an Atom entry's related link to a picture is its picture (Visual Studio Code's release notes)", () => {
    const [release] = read(
      'atom-related-picture-link__prof18__RSS-Parser__atom-feed-entry-related-link.xml',
    ).articles;
    expect(release?.image).toBe(
      'https://code.visualstudio.com/assets/updates/1_109/vscode-insiders-header.webp',
    );
    expect(release?.url).toBe('https://code.visualstudio.com/updates/v1_109');
  });

  it("an Atom feed that links only itself has its entries' site as its home page", () => {
    const rsc = read('atom-self-link-only__Ranchero-Software__NetNewsWire__russcox.atom');
    expect(rsc.feed.homePageUrl).toBe('http://research.swtch.com/');
    // Not where its entries are elsewhere: a feed service's address is no one's site.
    const elsewhere = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link rel="self" href="https://feeds.example/blog"/><entry><id>1</id><title>A</title><link href="https://blog.example/a"/></entry></feed>`;
    expect(parseXmlFeed(elsewhere, PAGE, 'atom').feed.homePageUrl).toBeUndefined();
  });

  it("lists a summary cut short by the opening of the item's text (TypePad's RSS 1.0)", () => {
    const page = read(
      'typepad-rss1-cut-summary__ji1bqw__ji1bqw.github.io__cyberham_blog-index.rdf',
    );
    const [varac, thanks] = page.articles;
    expect(varac?.summary).toBe('Unlike VARA HF Modem, installing and run...');
    expect(varac?.excerpt).toMatch(/^Unlike VARA HF Modem, installing and running /);
    expect(thanks?.excerpt).toMatch(/^Thanks to like-minded skillful HAMs around /);
    // Japanese, cut short with the same three dots.
    const backup = page.articles.find(
      (article) => article.title === 'PiRLPノードのSDカードバックアップ',
    );
    expect(backup?.excerpt).toMatch(
      /^Raspberry Piは，SDカードをHDDの代わりに使用していますので，以前.+/,
    );
    // A summary of its own, though it ends in an ellipsis, stays.
    const own = parseXmlFeed(
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item><title>A</title><link>https://a.example/1</link><description>What happened next was a surprise...</description><content:encoded><![CDATA[<p>It began on a Monday, as these things do.</p>]]></content:encoded></item></channel></rss>`,
      PAGE,
      'rss',
    ).articles[0];
    expect(own?.excerpt).toBeUndefined();
    expect(own?.summary).toBe('What happened next was a surprise...');
  });

  it("lists a Gatsby summary, the text's start without its code and with spaces around its links, by the text", () => {
    const item = (summary: string, body: string) =>
      parseXmlFeed(
        `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item><title>A</title><link>https://9oelm.example/a/</link><description><![CDATA[${summary}]]></description><content:encoded><![CDATA[${body}]]></content:encoded></item></channel></rss>`,
        PAGE,
        'rss',
      ).articles[0];
    // 9oelM's blog, as gatsby-plugin-feed wrote it.
    const goop = item(
      'Past I worked on  GOOP ’s project together with Jeff & Peter even before they started building a service. You can see my related posts on…',
      '<h1>Past</h1><p>I worked on <a href="https://goop.ai">GOOP</a>’s project together with Jeff &#x26; Peter even before they started building a service. You can see my related posts on that. </p><p>I had to go to the military after providing the design.</p>',
    );
    expect(goop?.excerpt).toMatch(/^Past I worked on GOOP’s project together/);
    const code = item(
      'So now I had to build an open source project called , but on cloud only, because my laptop was…',
      '<p>So now I had to build an open source project called <code>typedoc</code>, but on cloud only, because my laptop was too slow for it.</p>',
    );
    expect(code?.excerpt).toMatch(/called typedoc, but/);
  });

  it("links a video's page given as a recording, not a player for it (a YouTube channel's feed)", () => {
    const [video] = read(
      'youtube-page-enclosure__kquaziportfolio__scu-discord-bot__youtube.xml',
    ).articles;
    expect(video?.attachments).toEqual([
      {
        url: 'https://youtu.be/3MHfhFhjXD0',
        mimeType: 'text/html',
        title: 'Watch the video on YouTube',
        sizeInBytes: 5000,
      },
    ]);
    const enclosure = (url: string) =>
      parseXmlFeed(
        `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://a.example/1</link><enclosure url="${url}" type="video/mp4"/></item></channel></rss>`,
        PAGE,
        'rss',
      ).articles[0]?.attachments[0];
    expect(enclosure('https://vimeo.com/76979871')).toMatchObject({
      mimeType: 'text/html',
      title: 'Watch the video on Vimeo',
    });
    // A file on a video site's host is still a recording.
    expect(enclosure('https://a.example/youtube.com/watch.mp4')?.mimeType).toBe('video/mp4');
  });

  it('leaves out the "The post … appeared first on …" line a WordPress plugin closes each post with', () => {
    const [post] = read(
      'wordpress-yoast-posted-first__mhmdxsadk__iraqinews-rss-proxy__original.rss',
    ).articles;
    expect(post?.contentHtml).not.toMatch(/appeared first on/);
    expect(post?.contentHtml).toMatch(/<\/p>$/);
    expect(post?.summary).toMatch(/has blown the \[…\]$/);
    expect(post?.excerpt ?? post?.summary).not.toMatch(/The post/);
    // In the site's language, as the plugin translates it; not a last paragraph of one's own.
    const item = (text: string) =>
      parseXmlFeed(
        `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item><title>Ein Beitrag</title><link>https://blog.example/ein-beitrag/</link><content:encoded><![CDATA[<p>Der Text.</p>\n${text}]]></content:encoded></item></channel></rss>`,
        PAGE,
        'rss',
      ).articles[0]?.contentHtml;
    expect(
      item(
        '<p>Der Beitrag <a rel="nofollow" href="https://blog.example/ein-beitrag/">Ein Beitrag</a> erschien zuerst auf <a rel="nofollow" href="https://blog.example">Das Blog</a>.</p>',
      ),
    ).toBe('<p>Der Text.</p>');
    const own =
      '<p>Mehr bei <a href="https://other.example/a">Anna</a> und <a href="https://other.example/b">Ben</a>.</p>';
    expect(item(own)).toContain(own);
  });

  it("leaves out a closing paragraph that only links the item's own page: BuzzFeed's, Lobsters', a Discourse topic's", () => {
    const buzzfeed = read('buzzfeed-view-entire-post__rowanmanning__sample-feeds__6d80261f.xml');
    expect(buzzfeed.articles).toHaveLength(96);
    for (const post of buzzfeed.articles) {
      expect(post.contentHtml ?? '').not.toMatch(/View Entire Post/);
      expect(post.excerpt ?? post.summary ?? '').not.toMatch(/View Entire Post/);
    }
    expect(buzzfeed.articles[0]?.contentHtml).toMatch(/<\/p>$/);
    // Lobsters' link posts say nothing but "Comments"; its text posts keep their words.
    const lobsters = read('lobsters-comments-link__kayehol__bash_pro__lobsters.xml').articles;
    expect(lobsters.filter((post) => /Comments/.test(post.excerpt ?? post.summary ?? ''))).toEqual(
      [],
    );
    expect(lobsters.filter((post) => post.contentHtml).length).toBeGreaterThan(0);
    const topic = read(
      'discourse-topic-read-full-topic__StackStorm__forum.stackstorm.com__958.rss',
    ).articles;
    expect(topic.map((post) => post.contentHtml ?? '').join()).not.toMatch(/Read full topic/);
    // A last paragraph linking elsewhere is the writer's own.
    const [own] = parseXmlFeed(
      `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://blog.example/a</link><description><![CDATA[<p>Text.</p><p><a href="https://other.example/">Read more</a></p>]]></description></item></channel></rss>`,
      PAGE,
      'rss',
    ).articles;
    expect(own?.contentHtml).toContain('Read more');
  });

  it("opens The Verge's excerpts with their words, not the credit under the picture above them", () => {
    const verge = read('verge-credit-caption-atom__rowanmanning__sample-feeds__90c65488.xml');
    const excerpts = verge.articles.map((story) => story.excerpt ?? story.summary ?? '');
    expect(excerpts.filter((excerpt) => /^Illustration by|^Photo by/.test(excerpt))).toEqual([]);
    expect(excerpts.filter((excerpt) => excerpt.length > 40).length).toBe(excerpts.length);
  });

  it("leaves out hnrss's close of every item, its count of comments read", () => {
    const items = read('hnrss-newest__xobjectz__otpcr__test_hackernews.xml').articles;
    expect(items).toHaveLength(20);
    for (const item of items) {
      expect(item.contentHtml ?? '').not.toMatch(/Article URL|Comments URL|Points:/);
      expect(item.commentCount).toBeTypeOf('number');
    }
    // An Ask HN keeps its question, above the line hnrss drew.
    const ask = items.find((item) => item.title.startsWith('Ask HN'));
    expect(ask?.contentHtml).toMatch(/^<p>Amazon recently bought a data center/);
    expect(ask?.contentHtml).not.toMatch(/<hr>/);
  });

  it("names a Discourse forum's posters as the forum shows them, not by their handles", () => {
    const posts = read(
      'discourse-posts-handle-and-name__StackStorm__forum.stackstorm.com__posts.rss',
    ).articles;
    const names = posts.map((post) => post.authors[0]?.name);
    expect(names).toContain('Eugen Cusmaunsa');
    expect(names).toContain('amanda11');
    expect(names.filter((name) => name?.startsWith('@'))).toEqual([]);
    // Elsewhere a name that opens with "@" is the name.
    const [other] = parseXmlFeed(
      `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><item><title>A</title><link>https://a.example/1</link><guid>https://a.example/1</guid><dc:creator>@ana Ruiz</dc:creator></item></channel></rss>`,
      PAGE,
      'rss',
    ).articles;
    expect(other?.authors).toEqual([{ name: '@ana Ruiz' }]);
  });

  it("leaves out Discourse's close of each topic and Lemmy's opening of each post", () => {
    const topics = read('discourse-latest-topics__keleshev__discourse.keleshev.com__latest.rss');
    for (const topic of topics.articles) {
      expect(topic.contentHtml ?? '').not.toMatch(/participants|Read full topic/);
      expect(topic.excerpt ?? topic.summary ?? '').not.toMatch(/participants|Read full topic/);
    }
    // Its replies counted as it counts the topic's posts, the first being the topic itself.
    expect(topics.articles.map((topic) => topic.commentCount)).toEqual([
      10, 2, 0, 1, 11, 1, 2, 2, 0, 3, 2, 51, 29, 0, 0,
    ]);
    const count = (small: string) =>
      parseXmlFeed(
        `<rss version="2.0"><channel><title>Forum</title><item><title>T</title><link>https://forum.example/t/t/7</link><description><![CDATA[<p>Text.</p>\n<p><small>${small}</small></p>\n<p><a href="https://forum.example/t/t/7">Read full topic</a></p>]]></description><source url="https://forum.example/t/t/7.rss">T</source></item></channel></rss>`,
        PAGE,
        'rss',
      ).articles[0]?.commentCount;
    expect(count('12 Beiträge - 4 Teilnehmer')).toBe(11);
    expect(count('Small print')).toBeUndefined();
    const [post] = read(
      'lemmy-community__feeddeck__feeddeck__lemmy_test-responseCommunityIIC.rss',
    ).articles;
    expect(post?.title).toBe("9/30/23 Don't be this guy");
    expect(post?.contentHtml).toMatch(
      /^<p>use this <a href="https:\/\/imgur.com\/a\/XKwjyC3">link<\/a>/,
    );
    expect(post?.excerpt ?? post?.summary).not.toMatch(/submitted by|points/);
    // A post whose link is a picture: that is its picture, and its page is the post's.
    const [spotlight] = read(
      'lemmy-user-picture-links__feeddeck__feeddeck__lemmy_test-responseUser.rss',
    ).articles;
    expect(spotlight).toMatchObject({
      url: 'https://lemmy.world/post/9209829',
      image: 'https://lemmy.world/pictrs/image/d22b2935-f27b-49f0-81e7-c81c21088467.png',
    });
  });

  it('gives Greek posts Greek, though the feed says English and a plugin left code before each text', () => {
    // WordPress 1.5: <language>en</language>, and "window.document.getElementById('post-1796')…"
    // opening six of the ten descriptions; two titles name the site, www.DISABLED.GR.
    const { articles } = read(
      'greek-declared-english-script-in-text__chardet__chardet__disabled.gr.xml',
    );
    expect(articles).toHaveLength(10);
    expect(articles.map((post) => post.language)).toEqual(Array(10).fill('el'));
  });

  it('gives a Taiwanese blog that says English Traditional Chinese (Blogger, Big5)', () => {
    const { articles } = read(
      'blogger-traditional-chinese-big5__chardet__chardet__letterlego.blogspot.com.xml',
    );
    expect(articles.length).toBeGreaterThan(0);
    expect(new Set(articles.map((post) => post.language))).toEqual(new Set(['zh-Hant']));
  });

  it('gives an item the language its script writes, where neither it nor its feed names one', () => {
    const language = (title: string, description: string) =>
      parseXmlFeed(
        `<rss version="2.0"><channel><title>News</title><item><title>${title}</title><link>https://news.example/1</link><description>${description}</description></item></channel></rss>`,
        PAGE,
        'rss',
      ).articles[0]?.language;
    // As the Hankyoreh's, NHK's, Xinhua's and a Thai paper's feeds, none naming its language.
    expect(language('경찰, 집회 참가자 연행', '서울 도심에서 열린 집회에서')).toBe('ko');
    expect(language('東京で初雪', '気象庁によりますと、東京都心で初雪が観測されました。')).toBe(
      'ja',
    );
    // Chinese as Simplified or Traditional, by its characters (Xinhua's; a Taipei library's).
    expect(language('国务院常务会议', '会议听取了关于进一步做好稳就业工作的汇报')).toBe('zh-Hans');
    expect(language('紐約公共圖書館', '國家圖書館參考組代主任')).toBe('zh-Hant');
    expect(language('天氣', '今日天氣晴朗')).toBe('zh');
    // Scripts of one language each: Tamil, Sinhala, Khmer.
    expect(language('தமிழ்நாடு செய்திகள்', 'சென்னையில் இன்று மழை பெய்தது')).toBe('ta');
    expect(language('ශ්‍රී ලංකා පුවත්', 'කොළඹ අද වැසි')).toBe('si');
    expect(language('ព័ត៌មានថ្មីៗ', 'ភ្នំពេញ ថ្ងៃនេះ')).toBe('km');
    expect(language('ข่าวเศรษฐกิจ', 'ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ย')).toBe('th');
    // Arabic's and Cyrillic's languages by the letters only some of them have.
    expect(language('أخبار', 'اليوم في القاهرة')).toBe('ar');
    expect(language('پروژه‌ی هاروارد، قدم دوم', 'دیروز گفتم که چطور')).toBe('fa');
    expect(language('پاکستان میں بارش', 'کراچی میں آج تیز بارش ہوئی اور سڑکیں ڈوب گئیں')).toBe(
      'ur',
    );
    expect(language('Новости', 'Сегодня в Москве было тепло, и мы вышли на улицу')).toBe('ru');
    expect(language('Новини', 'Сьогодні у Києві пройшов дощ')).toBe('uk');
    // Not where no letter tells which of the script's languages it is, nor for a word of
    // another script in English.
    expect(language('Новости', 'Сегодня в Москве')).toBeUndefined();
    expect(
      language('BTS releases Dynamite (다이너마이트)', 'The band’s first English single.'),
    ).toBeUndefined();
    // The feed's own word wins.
    expect(
      parseXmlFeed(
        `<rss version="2.0"><channel><title>N</title><language>ja</language><item><title>国务院</title><link>https://news.example/1</link></item></channel></rss>`,
        PAGE,
        'rss',
      ).articles[0]?.language,
    ).toBe('ja');
  });

  it("gives an item its script's language where its feed says one of the Latin alphabet against it", () => {
    const item = (feedLanguage: string, title: string, description: string) =>
      parseXmlFeed(
        `<rss version="2.0"><channel><title>Blog</title><language>${feedLanguage}</language><item><title>${title}</title><link>https://blog.example/1</link><description>${description}</description></item></channel></rss>`,
        PAGE,
        'rss',
      ).articles[0]?.language;
    // Movable Type's default, kept by a Persian and a Japanese blog (hoder.com, overcube.com).
    expect(item('en-us', 'پروژه‌ی هاروارد، قدم دوم', 'دیروز گفتم که چطور پروژه شروع شد')).toBe(
      'fa',
    );
    expect(item('en', 'メールの設定', '今日はメールの設定について書きます。')).toBe('ja');
    // An English item of such a feed keeps it; so does a language of another script, and a
    // title too short to tell.
    expect(item('en-us', 'Harvard, part two', 'Yesterday I said how it began')).toBe('en-us');
    expect(item('ru', 'Новости', 'Сегодня в Москве')).toBe('ru');
    expect(item('en', '東京', '')).toBe('en');
  });

  it('leaves out Reddit\'s "submitted by … [link] [comments]", keeping where a link post leads', () => {
    const posts = read(
      'reddit-atom-media-thumbnail__feed-rs__feed-rs__atom_mediarss_reddit_1.xml',
    ).articles;
    expect(posts.length).toBeGreaterThan(20);
    for (const post of posts) {
      expect(post.contentHtml ?? '').not.toMatch(/submitted by|\[comments\]/);
      expect(post.excerpt ?? post.summary ?? '').not.toMatch(/submitted by|\[link\]/);
    }
    // A post of text links to itself: nothing more to keep.
    expect(posts[0]?.externalUrl).toBeUndefined();
    // A link post, in a reader's own language ("[Kommentare]"): where it leads is kept.
    const [shared] = parseXmlFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>r/kubernetes</title><entry><id>t3_1</id><title>A new operator</title><link href="https://www.reddit.com/r/kubernetes/comments/1/a_new_operator/"/><updated>2023-12-01T10:00:00Z</updated><content type="html">&lt;table&gt; &lt;tr&gt;&lt;td&gt; &amp;#32; submitted by &amp;#32; &lt;a href="https://www.reddit.com/user/gctaylor"&gt; /u/gctaylor &lt;/a&gt; &lt;br/&gt; &lt;span&gt;&lt;a href="https://blog.example/operator?a=1&amp;amp;b=2"&gt;[link]&lt;/a&gt;&lt;/span&gt; &amp;#32; &lt;span&gt;&lt;a href="https://www.reddit.com/r/kubernetes/comments/1/a_new_operator/"&gt;[Kommentare]&lt;/a&gt;&lt;/span&gt; &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</content></entry></feed>`,
      PAGE,
      'atom',
    ).articles;
    expect(shared?.externalUrl).toBe('https://blog.example/operator?a=1&b=2');
  });

  it('leaves out "submitted by … to /r/… [link] [comments]" in Reddit\'s front page, with its counts', () => {
    const posts = read('reddit-front-page__rbren__rss-parser__reddit-home.atom').articles;
    expect(posts).toHaveLength(24);
    for (const post of posts) {
      expect(post.contentHtml ?? '').not.toMatch(/submitted by|\[link\]/);
      expect(post.excerpt ?? '').not.toMatch(/submitted by|\[link\]/);
    }
    const horror = posts.find((post) => post.title === 'How I play my horror games.');
    expect(horror?.externalUrl).toBe('http://imgur.com/mO8MiaG');
    expect(horror?.commentCount).toBe(431);
  });

  it('an RSS channel that links itself as its site has the folder it is in as its home page', () => {
    // As old Hugo wrote a section's feed (1ambda.github.io/algorithm/index.xml).
    const rss = (link: string) =>
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Algorithms on Old Lisper</title><link>${link}</link><atom:link href="https://1ambda.example/algorithm/index.xml" rel="self" type="application/rss+xml" /><item><title>Algorithm</title><link>https://1ambda.example/algorithm/</link></item></channel></rss>`;
    const page = 'https://mirror.example/feeds/algorithm.xml';
    expect(
      parseXmlFeed(rss('https://1ambda.example/algorithm/index.xml'), page, 'rss').feed.homePageUrl,
    ).toBe('https://1ambda.example/algorithm/');
    // The address it was read at, too, where it names no other.
    expect(
      parseXmlFeed(rss('https://mirror.example/feeds/algorithm.xml'), page, 'rss').feed.homePageUrl,
    ).toBe('https://mirror.example/feeds/');
    expect(parseXmlFeed(rss('https://1ambda.example/'), page, 'rss').feed.homePageUrl).toBe(
      'https://1ambda.example/',
    );
  });

  it("Atom 0.3's dc:subject are the entry's tags", () => {
    const atom03 = `<feed version="0.3" xmlns="http://purl.org/atom/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><title>Junior</title><entry><id>tag:a,2006:1</id><title>Rails</title><link rel="alternate" type="text/html" href="https://junior.example/1"/><issued>2006-03-01T10:00:00Z</issued><dc:subject>Ruby</dc:subject><dc:subject>Hosting</dc:subject></entry></feed>`;
    expect(parseXmlFeed(atom03, PAGE, 'atom').articles[0]?.tags).toEqual(['Ruby', 'Hosting']);
  });

  it("an item that names no picture has its text's first real one: Golem's photos, not Slashdot's icons", () => {
    const golem = read('nonutf8-iso-8859-1-rss__miniflux__v2__encoding_ISO-8859-1.xml').articles;
    expect(golem.every((article) => article.image?.startsWith('https://www.golem.de/'))).toBe(true);
    expect(golem[0]?.contentHtml).toContain(new URL(golem[0]?.image ?? '').pathname);
    // Slashdot's share icons and counters are no article's picture.
    const slashdot = read('rss10-slashdot__jocmp__capyreader__feed-rdf-test.xml').articles;
    expect(slashdot.some((article) => article.image)).toBe(false);
    const item = (html: string) =>
      parseXmlFeed(
        `<rss version="2.0"><channel><title>T</title><item><guid>g</guid><title>A</title><description><![CDATA[${html}]]></description></item></channel></rss>`,
        PAGE,
        'rss',
      ).articles[0]?.image;
    const photo = '<img src="https://news.example/photos/harbour.jpg" width="640" alt="">';
    expect(item(`<p>Text</p>${photo}`)).toBe('https://news.example/photos/harbour.jpg');
    expect(
      item(`<img src="https://s.w.org/images/core/emoji/smile.png" class="wp-smiley">${photo}`),
    ).toBe('https://news.example/photos/harbour.jpg');
    expect(item(`<img src="https://news.example/t.gif" width="1" height="1">${photo}`)).toBe(
      'https://news.example/photos/harbour.jpg',
    );
    expect(item('<img src="https://cdn-ak.favicon.st-hatena.com/?url=x">')).toBeUndefined();
    expect(item('<img src="https://news.example/images/share_icon.png">')).toBeUndefined();
    expect(item('<img src="data:image/gif;base64,R0lGOD">')).toBeUndefined();
    // A lazy-loading plugin's placeholder, its picture kept aside for a script no feed runs.
    expect(
      item(
        `<img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" data-lazy-src="https://news.example/photos/quay.jpg" width="800">`,
      ),
    ).toBe('https://news.example/photos/quay.jpg');
    expect(item('<img src="/img/loading.gif" data-src="/photos/quay.jpg" class="lazyload">')).toBe(
      'https://reader.example/photos/quay.jpg',
    );
    expect(item(`<img src="https://news.example/photos/harbour.jpg" data-src="/other.jpg">`)).toBe(
      'https://news.example/photos/harbour.jpg',
    );
  });

  it("MyAnimeList's media:thumbnail, its address written as its text, is each entry's picture", () => {
    const news = read('thumbnail-as-text-rss__spacecowboy__Feeder__rss_myanimelist.xml').articles;
    expect(news).toHaveLength(20);
    expect(news[0]?.image).toBe(
      'https://cdn.myanimelist.net/s/common/uploaded_files/1664092688-dd34666e64d7ae624e6e2c70087c181f.jpeg',
    );
    expect(news.every((article) => article.image?.startsWith('https://cdn.myanimelist.net/'))).toBe(
      true,
    );
  });

  it("ukr.net's full text in <full-text> is the article, its description the summary", () => {
    const [first] = read('ukrnet-full-text-rss__spacecowboy__Feeder__rss_ukrnet.xml').articles;
    expect(first?.contentHtml).toContain('<p>Про це  пише газета The New York Times.</p>');
    expect(first?.contentText).toBeUndefined();
    expect(first?.summary).toMatch(/^Торгівля між РФ та КНР перевищила 200 млрд доларів/);
    const item = (body: string) =>
      `<rss version="2.0" xmlns:yandex="http://news.yandex.ru" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item><guid>g</guid><title>A</title><description>Lede</description>${body}</item></channel></rss>`;
    const html = (body: string) => parseXmlFeed(item(body), PAGE, 'rss').articles[0]?.contentHtml;
    expect(html('<yandex:full-text>&lt;p&gt;All of it&lt;/p&gt;</yandex:full-text>')).toBe(
      '<p>All of it</p>',
    );
    // A body of its own stays the body.
    expect(
      html('<content:encoded><![CDATA[<p>Own</p>]]></content:encoded><full-text>Other</full-text>'),
    ).toBe('<p>Own</p>');
  });

  it("a WordPress.com writer's avatar, given first, is no article's picture", () => {
    const posts = read(
      'wordpress-com-gravatar-first-rss__jocmp__capyreader__feed-prevent-repeated-images.xml',
    ).articles;
    expect(posts[2]?.image).toBe(
      'https://prensasincensura.com/wp-content/uploads/2024/11/img_4497-1.jpg?w=570',
    );
    const everyPicture = posts.flatMap((post) => [
      post.image,
      ...post.attachments.map((attachment) => attachment.url),
    ]);
    expect(everyPicture.some((url) => url?.includes('gravatar.com'))).toBe(false);
  });

  it("Vimeo's video: the thumbnail inside its media:content leads, the credited author is the byline", () => {
    const [video] = read(
      'vimeo-video-thumbnail-credit-rss__feed-rs__feed-rs__rss_2.0_vimeo_media.xml',
    ).articles;
    expect(video?.image).toMatch(/^https:\/\/i\.vimeocdn\.com\/video\/1931613648-.*-d_960$/);
    expect(video?.authors).toEqual([{ name: 'Failla Wines' }]);
  });

  it("bioRxiv's authors with initials in lower case are three people, not six pieces", () => {
    const paper = read(fixture('bio.rdf')).articles.find((article) =>
      article.title.startsWith('Dynamic response of RNA editing'),
    );
    expect(paper?.authors.map((author) => author.name)).toEqual([
      'Zhang, a.',
      'jiang, x.',
      'zhang, x.',
    ]);
  });

  it("bioRxiv's authors with hyphenated initials are ten people, not twenty pieces", () => {
    const [paper] = read(
      'biorxiv-hyphenated-initials-rdf__feed-rs__feed-rs__rss_1.0_biorxiv.xml',
    ).articles;
    expect(paper?.authors.map((author) => author.name)).toEqual([
      'LAPALU, N.',
      'SIMON, A.',
      'Lu, A.',
      'Plaumann, P.-L.',
      'Amselem, J.',
      'Pigne, S.',
      'Auger, A.',
      'Koch, C.',
      'Dallery, J.-F.',
      "O'Connell, R. J.",
    ]);
  });

  it("a note beside the editor's address is no byline; a name there is", () => {
    const messaggero = read('managing-editor-note-rss__feed-rs__feed-rs__rss_2.0_ilmessaggero.xml');
    expect(messaggero.feed.authors).toEqual([]);
    expect(messaggero.articles[0]?.authors).toEqual([]);
    const editor = (value: string) =>
      parseXmlFeed(
        `<rss version="2.0"><channel><title>T</title><managingEditor>${value}</managingEditor><item><guid>g</guid><title>A</title></item></channel></rss>`,
        PAGE,
        'rss',
      ).articles[0]?.authors;
    expect(editor('ana@example.org (Ana Ruiz)')).toEqual([{ name: 'Ana Ruiz' }]);
    expect(editor("news@example.org (for readers' letters)")).toEqual([]);
    // The desk's role, not a person (the Daily Mail's), nor anyone else's.
    expect(editor('editorial@dailymailonline.co.uk (Editor)')).toEqual([]);
    expect(editor('redaktion@example.de (Redaktion)')).toEqual([]);
    expect(editor('editor@example.org (Ed Itor)')).toEqual([{ name: 'Ed Itor' }]);
  });

  it('a link with its ampersands escaped twice, in CDATA, keeps its parameters', () => {
    const uol = read('double-escaped-link-cdata-rss__jocmp__capyreader__feed-test-accents.xml');
    expect(uol.articles.map((article) => article.url)).toContain(
      'https://aeromagazine.uol.com.br/artigo/aerolineas-argentinas-reduz-custos-visando-privatizacao.html?xid=2310',
    );
    expect(uol.articles.some((article) => article.url?.includes('amp;'))).toBe(false);
  });

  it("FeedBurner's copy links each article to the publisher's page, not to its redirect", () => {
    const ars = read('feedburner-origlink-rss__velour__feedme__arstechnica.xml').articles;
    expect(ars).toHaveLength(25);
    expect(ars[0]?.url).toBe(
      'http://arstechnica.com/security/2013/04/why-livingsocials-50-million-password-breach-is-graver-than-you-may-think/',
    );
    expect(ars[0]?.id).toBe('http://arstechnica.com/?p=255413');
    expect(ars.some((article) => article.url?.includes('feeds.arstechnica.com/~r/'))).toBe(false);
    const blogger = read('blogger-atom-feedburner__rbren__rss-parser__feedburner.atom').articles;
    expect(blogger[0]?.url).toBe(
      'http://googleadsdeveloper.blogspot.com/2016/06/adwords-and-dfp-java-client-library.html',
    );
    expect(blogger.some((article) => article.url?.includes('feedproxy.google.com'))).toBe(false);
  });

  it("a Blogger post through FeedBurner has its comment feed on the blog's own site", () => {
    const rss = `<rss version="2.0" xmlns:thr="http://purl.org/syndication/thread/1.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><title>T</title><item><guid isPermaLink="false">tag:blogger.com,1999:blog-1.post-42</guid><title>A</title><link>http://feedproxy.google.com/~r/blog/~3/x/a.html</link><thr:total>2</thr:total><feedburner:origLink>https://blog.example/2015/12/a.html</feedburner:origLink></item></channel></rss>`;
    const [article] = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(article?.url).toBe('https://blog.example/2015/12/a.html');
    expect(article?.commentsUrl).toBe('https://blog.example/feeds/42/comments/default');
  });

  it("Blogger's 72-pixel square thumbnail becomes the post's picture, 1,200 pixels at most", () => {
    const page = read(
      'blogger-rss-s72-thumbnails__argian__Lorem-tylkobezcukru.blogspot.com__default-alt-rss.xml',
    );
    expect(page.articles[0]?.image).toBe(
      'https://3.bp.blogspot.com/-bV9L_L9wNcU/W5uymTGkQnI/AAAAAAAABv8/Rezi5uonwXsWv1e1MW5EhBiViNXZ9gSXgCLcBGAs/s1200/20180907_180949.jpg',
    );
    expect(page.articles.some((article) => article.image?.includes('s72-c'))).toBe(false);
  });

  it("Reddit's posts, HTML escaped twice in a description of no tag, read as HTML", () => {
    const ama = read('reddit-rss-escaped-twice__rbren__rss-parser__reddit-atom.rss').articles.find(
      (article) => article.title.startsWith('I am the guy who dragged a model into the ocean'),
    );
    expect(ama?.contentText).toBeUndefined();
    expect(ama?.contentHtml).toContain(
      '<a href="http://www.vonwong.com/blog/sharkshepherd/">I dragged a model into the shark ridden sea</a>',
    );
    expect(ama?.excerpt ?? ama?.summary).toMatch(/^Hey Reddit! Benjamin Von Wong here/);
    // A text that only names a tag stays text.
    const rss = (text: string) =>
      `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link><description>${text}</description></item></channel></rss>`;
    for (const text of ['Write &amp;lt;b&amp;gt; for bold.', '&amp;lt;b&amp;gt; is bold.'])
      expect(parseXmlFeed(rss(text), PAGE, 'rss').articles[0]?.contentText).toMatch(/<b> /);
  });

  it("counts the comments an item's text says it has, where the feed gives no count", () => {
    const reddit = read('reddit-rss-escaped-twice__rbren__rss-parser__reddit-atom.rss').articles;
    expect(reddit.find((post) => post.title.startsWith('I am the guy'))?.commentCount).toBe(339);
    const [lemmy] = read(
      'lemmy-community__feeddeck__feeddeck__lemmy_test-responseCommunityIIC.rss',
    ).articles;
    expect(lemmy?.commentCount).toBe(4);
    // hnrss's description, as it writes every item's.
    const hnrss = `<rss version="2.0"><channel><title>Hacker News: Newest</title><item><title>Show HN: A</title><link>https://a.example/</link><description><![CDATA[<p>Article URL: <a href="https://a.example/">https://a.example/</a></p><p>Comments URL: <a href="https://news.ycombinator.com/item?id=1">https://news.ycombinator.com/item?id=1</a></p><p>Points: 3</p><p># Comments: 12</p>]]></description><comments>https://news.ycombinator.com/item?id=1</comments></item></channel></rss>`;
    expect(parseXmlFeed(hnrss, PAGE, 'rss').articles[0]?.commentCount).toBe(12);
    // A count the feed gives comes first; a text that says nothing of comments, none.
    const [natasha] = read(fixture('natasha.xml')).articles;
    expect(natasha?.commentCount).toBe(6);
    expect(read(fixture('KatieFloyd.rss')).articles[0]?.commentCount).toBeUndefined();
  });

  it("an episode's media:group beside its enclosure is that recording again, not a second one", () => {
    // Channel 9: the enclosure, and a group of the same video in five files and its sound.
    const [video] = read(
      'media-group-beside-enclosure__feed-rs__feed-rs__rss_2.0_ch9.xml',
    ).articles;
    expect(video?.attachments.map((attachment) => attachment.url)).toEqual([
      'https://sec.ch9.ms/ch9/075d/6e61e6c6-3890-4172-a617-fa0c4b38075d/azfr663_high.mp4',
    ]);
    // castfire: the episode, and a group of it at 128 kbps with its picture.
    const rss = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><item><title>A</title><link>/a</link><media:group><media:content url="https://serve.castfire.example/3867505.128.mp3" type="audio/mp3" duration="1721"/><media:content url="https://images.example/0-6042857.jpg" type="image/jpeg" medium="image"/></media:group><enclosure url="https://serve.castfire.example/3867505.mp3" type="audio/mpeg" length="27541420"/></item></channel></rss>`;
    const [episode] = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(episode?.attachments.map((attachment) => attachment.url)).toEqual([
      'https://serve.castfire.example/3867505.mp3',
    ]);
    // Without an enclosure, the group is what plays.
    const [grouped] = parseXmlFeed(rss.replace(/<enclosure[^>]*>/, ''), PAGE, 'rss').articles;
    expect(grouped?.attachments.map((attachment) => attachment.url)).toEqual([
      'https://serve.castfire.example/3867505.128.mp3',
    ]);
  });

  it.each([
    ['arXiv', 'Zeyu Ren, Ling Yue, Ran Li', ['Zeyu Ren', 'Ling Yue', 'Ran Li']],
    ['bioRxiv', 'Kaur, M., Shukla, A., Bhati, K. K.', ['Kaur, M.', 'Shukla, A.', 'Bhati, K. K.']],
    ['one name', 'Doe, Jane', ['Doe, Jane']],
    // Practical Operations' itunes:author, with the comma before the last.
    [
      'a podcast',
      'Breandan Dezendorf, Jack Neely, and Jarod Watkins',
      ['Breandan Dezendorf', 'Jack Neely', 'Jarod Watkins'],
    ],
    [
      'an ampersand',
      'Ana Ruiz, Tomas Berg, &amp; Leo Byrne',
      ['Ana Ruiz', 'Tomas Berg', 'Leo Byrne'],
    ],
  ])('a dc:creator listing several people names each (%s)', (_site, creator, names) => {
    const rss = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><item><title>A</title><link>/a</link><dc:creator>${creator}</dc:creator></item></channel></rss>`;
    const [article] = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(article?.authors.map((author) => author.name)).toEqual(names);
  });

  it('an old Blogger post that parts its paragraphs by blank lines keeps them (not tidy HTML)', () => {
    const description = (html: string) =>
      `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link><description><![CDATA[${html}]]></description></item></channel></rss>`;
    const [blogger] = parseXmlFeed(
      description(
        '<span style="font-weight: bold;">Lago Gias di Beu.</span>\n\nDal laghetto si prende il <a href="/s">sentiero</a>.\n\nIl sentiero si snoda.\n<table><tr><td>2461 m</td></tr></table>',
      ),
      PAGE,
      'rss',
    ).articles;
    expect(blogger?.contentHtml).toBe(
      '<span style="font-weight: bold;">Lago Gias di Beu.</span><br><br>Dal laghetto si prende il <a href="/s">sentiero</a>.<br><br>Il sentiero si snoda.\n<table><tr><td>2461 m</td></tr></table>',
    );
    // Tidy HTML, text whose white space is kept, and blank lines inside a tag (Squarespace's
    // classes, over several lines) are left as they are.
    for (const html of [
      '<p>One.</p>\n\n<p>Two.</p>',
      '<pre>a\n\nb</pre>\n\nc',
      '<p>Listen.</p>\n<a href="/full.jpg" role="button" class="\n  image-slide-anchor\n\n  js-gallery-lightbox-opener\n"\n\n>\n\n  View fullsize\n</a>',
      // A gallery: pictures in a row, a blank line between one's link and the next.
      '<a href="/1.jpg"><img src="/1.jpg"></a>\n\n\n<a href="/2.jpg"><img src="/2.jpg"></a>',
    ]) {
      expect(parseXmlFeed(description(html), PAGE, 'rss').articles[0]?.contentHtml).toBe(html);
    }
  });

  it('one picture in several widths is one picture, not a picture and attachments (The Guardian)', () => {
    const page = read('newspaper-rss__rbren__rss-parser__guardian.rss');
    expect(page.articles.some((article) => article.image)).toBe(true);
    for (const article of page.articles) expect(article.attachments).toEqual([]);
  });
  it("a news aggregator's item is by the paper it comes from (Google News)", () => {
    const page = read(
      'google-news-source-rss__extractus__feed-extractor__rss-feed-standard-realworld.xml',
    );
    expect(page.articles).toHaveLength(38);
    expect(page.articles[0]?.authors).toEqual([{ name: 'CNN', url: 'https://www.cnn.com/' }]);
    expect(page.articles.every((article) => article.authors[0]?.name)).toBe(true);
    // A source on the item's own site is the feed itself, no byline (mkdocs-rss-plugin).
    const own = read('rtl-hebrew-latin-first-rss__AmitPinchasi__amittech__feed_rss_created.xml');
    expect(
      own.articles.flatMap((article) => article.authors).map(({ name }) => name),
    ).not.toContain('עמית טק');
  });

  it("an episode's transcript comes with it, as Podcasting 2.0 names it (No Agenda)", () => {
    const [episode] = read(
      'podcast-transcripts-no-duration__RyanHirsch__partytime__no-agenda.xml',
    ).articles;
    expect(episode?.attachments).toContainEqual({
      url: 'https://mp3s.nashownotes.com/NA-1393-Captions.srt',
      mimeType: 'application/srt',
      title: 'Transcript',
    });
    // Three hours of it, and the feed gives no length.
    expect(episode?.attachments.find((each) => each.mimeType === 'audio/mpeg')).toMatchObject({
      durationInSeconds: undefined,
    });
  });

  it("an episode's recording plays in its own player, not in the copy its show notes embed (Gone Mobile, No Agenda)", () => {
    const shows = read(
      'podcast-player-in-notes__GoneMobileCast__GoneMobileCast.github.io__podcast.rss',
    ).articles;
    expect(shows).toHaveLength(56);
    for (const show of shows) {
      expect(show.attachments.filter((each) => each.mimeType.startsWith('audio/'))).toHaveLength(1);
      expect(show.contentHtml).not.toMatch(/<audio|<source/);
    }
    expect(shows[0]?.attachments[0]).toMatchObject({
      url: 'http://traffic.libsyn.com/gonemobile/Gone.Mobile.E0056.MvvmCross.Updates.with.Martijn.van.Dijk.mp3',
      durationInSeconds: 2322,
    });
    expect(shows[0]?.contentHtml).toMatch(/^<p>It took a few years/);
    // No Agenda 1379 embeds its recording in its notes too, and names its chapters.
    const noAgenda = read(
      'podcast-transcripts-no-duration__RyanHirsch__partytime__no-agenda.xml',
    ).articles;
    const episode = noAgenda.find((each) => each.title.startsWith('1379'));
    expect(episode?.attachments.map((each) => each.url)).toContain(
      'https://mp3s.nashownotes.com/NA-1379-2021-09-05-Final.mp3',
    );
    expect(episode?.chaptersUrl).toBeDefined();
    // A blog post that plays a video in its text does not list it again below.
    const [post] = parseXmlFeed(
      `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://blog.example/a</link><description>&lt;video src="https://blog.example/a.mp4" controls&gt;&lt;/video&gt;&lt;p&gt;Text.&lt;/p&gt;</description><enclosure url="https://blog.example/a.mp4" type="video/mp4" length="1"/></item></channel></rss>`,
      PAGE,
      'rss',
    ).articles;
    expect(post?.attachments).toEqual([]);
    expect(post?.contentHtml).toContain('<video');
  });

  it("shows the opening of a Hexo post's text, not its summary cut inside a tag, and titles an untitled one by its heading", () => {
    const posts = read('hexo-summary-cut-in-tag__0374wang__blog_hexo__atom.xml').articles;
    const [computed, , , untitled] = posts;
    expect(computed?.summary).toBe('Vue中computed分析 在Vue中…');
    expect(computed?.excerpt).toMatch(/^Vue中computed分析 在Vue中computed是计算属性，/);
    // Its title left empty, its text opening with a heading: titled by it, not shown twice.
    expect(untitled?.title).toBe('Vue为何采用异步渲染');
    expect(untitled?.hasTitle).toBe(true);
    expect(untitled?.contentHtml).not.toContain('Vue为何采用异步渲染');
    expect(untitled?.excerpt).toMatch(/^Vue在更新DOM时是异步执行的，/);
  });

  it("an episode's recording comes with its other files to download (PeerTube's alternate enclosures)", () => {
    const videos = read(
      'peertube-alternate-enclosures__RyanHirsch__partytime__natube-test.xml',
    ).articles;
    const gwar = videos.find((video) => video.title.startsWith('GWAR'));
    const [recording] = gwar?.attachments ?? [];
    expect(recording?.url).toMatch(/-2160\.mp4$/);
    // The recording itself is among them, and names it; not a torrent nor a stream's playlist.
    expect(recording?.variant).toBe('2160p');
    expect(recording?.alternates?.map(({ title }) => title)).toEqual([
      '1440p',
      '1080p',
      '720p',
      '480p',
      '360p',
      '240p',
      'Audio',
    ]);
    expect(recording?.alternates?.[2]).toEqual({
      url: 'https://noagendatube.com/static/webseed/8d581e1f-1cf4-4e67-95f2-8fd4c1029009-720.mp4',
      mimeType: 'video/mp4',
      title: '720p',
    });
    // The one marked first is the recording, though its address is another (the namespace's example).
    const [example] = read(
      'podcasting-2-example__Podcastindex-org__podcast-namespace__example.xml',
    ).articles;
    expect(example?.attachments[0]).toMatchObject({
      url: 'https://example.com/file-03.mp3',
      variant: 'Standard',
    });
    expect(example?.attachments[0]?.alternates?.map(({ title }) => title)).toEqual([
      'High quality',
      'High quality AAC',
      'Low bandwidth',
      'Video version',
    ]);
  });

  it("an episode's transcript is the most readable of its formats, one in each language", () => {
    // Transistor gives one in five formats: captions (WebVTT, SubRip, JSON), text and a page.
    const [episode] = read(
      'podcast-transcripts-five-formats__feed-rs__feed-rs__rss_2.0_transistorfm.xml',
    ).articles;
    expect(episode?.attachments.filter(({ title }) => title?.startsWith('Transcript'))).toEqual([
      {
        url: 'https://share.transistor.fm/s/59bf46b3/transcription',
        mimeType: 'text/html',
        title: 'Transcript',
      },
    ]);
    // Text in the episode's language, captions in another: each is the only one in its own.
    const [example] = read(
      'podcasting-2-example__Podcastindex-org__podcast-namespace__example.xml',
    ).articles;
    expect(
      example?.attachments.flatMap(({ title, url }) =>
        title?.startsWith('Transcript') ? [[title, url]] : [],
      ),
    ).toEqual([
      ['Transcript', 'https://example.com/ep3/transcript.txt'],
      ['Transcript (Spanish)', 'https://example.com/episode1/transcript.vtt'],
    ]);
  });

  it("a post in Blogger's RSS has its comment feed, as in Blogger's Atom", () => {
    const page = read(
      'blogger-rss-thr__I014__jorgeelconstructor.blogspot.com__feeds-posts-default-alt-rss.xml',
    );
    expect(page.articles[0]).toMatchObject({
      url: 'http://jorgeelconstructor.blogspot.com/2013/10/hola-buenas_12.html',
      commentsUrl:
        'http://jorgeelconstructor.blogspot.com/feeds/3000671474187976795/comments/default',
      commentCount: 1,
    });
    // Anything else's guid names no Blogger post.
    expect(
      read(fixture('natasha.xml')).articles.every(
        (article) => !article.commentsUrl?.includes('/feeds/'),
      ),
    ).toBe(true);
  });
});

describe('what cannot be read', () => {
  it('skips and counts an item with nothing to know it by', () => {
    const rss = `<rss version="2.0"><channel><title>T</title>
      <item><category>News</category><pubDate>Sun, 30 Jun 2019 10:00:00 GMT</pubDate></item>
      <item><guid>a</guid><title>Kept</title></item>
      <item><guid>a</guid><title>Twice</title></item></channel></rss>`;
    const page = parseXmlFeed(rss, PAGE, 'rss');
    expect(page.articles.map((a) => a.title)).toEqual(['Kept']);
    expect(page.skipped).toBe(1);
  });

  it("offers a Discourse topic's replies as its comments: the topic's own feed, named as its source", () => {
    const rss = `<rss version="2.0"><channel><title>Forum</title>
      <item><title>Ferry timetable</title><link>https://forum.example/t/ferry-timetable/42</link>
        <guid>https://forum.example/t/ferry-timetable/42</guid>
        <source url="https://forum.example/t/ferry-timetable/42.rss">Ferry timetable</source></item>
      <item><title>Elsewhere</title><link>https://blog.example/a</link><guid>b</guid>
        <source url="https://news.example/feed.rss">News</source></item>
      </channel></rss>`;
    const [topic, other] = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(topic?.commentsUrl).toBe('https://forum.example/t/ferry-timetable/42.rss');
    expect(other?.commentsUrl).toBeUndefined();
  });

  it('knows an item with neither guid nor link by what it says, the same each time it is read', () => {
    const rss = (extra = '') => `<rss version="0.92"><channel><title>T</title>${extra}
      <item><title>No id, no link</title></item>
      <item><description>Only words</description></item>
      <item><description>Only words</description>
        <enclosure url="https://x.example/a.mp3" length="9" type="audio/mpeg"/></item>
      </channel></rss>`;
    const page = parseXmlFeed(rss(), PAGE, 'rss');
    expect(page.articles.map((a) => a.title)).toEqual([
      'No id, no link',
      'Only words',
      'Only words',
    ]);
    expect(new Set(page.articles.map((a) => a.id)).size).toBe(3);
    // Read again with a new item before them: the same ids, so read marks and comments stay.
    const again = parseXmlFeed(rss('<item><title>New</title></item>'), PAGE, 'rss');
    expect(again.articles.slice(1).map((a) => a.id)).toEqual(page.articles.map((a) => a.id));
  });

  it('knows an Atom entry with neither id nor link by what it says, the same each time it is read', () => {
    const atom = (extra = '') => `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${extra}
      <entry><title>Harbour notes</title><updated>2019-06-30T10:00:00Z</updated>
        <content type="html">&lt;p&gt;The ferry ran late.&lt;/p&gt;</content></entry>
      <entry><title>Tide tables</title><updated>2019-06-29T10:00:00Z</updated>
        <summary>Low water at noon.</summary></entry>
      <entry><updated>2019-06-28T10:00:00Z</updated></entry>
      </feed>`;
    const page = parseXmlFeed(atom(), PAGE, 'atom');
    expect(page.articles.map((a) => a.title)).toEqual(['Harbour notes', 'Tide tables']);
    expect(page.articles.map((a) => a.id)).toEqual([
      expect.stringMatching(/^item:/),
      expect.stringMatching(/^item:/),
    ]);
    expect(page.articles[0]?.id).not.toBe(page.articles[1]?.id);
    // An entry that says nothing is skipped; read again with a new one before them, the same ids.
    expect(page.skipped).toBe(1);
    const again = parseXmlFeed(atom('<entry><id>n</id><title>New</title></entry>'), PAGE, 'atom');
    expect(again.articles.slice(1).map((a) => a.id)).toEqual(page.articles.map((a) => a.id));
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

  it('gives a picture alone, as Mastodon posts one, a display title from what the picture shows', () => {
    const rss = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
      <item><guid>m</guid><description/>
        <media:content url="https://files.example/a.jpeg" type="image/jpeg" medium="image">
          <media:description>Fishing boats in the harbour at dawn</media:description>
        </media:content>
      </item></channel></rss>`;
    const [post] = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(post).toMatchObject({
      hasTitle: false,
      title: 'Fishing boats in the harbour at dawn',
      image: 'https://files.example/a.jpeg',
    });
  });

  it('shows a post Wikidot calls "(no title)" by its words, like a title-less one', () => {
    const rss = `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wikidot="http://www.wikidot.com/rss-namespace">
      <channel><title>Posts in the discussion thread "Ferries"</title><link>https://harbour.wikidot.com/forum/t-7/ferries</link>
      <item><guid>https://harbour.wikidot.com/forum/t-7#post-2</guid><title>(no title)</title>
        <link>https://harbour.wikidot.com/forum/t-7/ferries#post-2</link><description/>
        <wikidot:authorName>tidewatcher</wikidot:authorName>
        <content:encoded><![CDATA[<p>The evening ferry leaves at six from June.</p>]]></content:encoded></item>
      <item><guid>https://harbour.wikidot.com/forum/t-7#post-1</guid><title>Timetable change</title>
        <link>https://harbour.wikidot.com/forum/t-7/ferries#post-1</link><description/>
        <content:encoded><![CDATA[<p>See below.</p>]]></content:encoded></item>
      </channel></rss>`;
    const posts = parseXmlFeed(rss, PAGE, 'rss').articles;
    expect(posts.map(({ title, hasTitle }) => ({ title, hasTitle }))).toEqual([
      { title: 'The evening ferry leaves at six from June.', hasTitle: false },
      { title: 'Timetable change', hasTitle: true },
    ]);
  });

  it('shows a picture Pixelfed calls "No caption" by what it shows, and keeps the word where nothing says', () => {
    const entry = (id: string, alt: string) => `<entry>
      <id>https://pixels.example/p/harbourcam/${id}</id><title>No caption</title><updated>2024-05-0${id}T06:00:00Z</updated>
      <content type="html"><![CDATA[<img src="https://pixels.example/storage/${id}.jpg" alt="${alt}"><p style="padding:10px;"></p>]]></content>
      <link rel="alternate" href="https://pixels.example/p/harbourcam/${id}"/><summary type="html"></summary>
      <media:content url="https://pixels.example/storage/${id}.jpg" type="image/png" medium="image"/></entry>`;
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
      <title>harbourcam on Pixelfed</title>${entry('2', 'Fishing boats in the harbour at dawn')}${entry('1', '')}</feed>`;
    const posts = parseXmlFeed(atom, PAGE, 'atom').articles;
    expect(posts.map(({ title, hasTitle }) => ({ title, hasTitle }))).toEqual([
      { title: 'Fishing boats in the harbour at dawn', hasTitle: false },
      { title: 'No caption', hasTitle: true },
    ]);
  });

  it('shows a post titled only "Photo" or "Image" by its words, and keeps the word for a picture alone (Tumblr, Nitter)', () => {
    const rss = `<rss version="2.0"><channel><title>T</title>
      <item><guid>1</guid><title>Photo</title>
        <description>&lt;img src="https://media.example/1.jpg"/&gt;&lt;br/&gt;&lt;p&gt;Low tide at the old pier.&lt;/p&gt;</description></item>
      <item><guid>2</guid><title>Image</title>
        <description><![CDATA[<p><br><a href="https://nitter.example/a/status/9#m">nitter.example/a/status/9#m</a></p><img src="https://nitter.example/pic/2.jpg" />]]></description></item>
      </channel></rss>`;
    expect(parseXmlFeed(rss, PAGE, 'rss').articles.map((post) => post.title)).toEqual([
      'Low tide at the old pier.',
      'Image',
    ]);
    // Real feeds: Tumblr's photo posts without a caption, Nitter's tweet of a picture alone.
    const tumblr = read('tumblr-rss__rss2email__rss2email__tumblr-feed.rss').articles;
    expect(tumblr.filter((post) => post.title === 'Photo')).toHaveLength(12);
    const nitter = read('nitter-rss__spacecowboy__Feeder__rss_lawnchair.xml').articles;
    expect(nitter.filter((post) => post.title === 'Image')).toHaveLength(1);
  });

  it('names the feed by its address when it has no title', () => {
    const rss = '<rss version="2.0"><channel><description>d</description></channel></rss>';
    const page = parseXmlFeed(rss, PAGE, 'rss');
    expect(page.feed.title).toBe('reader.example');
    expect(page.articles).toEqual([]);
  });

  it.each([
    ['an empty channel', 'rss', '<rss version="2.0"><channel/></rss>'],
    [
      'an empty channel written whole',
      'rss',
      '<rss version="2.0">\n<channel>\n</channel>\n</rss>\n',
    ],
    [
      'a channel of elements no format has',
      'rss',
      '<rss><channel><x:a xmlns:x="urn:x">1</x:a></channel></rss>',
    ],
    ['an empty Atom feed', 'atom', '<feed xmlns="http://www.w3.org/2005/Atom"/>'],
    [
      'an RSS 1.0 feed of no items',
      'rdf',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>',
    ],
  ] as const)(
    'reads %s as a feed with no articles yet, named by its address',
    (_name, format, xml) => {
      const page = parseXmlFeed(xml, PAGE, format);
      expect(page.feed.title).toBe('reader.example');
      expect(page.articles).toEqual([]);
    },
  );

  it("tells RDF that is no feed (a blog's SIOC profile, a FOAF profile) from an empty RSS 1.0 feed", () => {
    const notAFeed = 'This is not a feed: Broadsheet reads JSON Feed, RSS and Atom.';
    // WordPress's SIOC plugin: a post, its author and text in RDF, linked from the blog's pages.
    expect(() =>
      read('sioc-post-rdf__yuxi-liu-wired__cyc-archive__blog.larkc.eu-sioc-post.rdf', 'invalid'),
    ).toThrow(notAFeed);
    const foaf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:foaf="http://xmlns.com/foaf/0.1/">
      <!-- me --><foaf:Person rdf:about="#me"><foaf:name>Jane</foaf:name></foaf:Person></rdf:RDF>`;
    expect(() => parseXmlFeed(foaf, PAGE, 'rdf')).toThrow(notAFeed);
  });

  it.each([
    ['a document cut off mid-download', '<rss><channel><title>T</title><item><title>cut'],
    ['a document cut off before its first item', '<rss><channel>'],
    ['an empty document', ''],
  ])('gives %s a clear message', (_name, rss) => {
    expect(() => parseXmlFeed(rss, PAGE, 'rss')).toThrow(
      'This feed could not be read: it is empty, cut off or not well-formed XML.',
    );
  });
});
