// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  choiceTitles,
  discoverFeeds,
  isNarrowFeed,
  linkedFeeds,
  meantFeeds,
  postsFeeds,
  siteFeedAddresses,
  usualFeedAddresses,
} from '../../src/features/feed/api/formats/discover';
import { decodeText } from '../../src/lib/decode-text';
import { detectFormat } from '../../src/lib/document-format';
import { fixtureBytes } from '../helpers/fixtures';

/** The feeds a saved page names that a reader means, by address. */
const feedsOf = (name: string, url: string) =>
  postsFeeds(discoverFeeds(decodeText(fixtureBytes('html', name)), url), url).map(
    (feed) => feed.url,
  );

const page = (name: string) => decodeText(fixtureBytes('html', name));

describe('feeds a web page names', () => {
  it('finds the one feed of a blog, resolved against the page', () => {
    expect(
      discoverFeeds(
        page('Ranchero-Software__RSParser__DaringFireball.html'),
        'https://daringfireball.net/',
      ),
    ).toEqual([
      {
        url: 'https://daringfireball.net/feeds/main',
        title: undefined,
        type: 'application/atom+xml',
      },
    ]);
  });

  it('lists every feed of a site that has several, with their titles', () => {
    const feeds = discoverFeeds(
      page('Ranchero-Software__RSParser__coco.html'),
      'https://www.theatlantic.com/',
    );
    expect(feeds.map(({ url, title }) => [url, title])).toEqual([
      ['https://www.theatlantic.com/feed/all/', 'The Atlantic'],
      ['https://www.theatlantic.com/feed/best-of/', 'Best of The Atlantic'],
    ]);
  });

  it('reads attributes in any order and quoting, honours <base>, and ignores the body', () => {
    const html = `<!doctype html><html><head><base href="https://cdn.example/site/">
      <LINK HREF=feed.xml TYPE="application/rss+xml" REL="alternate home" title='Posts &amp; notes'>
      <link rel="alternate" type="text/html" href="/fr/">
      <link rel="stylesheet" type="application/rss+xml" href="/not-a-feed">
      <link rel="alternate" type="application/feed+json" href="https://example.org/feed.json">
      </head><body><link rel="alternate" type="application/atom+xml" href="/late.atom"></body>`;
    expect(discoverFeeds(html, 'https://example.org/')).toEqual([
      {
        url: 'https://cdn.example/site/feed.xml',
        title: 'Posts & notes',
        type: 'application/rss+xml',
      },
      { url: 'https://example.org/feed.json', title: undefined, type: 'application/feed+json' },
    ]);
  });

  it('takes a generic XML or JSON type only where the link names a feed', () => {
    const html = `<head>
      <link rel="alternate" type="text/xml" href="/sitemap.xml">
      <link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">
      <link rel="alternate" type="text/xml" title="RSS" href="/index.rdf">
      <link rel="alternate" type="application/xml" href="/atom.xml">
      </head>`;
    expect(discoverFeeds(html, 'https://example.org/').map((feed) => feed.url)).toEqual([
      'https://example.org/index.rdf',
      'https://example.org/atom.xml',
    ]);
  });

  it('leaves out a WordPress site’s comment feed when it has a posts feed', () => {
    const html = `<head>
      <link rel="alternate" type="application/rss+xml" title="Harbour &raquo; Feed" href="https://h.example/feed/" />
      <link rel="alternate" type="application/rss+xml" title="Harbour &raquo; Comments Feed" href="https://h.example/comments/feed/" />
      </head>`;
    expect(postsFeeds(discoverFeeds(html, 'https://h.example/')).map((feed) => feed.title)).toEqual(
      ['Harbour » Feed'],
    );
  });

  it("leaves out a home page's own comment feed, titled in the site's language, and WordPress's plain ones", () => {
    // As WordPress writes them in Finnish, Ukrainian, Turkish and Czech: the site's comments,
    // and the front page's own (a page set as the home page), beside the posts feed.
    const sites: [string, string][] = [
      [
        'https://rekrytointi.example/',
        `<link rel="alternate" type="application/rss+xml" title="Rekrytointi &raquo; syöte" href="https://rekrytointi.example/feed/" />
        <link rel="alternate" type="application/rss+xml" title="Rekrytointi &raquo; kommenttien syöte" href="https://rekrytointi.example/comments/feed/" />
        <link rel="alternate" type="application/rss+xml" title="Rekrytointi &raquo; Kotisivu kommenttien syöte" href="https://rekrytointi.example/kotisivu/feed/" />`,
      ],
      [
        'https://korupciya.example/',
        `<link rel="alternate" type="application/rss+xml" title="Корупція Інфо &raquo; стрічка" href="https://korupciya.example/feed/" />
        <link rel="alternate" type="application/rss+xml" title="Корупція Інфо &raquo; korupciya Канал коментарів" href="https://korupciya.example/korupciya/feed/" />`,
      ],
      [
        'http://www.donanim.example/',
        `<link rel="alternate" type="application/rss+xml" title="Donanim Arşivi &raquo; beslemesi" href="http://www.donanim.example/feed/" />
        <link rel="alternate" type="application/rss+xml" title="Donanim Arşivi &raquo;  yorum beslemesi" href="http://www.donanim.example/anasayfa/feed/" />`,
      ],
      [
        'http://www.skutec.example/',
        `<link rel="alternate" type="application/rss+xml" title="Liga &raquo; RSS zdroj" href="http://www.skutec.example/?feed=rss2" />
        <link rel="alternate" type="application/rss+xml" title="Liga &raquo; RSS" href="http://www.skutec.example/?feed=comments-rss2" />
        <link rel="alternate" type="application/rss+xml" title="Liga &raquo; Úvod" href="http://www.skutec.example/?feed=rss2&amp;page_id=2" />`,
      ],
    ];
    expect(
      sites.map(([url, head]) =>
        postsFeeds(discoverFeeds(`<head>${head}</head>`, url)).map((feed) => feed.url),
      ),
    ).toEqual([
      ['https://rekrytointi.example/feed/'],
      ['https://korupciya.example/feed/'],
      ['http://www.donanim.example/feed/'],
      ['http://www.skutec.example/?feed=rss2'],
    ]);
  });

  it('reads no link in a comment or a script, nor in the body links it searches', () => {
    const html = `<head>
      <!-- <link rel="alternate" type="application/rss+xml" href="/old-theme.rss"> -->
      <!--[if IE]><link rel="alternate" type="application/rss+xml" href="/ie.rss"><![endif]-->
      <script>document.write('<link rel="alternate" type="application/rss+xml" href="/written.rss">');</script>
      <link rel="alternate" type="application/atom+xml" href="/posts.atom">
      </head>`;
    expect(discoverFeeds(html, 'https://example.org/').map((feed) => feed.url)).toEqual([
      'https://example.org/posts.atom',
    ]);
    const body = `<body><!-- <a href="/old/feed">RSS</a> --><a href="/rss.xml">RSS</a></body>`;
    expect(linkedFeeds(body, 'https://example.org/').map((feed) => feed.url)).toEqual([
      'https://example.org/rss.xml',
    ]);
  });

  it('takes rel="feed" with a feed type, or without one at a feed’s path or title; not an HTML page', () => {
    const html = `<head>
      <link rel="feed" type="application/atom+xml" href="/notes.atom">
      <link rel="alternate feed" href="/feed/" title="Posts">
      <link rel="feed" href="/rss" title="Everything">
      <link rel="feed" href="/stream" title="RSS of the stream">
      <link rel="feed" type="text/html" href="/h-feed" title="Posts">
      <link rel="feed" href="/notes" title="Notes">
      </head>`;
    expect(discoverFeeds(html, 'https://example.org/').map((feed) => feed.url)).toEqual([
      'https://example.org/notes.atom',
      'https://example.org/feed/',
      'https://example.org/rss',
      'https://example.org/stream',
    ]);
  });

  it('finds nothing on a page that names no feed, and refuses javascript: links', () => {
    const html =
      '<head><link rel="alternate" type="application/rss+xml" href="javascript:alert(1)"></head>';
    expect(discoverFeeds(html, 'https://example.org/')).toEqual([]);
  });
});

