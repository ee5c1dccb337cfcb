// @vitest-environment node
// Node, not jsdom: feeds are parsed in a worker, where there is no DOM.
import { describe, expect, it } from 'vitest';
import { parseXmlFeed } from '../../src/features/feed/api/formats/xml-feed';
import type { XmlFormat } from '../../src/features/feed/api/formats/xml-feed';
import { decodeText } from '../../src/lib/decode-text';
import { detectFormat } from '../../src/lib/document-format';
import { fixtureBytes } from '../helpers/fixtures';

const PAGE = 'https://reader.example/feeds/posts.xml';

function readText(text: string) {
  return parseXmlFeed(text, PAGE, detectFormat(text) as XmlFormat);
}

const read = (name: string) => readText(decodeText(fixtureBytes('xml', name)));

describe('pictures a newspaper gives in media', () => {
  it("one photo in many crops (CNN's media:group) is one picture, the widest", () => {
    const page = read('newspaper-media-group-rss__gesab001__headlines__cnn.xml');
    const [first] = page.articles;
    expect(first?.image).toBe(
      'https://cdn.cnn.com/cnnnext/dam/assets/211015201454-01-covid-molnupiravir-super-169.jpg',
    );
    for (const article of page.articles) {
      expect(article.attachments.filter((each) => each.mimeType.startsWith('image/'))).toEqual([]);
    }
  });

  it("credits the lead picture as its media:content does, not with the video's author", () => {
    const [guardian] = read('newspaper-rss__rbren__rss-parser__guardian.rss').articles;
    expect(guardian?.imageCredit).toBe('Photograph: Networ/Sipa USA/REX/Shutterstock');
    // Vimeo credits the video's author, who is in the byline, not under the picture.
    const [vimeo] = read(
      'vimeo-video-thumbnail-credit-rss__feed-rs__feed-rs__rss_2.0_vimeo_media.xml',
    ).articles;
    expect(vimeo?.imageCredit).toBeUndefined();
    expect(vimeo?.authors.map((author) => author.name)).toEqual(['Failla Wines']);
  });

  it("names a CMS's taxonomy paths by their last part, and drops the kind of story (Telegraph)", () => {
    const { articles } = read(
      'newspaper-taxonomy-tags-rss__rowanmanning__sample-feeds__telegraph.xml',
    );
    const tags = articles.flatMap((article) => article.tags);
    expect(tags).toContain('vladimir putin');
    expect(tags).toContain('world news');
    expect(tags.filter((tag) => /[:/]|^(?:standard|review)$/.test(tag))).toEqual([]);
  });

  it('the picture a group marks default leads, not a 60-pixel thumbnail (Fox)', () => {
    const [first] = read('newspaper-default-picture-rss__gesab001__headlines__fox.xml').articles;
    expect(first?.image).toBe(
      'https://static.foxnews.com/foxnews.com/content/uploads/2021/09/FAUCI.jpg',
    );
    expect(first?.attachments).toEqual([]);
    // Its dc.identifier category is an id, not a tag.
    expect(first?.tags).toContain('fox-news/person/anthony-fauci');
    expect(first?.tags.filter((tag) => /^[\da-f]{8}-/.test(tag))).toEqual([]);
  });

  it("the item's caption beside its one picture describes it (The New York Times)", () => {
    const [first] = read('newspaper-item-caption-rss__gesab001__headlines__nytimes.xml').articles;
    expect(first?.image).toMatch(/15bentonharbor/);
    expect(first?.imageAlt).toMatch(/\w+ \w+/);
  });
});

