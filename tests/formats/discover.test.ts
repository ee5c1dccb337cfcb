// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  discoverFeeds,
  linkedFeeds,
  postsFeeds,
  usualFeedAddresses,
} from '../../src/features/feed/api/formats/discover';
import { decodeText } from '../../src/lib/decode-text';
import { fixtureBytes } from '../helpers/fixtures';

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

  it('finds nothing on a page that names no feed, and refuses javascript: links', () => {
    const html =
      '<head><link rel="alternate" type="application/rss+xml" href="javascript:alert(1)"></head>';
    expect(discoverFeeds(html, 'https://example.org/')).toEqual([]);
  });
});

describe('real pages', () => {
  const feedsOf = (name: string, url: string) =>
    postsFeeds(discoverFeeds(decodeText(fixtureBytes('html', name)), url)).map((feed) => feed.url);

  it('a WordPress post page: its posts feed, not its comment feeds', () => {
    expect(
      feedsOf(
        'autodiscovery-multi-wordpress__8none1__old_whizzy_dot_org__double-helping-of-pi-hole-index.html',
        'https://whizzy.org/2021/01/02/double-helping-of-pi-hole/',
      ),
    ).toEqual(['https://whizzy.org/feed/']);
  });

  it('a Blogger post page: Atom and RSS of the posts, resolved against the page', () => {
    expect(
      feedsOf(
        'autodiscovery-multi-blogger__I014__jorgeelconstructor.blogspot.com__bienvendos.html',
        'https://jorgeelconstructor.blogspot.com/2010/07/bienvendos.html',
      ),
    ).toEqual([
      'https://jorgeelconstructor.blogspot.com/feeds/posts/default',
      'https://jorgeelconstructor.blogspot.com/feeds/posts/default%3Falt=rss',
    ]);
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

  it('a site with RSS and JSON Feed, and a page with no feed at all', () => {
    expect(
      feedsOf(
        'autodiscovery-rss-and-json__Ranchero-Software__NetNewsWire__inessential.html',
        'https://inessential.com/',
      ),
    ).toEqual(['https://inessential.com/xml/rss.xml', 'https://inessential.com/feed.json']);
    expect(
      feedsOf(
        'autodiscovery-negative-hreflang__Ranchero-Software__NetNewsWire__apple.html',
        'https://www.apple.com/',
      ),
    ).toEqual([]);
  });
});

describe('a page that names no feed in its head', () => {
  it('offers the feeds its text links to on its own site, by their link text', () => {
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
      ['https://www.harbour.example/feed.xml', 'RSS'],
      ['https://feeds.harbour.example/atom', 'Atom feed'],
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

  it('lists the usual feed addresses, beside the page first, then at the site’s root', () => {
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
  });
});