describe('real pages', () => {
  it('a WordPress post page: its posts feed, not its comment feeds', () => {
    expect(
      feedsOf(
        'autodiscovery-multi-wordpress__8none1__old_whizzy_dot_org__double-helping-of-pi-hole-index.html',
        'https://whizzy.org/2021/01/02/double-helping-of-pi-hole/',
      ),
    ).toEqual(['https://whizzy.org/feed/']);
  });

  it('a Blogger post page: its posts feed once (Atom, named before the same in RSS)', () => {
    expect(
      feedsOf(
        'autodiscovery-multi-blogger__I014__jorgeelconstructor.blogspot.com__bienvendos.html',
        'https://jorgeelconstructor.blogspot.com/2010/07/bienvendos.html',
      ),
    ).toEqual(['https://jorgeelconstructor.blogspot.com/feeds/posts/default']);
  });

  it('Slashdot and nixos.org: the feed link in the body, where the head names none', () => {
    expect(
      feedsOf(
        'autodiscovery-body-link-rss__spacecowboy__Feeder__slashdot.html',
        'https://slashdot.org/',
      ),
    ).toEqual(['http://rss.slashdot.org/Slashdot/slashdotMain']);
    expect(
      feedsOf(
        'autodiscovery-body-link-relative__spacecowboy__Feeder__nixos.html',
        'https://nixos.org/',
      ),
    ).toEqual(['https://nixos.org/news-rss.xml']);
  });

  it('a Hugo site that writes application/rss and application/atom: all three feeds', () => {
    expect(
      feedsOf(
        'autodiscovery-types-without-xml__spacecowboy__Feeder__cowboyprogrammer.html',
        'https://cowboyprogrammer.org/',
      ),
    ).toEqual([
      'https://cowboyprogrammer.org/index.xml',
      'https://cowboyprogrammer.org/feed.json',
      'https://cowboyprogrammer.org/atom.xml',
    ]);
  });

  it('a Japanese WordPress post: its posts feed, not the comment feeds titled in Japanese', () => {
    expect(
      feedsOf(
        'autodiscovery-wordpress-japanese-comments__330k__blog-330k-biz__post.html',
        'https://330k.biz/2018/02/24/post/',
      ),
    ).toEqual(['https://330k.biz/feed/']);
  });

  it('a site with one feed in RSS and JSON Feed, and a page with no feed at all', () => {
    expect(
      feedsOf(
        'autodiscovery-rss-and-json__Ranchero-Software__NetNewsWire__inessential.html',
        'https://inessential.com/',
      ),
    ).toEqual(['https://inessential.com/xml/rss.xml']);
    expect(
      feedsOf(
        'autodiscovery-negative-hreflang__Ranchero-Software__NetNewsWire__apple.html',
        'https://www.apple.com/',
      ),
    ).toEqual([]);
  });
});