describe("an item's picture from its text", () => {
  it("a relative picture in the text is read against the post's page, as its body is", () => {
    // Russ Cox's entries name their diagrams beside the post ("tlog-16.png"), with no xml:base.
    const [first] = read(
      'atom-self-link-only__Ranchero-Software__NetNewsWire__russcox.atom',
    ).articles;
    expect(first?.url).toMatch(/^https?:\/\/research\.swtch\.com\/tlog$/);
    expect(first?.image).toMatch(/^https?:\/\/research\.swtch\.com\/tlog-16\.png$/);
  });

  it('an RSS item on another host than its feed: its own site, not the feed host', () => {
    const page = parseXmlFeed(
      `<rss version="2.0"><channel><title>Blog</title><link>https://blog.example/</link>
        <item><title>Market</title><link>https://blog.example/2024/market/</link>
          <description><![CDATA[<p>Stalls.</p><img src="../pics/stalls.jpg">]]></description></item>
      </channel></rss>`,
      'https://feeds.example/blog',
      'rss',
    );
    expect(page.articles[0]?.image).toBe('https://blog.example/2024/pics/stalls.jpg');
  });

  it("a picture at the site's root is none: a Hugo theme's empty featured image", () => {
    const [first, second] = read(
      'hugo-empty-featured-image-rss__0AndWild__0AndWild.github.io__index.xml',
    ).articles;
    expect(first?.contentHtml).toContain('<img src="https://0andwild.com/"');
    expect(first?.image).toBe('https://0andwild.com/posts/260515_test_double/img1.png');
    expect(second?.image).not.toBe('https://0andwild.com/');
  });

  it("is no counting pixel, nor a script's 'undefined', nor an affiliate's ad (NPR, BlogEngine)", () => {
    const npr = read(
      'npr-tracking-pixel-rss__kagisearch__fastfeedparser__benchmark_data-7be307059415227d.xml',
    ).articles;
    expect(npr.map(({ image }) => image ?? '').join(' ')).not.toMatch(/tracking|undefined/);
    expect(npr.some(({ image }) => image?.startsWith('https://npr.brightspotcdn.com/'))).toBe(true);
    const blog = read(
      'blogengine-affiliate-ad-rss__kagisearch__fastfeedparser__benchmark_data-e8203fee50c570d8.xml',
    ).articles;
    expect(blog.map(({ image }) => image ?? '').join(' ')).not.toContain('impactradius');
  });
});

describe('who wrote it, and what it is about', () => {
  const authors = (name: string) =>
    read(name).articles.map((article) => article.authors.map((author) => author.name).join());

  it("a channel's support mailbox wrote none of its items (Al Jazeera)", () => {
    const named = authors(
      'managing-editor-support-rss__kagisearch__fastfeedparser__benchmark_data-3f9eeff5039a008d.xml',
    );
    expect(named).not.toContain('Apps Support');
  });

  it('an author whose address is withheld is named by the name beside it (Bear Blog)', () => {
    const named = authors(
      'bearblog-hidden-author-rss__kagisearch__fastfeedparser__benchmark_data-deaad352897740ef.xml',
    );
    expect(new Set(named)).toEqual(new Set(['killjoy']));
  });

  it('WordPress\'s "Uncategorized" is no tag; the categories chosen are', () => {
    const tags = read(
      'wordpress-rss__simplepie__simplepie__feed_rss-2.0_for_file_mock.xml',
    ).articles.flatMap((article) => article.tags);
    expect(tags).not.toContain('Uncategorized');
    expect(tags).toContain('Podcasting 101');
  });
});