describe('the same feed named twice, and sites that name none', () => {
  it('NPR: two feeds, each in RSS and JSON Feed under one title, offered once each', () => {
    expect(
      feedsOf(
        'autodiscovery-rss-and-json-same-titles__postlight__parser__www.npr.org.html',
        'https://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty',
      ),
    ).toEqual(['https://feeds.npr.org/1070/rss.xml', 'https://feeds.npr.org/103943429/rss.xml']);
  });

  it('"/feed" and "/feed/" are one feed, as "Posts (RSS 2.0)" and "Posts (Atom)"; one title on two sites is two', () => {
    const html = `<head>
      <link rel="alternate" type="application/rss+xml" title="Folha" href="https://folha.example/feed">
      <link rel="alternate" type="application/rss+xml" title="Folha" href="https://folha.example/feed/">
      <link rel="alternate" type="application/rss+xml" title="News" href="https://a.example/news.xml">
      <link rel="alternate" type="application/rss+xml" title="News" href="https://b.example/news.xml">
      <link rel="alternate" type="application/rss+xml" title="Posts (RSS 2.0)" href="https://folha.example/posts.rss">
      <link rel="alternate" type="application/atom+xml" title="Posts (Atom)" href="https://folha.example/posts.atom">
      </head>`;
    expect(postsFeeds(discoverFeeds(html, 'https://folha.example/')).map(({ url }) => url)).toEqual(
      [
        'https://folha.example/feed',
        'https://a.example/news.xml',
        'https://b.example/news.xml',
        'https://folha.example/posts.rss',
      ],
    );
  });

  it('a post page naming only its own comment feed names no posts feed', () => {
    expect(
      feedsOf(
        'autodiscovery-comments-only-wordpress__postlight__parser__www.dmagazine.com.html',
        'https://www.dmagazine.com/frontburner/2016/12/nfl-concussion-settlement-payments-can-begin/',
      ),
    ).toEqual([]);
  });

  it('where Medium, YouTube, GitHub and Reddit keep the feeds their pages do not name', () => {
    const medium = decodeText(
      fixtureBytes('html', 'autodiscovery-none-medium__mozilla__readability__medium-1.html'),
    );
    const story = 'https://medium.com/@pippinlee/the-open-journalism-project-fb39f4f701bb';
    expect(discoverFeeds(medium, story)).toEqual([]);
    expect(siteFeedAddresses(medium, story)).toEqual(['https://medium.com/feed/@pippinlee']);
    expect(siteFeedAddresses('', 'https://medium.com/backchannel/how-it-works-1a2b')).toEqual([
      'https://medium.com/feed/backchannel',
    ]);
    expect(
      siteFeedAddresses(
        '<meta itemprop="channelId" content="UCWnPjmqvljcafA0z2U1fwKQ">',
        'https://www.youtube.com/watch?v=srtMWzyqdp8',
      ),
    ).toEqual(['https://www.youtube.com/feeds/videos.xml?channel_id=UCWnPjmqvljcafA0z2U1fwKQ']);
    expect(siteFeedAddresses('', 'https://github.com/feed-rs/feed-rs/issues')).toEqual([
      'https://github.com/feed-rs/feed-rs/releases.atom',
      'https://github.com/feed-rs/feed-rs/commits.atom',
    ]);
    expect(siteFeedAddresses('', 'https://old.reddit.com/r/rss/comments/abc/')).toEqual([
      'https://www.reddit.com/r/rss/.rss',
    ]);
    expect(siteFeedAddresses('<p>Hi</p>', 'https://harbour.example/post')).toEqual([]);
  });
});

describe('a page that names no feed in its head', () => {
  it('offers the feeds its text links to on its own site, by their link text, each once', () => {
    const html = `<html><head><title>Harbour</title></head><body>
      <a href="/about/">About</a>
      <a href="/feed.xml"><img src="/rss.svg" alt=""> RSS</a>
      <a href="https://feeds.harbour.example/atom">Atom feed</a>
      <a href="https://feeds.feedburner.com/harbour">FeedBurner</a>
      <a href="/?feed=rss2">Entries (old style)</a>
      <a href="/comments/feed/">Comments RSS</a>
      <a href="https://friend.example/feed/">A friend's blog</a>
      <a href="/feed.xml">RSS again</a>
      </body></html>`;
    expect(
      linkedFeeds(html, 'https://www.harbour.example/').map(({ url, title }) => [url, title]),
    ).toEqual([
      // "Atom feed" is the same feed as "RSS", in another format.
      ['https://www.harbour.example/feed.xml', 'RSS'],
      ['https://feeds.feedburner.com/harbour', 'FeedBurner'],
      ['https://www.harbour.example/?feed=rss2', 'Entries (old style)'],
    ]);
  });

  it('finds nothing where the text links to no feed', () => {
    expect(
      linkedFeeds(
        decodeText(
          fixtureBytes(
            'html',
            'autodiscovery-negative-hreflang__Ranchero-Software__NetNewsWire__apple.html',
          ),
        ),
        'https://www.apple.com/',
      ),
    ).toEqual([]);
  });

  it('lists the usual feed addresses: a section’s first, then the root’s; for a post, the root’s first', () => {
    expect(usualFeedAddresses('https://harbour.example/')).toEqual([
      'https://harbour.example/feed',
      'https://harbour.example/rss.xml',
      'https://harbour.example/feed.xml',
      'https://harbour.example/atom.xml',
      'https://harbour.example/index.xml',
      'https://harbour.example/rss',
      'https://harbour.example/feed.json',
    ]);
    const blog = usualFeedAddresses('https://harbour.example/blog/?page=2');
    expect(blog).toHaveLength(14);
    expect(blog.slice(0, 2)).toEqual([
      'https://harbour.example/blog/feed',
      'https://harbour.example/blog/rss.xml',
    ]);
    expect(blog[7]).toBe('https://harbour.example/feed');
    // Never a post's own folder: WordPress answers /post/feed with the post's comments.
    const post = usualFeedAddresses('https://harbour.example/2019/04/ferry-returns/');
    expect(post).toHaveLength(14);
    expect(post[0]).toBe('https://harbour.example/feed');
    expect(post[7]).toBe('https://harbour.example/2019/feed');
    expect(post.some((url) => url.includes('ferry-returns'))).toBe(false);
  });
});

describe('news and blog pages as they are saved', () => {
  it('a page that begins with a script before its doctype is a page, and names its feed (Makronom)', () => {
    const name =
      'autodiscovery-script-before-doctype__adbar__trafilatura__makronom.de-Ressourcenschutzgesetz.html';
    expect(detectFormat(page(name))).toBe('html');
    expect(
      feedsOf(name, 'https://makronom.de/warum-es-ein-ressourcenschutzgesetz-braucht-45273'),
    ).toEqual(['https://makronom.de/feed']);
  });

  it('a page that begins with a PHP warning is a page', () => {
    expect(
      detectFormat(
        '<br />\n<b>Warning</b>: Undefined index in x.php<br />\n<!DOCTYPE html><html><head>',
      ),
    ).toBe('html');
    expect(detectFormat('<opml version="2.0"><head/><body/></opml>')).toBe('unknown');
  });

  it("a post's own feeds in its folder are its comments, in any form (Pew's JSON Representation)", () => {
    expect(
      feedsOf(
        'autodiscovery-post-json-representation__codelucas__newspaper__pewresearch.org1.html',
        'http://www.pewresearch.org/fact-tank/2014/11/20/those-from-mexico-will-benefit-most-from-obamas-executive-action/',
      ),
    ).toEqual(['http://www.pewresearch.org/feed/', 'http://www.pewresearch.org/fact-tank/feed/']);
    // A section's page keeps its own feed.
    const category = `<head><link rel="alternate" type="application/rss+xml" title="Harbour » Tech"
      href="https://harbour.example/category/tech/feed/"></head>`;
    expect(
      postsFeeds(
        discoverFeeds(category, 'https://harbour.example/category/tech/'),
        'https://harbour.example/category/tech/',
      ).map((feed) => feed.url),
    ).toEqual(['https://harbour.example/category/tech/feed/']);
  });

  it("links in the text resolve against the page's <base href> (TYPO3, ahlen.de)", () => {
    const name =
      'autodiscovery-body-link-base-href__adbar__trafilatura__ahlen.de.reparaturcafe.html';
    expect(
      linkedFeeds(
        page(name),
        'https://www.ahlen.de/start/aktuelles/aktuelle/information/nachricht/aus-ahlen/reparaturcafe-am-31-januar/',
      ).map((feed) => feed.url),
    ).toEqual(['https://www.ahlen.de/start/aktuelles/rss/']);
  });

  it("a WordPress post at the site's root is not a section: its own folder is never guessed", () => {
    const guesses = usualFeedAddresses(
      'https://www.timesofisrael.com/state-of-washington-swears-in-first-jewish-justice/',
    );
    expect(guesses[0]).toBe('https://www.timesofisrael.com/feed');
    expect(guesses.filter((address) => address.includes('state-of-washington'))).toEqual([]);
    expect(usualFeedAddresses('https://harbour.example/world-news/')[0]).toBe(
      'https://harbour.example/world-news/feed',
    );
  });

  it('names a feed by its title and path, not by its host, and never WordPress’s REST API', () => {
    const html = `<head>
      <link rel="alternate" type="application/json" title="JSON" href="https://heartlandnewsfeed.com/wp-json/wp/v2/posts/1755774">
      <link rel="alternate" type="application/json" href="https://anatomy.example/data/post.json">
      <link rel="alternate" type="application/rss+xml" title="Site" href="http://fox.example/feed">
      <link rel="alternate" type="application/rss+xml" title="Site" href="https://fox.example/feed">
    </head>`;
    expect(discoverFeeds(html, 'https://fox.example/').map((feed) => feed.url)).toEqual([
      'http://fox.example/feed',
    ]);
  });
});