describe('feeds a service makes', () => {
  // RSSHub's /weibo/user/1935396210 (July 2025) and /bilibili/popular/all (November 2025), as
  // code that reads them quotes them, trimmed to one item each.
  const weibo = `<rss version="2.0"><channel><title>少年JUMP吧的微博</title><link>https://weibo.com/1935396210/</link><generator>RSSHub</generator><language>en</language>
<item><title>『致不灭的你』动画第三季「现世篇」视觉图公开！2025年10月开播！#致不灭的你#致不灭的你 [图片]</title>
<description><![CDATA[『致不灭的你』动画第三季「现世篇」视觉图公开！2025年10月开播！<br><br><a href="https://m.weibo.cn/search?containerid=231522" data-hide=""><span class="surl-text">#致不灭的你#</span></a><a href="https://m.weibo.cn/p/index?extparam=x" data-hide=""><span class="url-icon"><img style="width: 1rem;height: 1rem" src="https://n.sinaimg.cn/photo/5213b46e/20180926/timeline_card_small_super_default.png" referrerpolicy="no-referrer"></span><span class="surl-text">致不灭的你</span></a> <img style="" src="https://tvax2.sinaimg.cn/large/0026YIXUgy1i31y7wpyenj60xc1b64a602.jpg" referrerpolicy="no-referrer">]]></description>
<link>https://weibo.com/1935396210/PzxMFDdIO</link><guid isPermaLink="false">https://weibo.com/1935396210/PzxMFDdIO</guid><pubDate>Fri, 04 Jul 2025 07:51:28 GMT</pubDate><author>少年JUMP吧</author></item></channel></rss>`;
  const bilibili = `<rss version="2.0"><channel><title>哔哩哔哩 - 热门</title><link>https://www.bilibili.com/v/popular/all</link><generator>RSSHub</generator><language>en</language>
<item><title>方大同的20年，给soulboy一首"新歌"丨HOPICO</title><description><![CDATA[亲爱的大同，亲爱的soulboy，这一期送给你。<br><br><img src="https://i2.hdslb.com/bfs/archive/f2e677fd610d442fdf2615069302c0db21eeaae3.jpg" referrerpolicy="no-referrer">]]></description><link>https://www.bilibili.com/video/BV1ZKCpBxEa4</link><guid isPermaLink="false">https://www.bilibili.com/video/BV1ZKCpBxEa4</guid><author>HOPICO</author></item></channel></rss>`;

  it("a Weibo post's picture is its photo, not a topic's icon sized in its style", () => {
    const [post] = readText(weibo).articles;
    expect(post?.image).toBe(
      'https://tvax2.sinaimg.cn/large/0026YIXUgy1i31y7wpyenj60xc1b64a602.jpg',
    );
  });

  it('a Chinese post that names something in Latin letters is Chinese, whatever the feed says', () => {
    expect(readText(weibo).articles[0]?.language).toMatch(/^zh/);
    expect(readText(bilibili).articles[0]?.language).toMatch(/^zh/);
  });

  it('the tool that made the feed is no author of its posts (RSS-Bridge)', () => {
    const page = read(
      'rss-bridge-atom__RSS-Bridge__rss-bridge__expectedAtomFormat-feed.microblog.xml',
    );
    expect(page.feed.authors).toEqual([]);
    for (const post of page.articles) expect(post.authors).toEqual([]);
  });
});