describe('one feed named in several formats', () => {
  const offered = (...titles: string[]) =>
    postsFeeds(
      titles.map((title, index) => ({
        url: `https://site.example/feed-${index}`,
        title,
        type: 'application/rss+xml',
      })),
    ).map((feed) => feed.title);

  it('is one feed wherever the title names its format', () => {
    expect(offered('Seite als Atom-Feed', 'Seite als RSS-Feed')).toEqual(['Seite als Atom-Feed']);
    expect(offered('RSS (2.0) Feed', 'RSS (0.91) Feed', 'Atom (1.0) Feed')).toEqual([
      'RSS (2.0) Feed',
    ]);
    expect(offered('DATEV magazin » Feed', 'DATEV magazin » JSON Feed')).toEqual([
      'DATEV magazin » Feed',
    ]);
  });

  it('keeps feeds whose titles differ by more than a format', () => {
    expect(offered('Channel 4 News', 'Channel 5 News', 'Channel 4 Sport')).toHaveLength(3);
  });
});

describe('pages of the sites the sweeps met', () => {
  it('WordPress\'s one feed in three formats, named "RSS 2.0", "RSS .92" and "Atom 0.3", is one', () => {
    expect(
      feedsOf(
        'autodiscovery-wordpress-rss092-atom03__adbar__htmldate__blogoff.de.i-htm.html',
        'https://blogoff.de/2015/11/12/i-htm/',
      ),
    ).toEqual(['https://blogoff.de/feed/']);
  });

  it('"RSS2.0" and "RSS1.0" name one feed (goo blog)', () => {
    expect(
      feedsOf(
        'autodiscovery-rss2-rss1-titles__adbar__htmldate__1651753632.html',
        'https://blog.goo.ne.jp/jgccg115/e/5d8c31a659b95cc18a43ad75d152e80f',
      ),
    ).toEqual(['https://blog.goo.ne.jp/jgccg115/rss2.xml']);
  });

  it("a post at a number names the site's feed beside its categories': the site's is meant, never the post's own", () => {
    const url = 'https://achtundvierzig.hypotheses.org/822';
    const named = postsFeeds(
      discoverFeeds(
        page(
          'autodiscovery-numeric-post-category-feeds__adbar__htmldate__achtundvierzig.hypotheses.org.822.html',
        ),
        url,
      ),
      url,
    );
    expect(named.map((feed) => feed.url)).not.toContain(
      'https://achtundvierzig.hypotheses.org/822/feed/rdf',
    );
    expect(named.map((feed) => feed.url)).not.toContain(
      'https://achtundvierzig.hypotheses.org/feed/rdf',
    );
    expect(meantFeeds(named, url).map((feed) => feed.url)).toEqual([
      'https://achtundvierzig.hypotheses.org/feed',
    ]);
    // On a category's own page, its feed is offered too.
    expect(meantFeeds(named, 'https://achtundvierzig.hypotheses.org/category/tagung/').length).toBe(
      named.length,
    );
  });

  it('two feeds whose names would read alike are told apart by their addresses (ZDNet.de)', () => {
    const url = 'https://www.zdnet.de/88298335/facebook-wehrt-sich-gegen-maas-gesetz/';
    const linked = linkedFeeds(
      page('autodiscovery-body-links-same-label__adbar__htmldate__zdnet.de.facebook.html'),
      url,
    );
    const titles = choiceTitles(linked);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.join(' ')).toContain('downloads.zdnet.de');
  });

  it("a show's page: the show's feed and the station's, not the show's tags' (WNYC)", () => {
    const url = 'http://www.wnyc.org/shows/heresthething/2013/may/27/';
    const named = postsFeeds(
      discoverFeeds(
        page('autodiscovery-show-tag-and-station-feeds__goose3__goose3__test_tags_wnyc.html'),
        url,
      ),
      url,
    );
    expect(named.some((feed) => feed.url.includes('/feeds/tags/'))).toBe(true);
    expect(meantFeeds(named, url).map((feed) => feed.url)).toEqual([
      'http://www.wnyc.org/feeds/shows/heresthething',
      'http://www.wnyc.org/feeds/all/',
    ]);
  });

  it("a WordPress plugin's feed is not the site's: its posts feed alone is read", () => {
    const url =
      'http://jeongdongtheater.com/blog/2018/10/12/palace-tale-jang-noksu-reviews-klook-visitors/';
    const named = postsFeeds(
      discoverFeeds(
        page(
          'autodiscovery-wordpress-plugin-feed-first__scrapinghub__article-extraction-benchmark__jeongdongtheater.html',
        ),
        url,
      ),
      url,
    );
    expect(meantFeeds(named, url).map((feed) => feed.url)).toEqual([
      'http://jeongdongtheater.com/feed/',
    ]);
  });

  it('one feed linked twice, written two ways, is offered once (the Jerusalem Post, Time)', () => {
    const url =
      'https://www.jpost.com/Breaking-News/Son-of-former-German-president-stabbed-to-death-in-Berlin-608399';
    expect(
      linkedFeeds(
        page(
          'autodiscovery-body-links-same-feed-twice__scrapinghub__article-extraction-benchmark__jpost.html',
        ),
        url,
      ).map((feed) => feed.url),
    ).toEqual(['https://www.jpost.com/rss']);
    const time = `<p><a title="RSS" href="http://www.time.com/time/rss">RSS</a> <a href="http://www.time.com/time/rss#rssfeeds">Get feeds</a></p>`;
    expect(linkedFeeds(time, 'http://www.time.com/time/nation/article/0,8599,1.html')).toHaveLength(
      1,
    );
  });

  it("a Bluesky post's page leads to its writer's feed", () => {
    const url = 'https://bsky.app/profile/stephenking.bsky.social/post/3mddvy5bv6k27';
    const html = page('autodiscovery-bluesky-post__microlinkhq__metascraper__post.html');
    expect(discoverFeeds(html, url)).toEqual([]);
    expect(siteFeedAddresses(html, url)).toEqual([
      'https://bsky.app/profile/stephenking.bsky.social/rss',
    ]);
  });

  it("an author's feed, the only one a page links to, is a part of the site (Page Six)", () => {
    const url =
      'https://pagesix.com/2016/12/19/sofia-vergara-and-nick-loebs-embryo-drama-taking-a-detour/';
    const [author] = linkedFeeds(
      page('autodiscovery-body-author-feed__postlight__parser__pagesix.com.html'),
      url,
    );
    expect(author?.url).toBe('https://pagesix.com/author/oliver-coleman/feed/');
    expect(isNarrowFeed(author?.url ?? '')).toBe(true);
    expect(isNarrowFeed('https://pagesix.com/feed/')).toBe(false);
  });
});

describe('more real pages', () => {
  /** What a reader is offered from a saved page: each feed's address and title. */
  const offered = (name: string, url: string) =>
    postsFeeds(discoverFeeds(page(name), url), url).map(({ url: address, title }) => [
      address,
      title,
    ]);

  it("a news site's post: the site's feed and ten section feeds on its FeedBurner host (Inquisitr)", () => {
    const feeds = offered(
      'autodiscovery-section-feeds-and-twitter__postlight__parser__www.inquisitr.com.html',
      'http://www.inquisitr.com/3790467/donald-trump-intelligence-briefings-security-president-elect-smart-mike-pence/',
    );
    // Its head also names "Twitter", http://twitter.com/theinquisitr, as RSS: a profile page.
    expect(feeds).toEqual([
      ['http://www.inquisitr.com/feed/', 'The Inquisitr News » Feed'],
      ['http://feeds.inquisitr.com/google/yDYq', 'Full RSS Feed'],
      ['http://feeds.inquisitr.com/TheInquisitrTechnology', 'Tech RSS Feed'],
      ['http://feeds.inquisitr.com/TheInquisitrGaming', 'Gaming RSS Feed'],
      ['http://feeds.inquisitr.com/TheInquisitrNews', 'News RSS Feed'],
      ['http://feeds.inquisitr.com/TheInquisitrSport', 'Sports RSS Feed'],
      ['http://feeds.inquisitr.com/TheInquisitrEntertainment', 'Entertainment RSS Feed'],
      ['http://feeds.inquisitr.com/TheInquisitrFunnyStrange', 'Funny & Strange RSS Feed'],
      ['http://feeds.inquisitr.com/TheInquisitrWorld', 'World RSS Feed'],
      ['http://feeds.inquisitr.com/TheInquisitrHealth', 'Health Feed'],
      ['http://feeds.inquisitr.com/TheInquisitrLifestyle', 'Lifestyle Feed'],
    ]);
  });

  it('a magazine naming feeds of its own and of two sister sites (Spektrum.de)', () => {
    expect(
      offered(
        'autodiscovery-feeds-on-three-hosts__postlight__parser__www.spektrum.de.html',
        'https://www.spektrum.de/news/genetik-das-geheimnis-der-parasitischen-rafflesien/2039026',
      ),
    ).toEqual([
      [
        'https://www.spektrum.de/alias/rss/sciviews-videos-aus-der-wissenschaft/1481729',
        'SciViews - Videos aus der Wissenschaft',
      ],
      [
        'https://www.spektrum.de/alias/rss/spektrum-de-meistgelesene-artikel/1224665',
        'Spektrum.de - Meistgelesene Artikel',
      ],
      ['https://www.spektrum.de/alias/rss/spektrum-de-rss-feed/996406', 'Spektrum.de RSS-Feed'],
      [
        'http://www.gehirn-und-geist.de/alias/rss/gehirn-und-geist-rss-feed/982626',
        'Gehirn und Geist RSS-Feed',
      ],
      [
        'https://www.spektrum.de/alias/rss/spektrum-der-wissenschaft-rss-feed/982623',
        'Spektrum der Wissenschaft RSS-Feed',
      ],
      [
        'http://www.sterne-und-weltraum.de/alias/rss/sterne-und-weltraum-rss-feed/865248',
        'Sterne und Weltraum RSS-Feed',
      ],
    ]);
  });

  it("a Nuxt blog post: four Atom feeds at root-relative addresses (GitLab's blog)", () => {
    expect(
      offered(
        'autodiscovery-relative-atom-four__mozilla__readability__gitlab-blog.html',
        'https://about.gitlab.com/blog/2024/06/25/3-surprising-findings-from-our-2024-global-devsecops-survey/',
      ),
    ).toEqual([
      ['https://about.gitlab.com/atom.xml', 'Blog'],
      ['https://about.gitlab.com/all-releases.xml', 'All Releases'],
      ['https://about.gitlab.com/security-releases.xml', 'Security Releases'],
      ['https://about.gitlab.com/releases.xml', 'Major Releases'],
    ]);
  });

  it('one feed named twice under two titles, href first, is offered once (ebb.org)', () => {
    // The page address is assumed: the saved page names none.
    expect(
      offered(
        'autodiscovery-same-feed-two-titles__mozilla__readability__ebb-org.html',
        'http://ebb.org/bkuhn/blog/2019/09/15/on-recent-controversial-events.html',
      ),
    ).toEqual([
      ['http://ebb.org/bkuhn/rss.xml', 'Whole Website RSS for Bradley M. Kuhn'],
      ['http://ebb.org/bkuhn/blog/rss.xml', 'Blog RSS for Bradley M. Kuhn'],
    ]);
  });

  it('WordPress and a plugin name the posts feed twice, the second late in the head (LeanData)', () => {
    expect(
      offered(
        'autodiscovery-same-feed-late-in-head__microlinkhq__metascraper__lean-data.html',
        'http://www.leandatainc.com/account-based-sales-marketing/the-winds-of-change',
      ),
    ).toEqual([['http://www.leandatainc.com/feed', 'LeanData » Feed']]);
  });

  it('a protocol-relative href takes the page’s scheme (Engadget)', () => {
    expect(
      offered(
        'autodiscovery-protocol-relative__mozilla__readability__engadget.html',
        'https://www.engadget.com/2017/11/03/xbox-one-x-review/',
      ),
    ).toEqual([['https://www.engadget.com/rss.xml', 'Engadget']]);
  });

  it('RSS and a JSON Feed typed application/json on a feeds host: one feed (Medical News Today)', () => {
    expect(
      offered(
        'autodiscovery-json-feed-as-application-json__mozilla__readability__medicalnewstoday.html',
        'https://www.medicalnewstoday.com/articles/318674.php',
      ),
    ).toEqual([
      [
        'https://rss.medicalnewstoday.com/featurednews.xml',
        'Medical News Today - Health News Headlines RSS Feed',
      ],
    ]);
  });

  it('type before rel, &amp; in titles; the RDF copy "for older RSS readers" is the same news (heise)', () => {
    expect(
      offered(
        'autodiscovery-atom-and-rdf-type-first__mozilla__readability__heise.html',
        'http://www.heise.de/mac-and-i/meldung/1Password-fuer-Mac-generiert-Einmal-Passwoerter-2596987.html',
      ),
    ).toEqual([['http://www.heise.de/mac-and-i/news-atom.xml', 'Aktuelle News von Mac & i']]);
  });

  it('WordPress titled "RSS 2.0" and "Atom", a post comment feed titled in Portuguese (Torcedores)', () => {
    expect(
      offered(
        'autodiscovery-wordpress-portuguese-comments__microlinkhq__metascraper__torcedores.html',
        'https://www.torcedores.com/noticias/2019/06/modelo-diz-motivo-para-continuar-conversa-neymar',
      ),
    ).toEqual([['https://www.torcedores.com/feed', 'RSS 2.0']]);
  });
});