describe('people and dates', () => {
  it("a byline given as the person's page is their name, linked (Lemmy)", () => {
    const [first] = read('lemmy-creator-url-rss__feeddeck__feeddeck__lemmy_test.xml').articles;
    expect(first?.authors).toEqual([{ name: 'lwCET', url: 'https://lemmy.world/u/lwCET' }]);
  });

  it('a name with its address in brackets is the name', () => {
    const page = readText(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
      <item><guid>a</guid><dc:creator>Example editor (me@example.com)</dc:creator></item>
      </channel></rss>`);
    expect(page.articles[0]?.authors).toEqual([{ name: 'Example editor' }]);
  });

  it('an Atom 0.3 entry dated by dc:date alone is dated, its escaped CDATA read as HTML (tagesschau.de)', () => {
    const page = read('atom03-dc-date-cdata__feeddeck__feeddeck__rss_test-tagesschau.xml');
    const [first] = page.articles;
    expect(first?.published).toBe('2023-12-12T14:20:21.000Z');
    expect(first?.contentHtml).toMatch(/^<p ><a href=/);
    expect(first?.contentHtml).not.toContain(']]>');
  });
});

describe('text as Atom 0.3 and other writers type it', () => {
  const atom = (entry: string) =>
    readText(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title>
      <entry><id>urn:1</id>${entry}</entry></feed>`).articles[0];

  it('"text/plain" content is text', () => {
    expect(atom('<content type="text/plain">Example Atom</content>')?.contentText).toBe(
      'Example Atom',
    );
  });

  it('a "text/html" title is read as HTML', () => {
    expect(
      atom('<title type="text/html" mode="escaped">Fish &amp;amp; &lt;i&gt;chips&lt;/i&gt;</title>')
        ?.title,
    ).toBe('Fish & chips');
  });

  it("content's own xml:base resolves its links (Movable Type)", () => {
    const entry = readText(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><id>urn:1</id><link href="https://blog.example/2008/06/post.html"/>
      <content type="html" xml:base="https://blog.example/">&lt;a href="archives/a.html"&gt;a&lt;/a&gt;</content>
      </entry></feed>`).articles[0];
    expect(entry?.contentBase).toBe('https://blog.example/');
  });
});

describe('sound and video', () => {
  it('a video the post plays in its text is not listed again below it (WordPress)', () => {
    const [first] = read(
      'wordpress-video-in-body-rss__feeddeck__feeddeck__rss_test-hippovideo.xml',
    ).articles;
    expect(first?.contentHtml).toContain('<video');
    expect(first?.attachments.filter((each) => each.mimeType.startsWith('video/'))).toEqual([]);
  });

  it("a podcast's show notes that link to the episode keep its player", () => {
    const page = readText(`<rss version="2.0"><channel><title>P</title><item><guid>e1</guid>
      <description>&lt;a href="https://cdn.example/e1.mp3"&gt;Download&lt;/a&gt;</description>
      <enclosure url="https://cdn.example/e1.mp3" length="1" type="audio/mpeg"/></item></channel></rss>`);
    expect(page.articles[0]?.attachments).toMatchObject([{ url: 'https://cdn.example/e1.mp3' }]);
  });
});

describe('links without their tracking', () => {
  it("a post's link leaves its campaign parameters behind; its id keeps them (WordPress)", () => {
    const [first] = read(
      'wordpress-video-in-body-rss__feeddeck__feeddeck__rss_test-hippovideo.xml',
    ).articles;
    expect(first?.url).toBe(
      'https://www.hippovideo.io/blog/looms-acquisition-what-lies-ahead-for-customer-facing-functions/',
    );
    expect(first?.id).toBe('https://www.hippovideo.io/blog/?p=49277');
  });

  it('an item known by its link keeps that link as its id (Slashdot, RSS 1.0)', () => {
    const [first] = read('rss10-slashdot__jocmp__capyreader__feed-rdf-test.xml').articles;
    expect(first?.url).toBe(
      'https://tech.slashdot.org/story/24/08/22/2042250/google-play-will-no-longer-pay-to-discover-vulnerabilities-in-popular-android-apps',
    );
    expect(first?.id).toContain('?utm_source=rss1.0mainlinkanon&utm_medium=feed');
  });

  it('keeps the parameters that say which page it is', () => {
    const page = readText(`<rss version="2.0"><channel><title>P</title><item>
      <link>https://news.example/story.php?sid=12&amp;at_medium=RSS&amp;fbclid=x&amp;page=2#top</link>
      </item></channel></rss>`);
    expect(page.articles[0]?.url).toBe('https://news.example/story.php?sid=12&page=2#top');
  });
});

describe("Atom's content kept elsewhere", () => {
  it('an entry whose content is at another address links there, with its summary as text', () => {
    const page =
      readText(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/">
      <title>B</title><id>urn:b</id><updated>2024-01-01T00:00:00Z</updated>
      <entry><id>urn:b:1</id><title>Out of line</title><updated>2024-01-01T00:00:00Z</updated>
        <summary>The gist.</summary><content type="text/html" src="posts/1.html"/></entry>
    </feed>`);
    expect(page.articles[0]).toMatchObject({
      url: 'https://blog.example/posts/1.html',
      contentText: 'The gist.',
    });
  });
});

describe('text decoded', () => {
  it("windows-1252's punctuation kept as C1 controls reads as punctuation", () => {
    const bytes = new TextEncoder().encode('<p>don\u0092t \u0093quote\u0094 \u0096 dash</p>');
    expect(decodeText(bytes)).toBe('<p>don\u2019t \u201cquote\u201d \u2013 dash</p>');
  });
});