describe('feeds named in unusual ways', () => {
  const loosely = (name: string, url: string) =>
    linkedFeeds(page(name), url, true).map((feed) => feed.url);

  it('a link whose words say RSS, to an address with a feed’s word anywhere in it, is a guess to try', () => {
    expect(
      loosely(
        'autodiscovery-body-link-syndication__mozilla__readability__royal-road.html',
        'https://www.royalroad.com/fiction/63759/super-supportive/chapter/1449598/one-hundred-two-what-kind-of-wordchain',
      ),
    ).toContain('https://www.royalroad.com/fiction/syndication/63759');
    expect(
      loosely(
        'autodiscovery-body-link-rss-php__adbar__trafilatura__iwr.de.IWRpressedienst.Nordex.html',
        'https://www.iwrpressedienst.de/energie-themen/pm-7663-iwes-und-nordex-group-intensivieren-zusammenarbeit-bei-netzintegration-von-windenergieanlagen',
      ),
    ).toContain('https://www.iwrpressedienst.de/pm/rss.php?firma=Nordex+SE');
    const html = `<body>
      <a href="/rss-feed.xml" title="Flux RSS"><i class="icon"></i></a>
      <a href="/rss2.php">RSS-Feed</a>
      <a href="/naujienos/nuomones?rss">Rss</a>
      <a href="/services/rss/index.html">RSS</a>
      <a href="/rss/ar"></a>
      <a href="/syndication-policy">Terms</a>
      <a href="https://elsewhere.example/rss">RSS</a>
      </body>`;
    const url = 'https://news.example/story';
    expect(linkedFeeds(html, url, true).map((feed) => feed.url)).toEqual([
      'https://news.example/rss-feed.xml',
      'https://news.example/rss2.php',
      'https://news.example/naujienos/nuomones?rss',
    ]);
    // They are not offered as feeds: only tried.
    expect(linkedFeeds(html, url)).toEqual([]);
  });

  it('an RDF licence is no feed (gnu.org)', () => {
    expect(
      discoverFeeds(
        page('autodiscovery-licence-rdf__adbar__htmldate__gnu.org.gpl.html'),
        'https://www.gnu.org/licenses/gpl-3.0.html',
      ),
    ).toEqual([]);
    const rdf = (title: string, href: string) =>
      discoverFeeds(
        `<link rel="alternate" type="application/rdf+xml" title="${title}" href="${href}">`,
        'https://a.example/',
      ).map((feed) => feed.url);
    expect(rdf('FOAF', '/foaf.rdf')).toEqual([]);
    expect(rdf('RDF', '/index~rdf.xml')).toEqual(['https://a.example/index~rdf.xml']);
  });

  it('an untyped link, or one typed as any file, that names a feed by its words (automobilwoche.de, ultimasnoticias.com.ve)', () => {
    expect(
      discoverFeeds(
        page(
          'autodiscovery-untyped-alternate__adbar__trafilatura__automobilwoche.de-VW-Betriebsversammlung.html',
        ),
        'https://www.automobilwoche.de/article/20211103/AGENTURMELDUNGEN/311039909/1276/krach-vor-der-vw-betriebsversammlung-es-knirscht-zwischen-diess-und-aufsichtsraeten',
      ).map(({ url, title }) => [url, title]),
    ).toEqual([
      [
        'https://automobilwoche.de/section/rss_headlines?omniture=0',
        'automobilwoche.de Headlines Feed',
      ],
    ]);
    // As ultimasnoticias.com.ve's WordPress names its feeds; a page in another language is none.
    expect(
      discoverFeeds(
        `<link rel="alternate" type="application/octet-stream" title="Últimas Noticias &raquo; Feed" href="https://ultimasnoticias.com.ve/feed/">
        <link rel="alternate" hreflang="es" title="Noticias RSS" href="https://ultimasnoticias.com.ve/es/rss-guia/">`,
        'https://ultimasnoticias.com.ve/noticias/mundo/ucrania/',
      ).map((feed) => feed.url),
    ).toEqual(['https://ultimasnoticias.com.ve/feed/']);
  });

  it("a contributor's feed is a part of the site (FiveThirtyEight)", () => {
    const [feed] = discoverFeeds(
      page(
        'autodiscovery-contributor-feed__adbar__trafilatura__fivethirtyeight.com.endorsement.html',
      ),
      'https://fivethirtyeight.com/features/the-2020-endorsement-race-is-getting-interesting/',
    );
    expect(feed?.url).toBe('https://fivethirtyeight.com/contributors/perry-bacon-jr/feed/');
    expect(isNarrowFeed(feed?.url ?? '')).toBe(true);
  });

  it('two untitled feeds at one address told apart by its query are offered by it (Euronews)', () => {
    // As Euronews's pages name a programme's feed and a section's.
    const feeds = discoverFeeds(
      `<link rel="alternate" type="application/rss+xml" href="https://de.euronews.com/rss?level=program&amp;name=welt"/>
      <link rel="alternate" type="application/rss+xml" href="https://de.euronews.com/rss?level=vertical&amp;name=news"/>`,
      'https://de.euronews.com/2026/01/06/russland-china',
    );
    expect(choiceTitles(feeds)).toEqual([
      'RSS feed · rss · de.euronews.com/rss?level=program&name=welt',
      'RSS feed · rss · de.euronews.com/rss?level=vertical&name=news',
    ]);
  });
});
