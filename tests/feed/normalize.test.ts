import { describe, expect, it, vi } from 'vitest';
import { parseFeedPage, parseFeedPageInParts } from '../../src/features/feed/api/formats/json-feed';
import { languageTag } from '../../src/features/feed/api/normalize';
import { LoadError } from '../../src/lib/http';
import { nextTask } from '../../src/lib/next-task';
import { fixtureJson, fixtureNames, fixtureText } from '../helpers/fixtures';

const PAGE = 'https://news.example/feed.json';

function parse(json: unknown) {
  return parseFeedPage(json, PAGE);
}

function feed(items: unknown[], extra: Record<string, unknown> = {}) {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Test', items, ...extra };
}

function failure(json: unknown): LoadError {
  try {
    parse(json);
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected the feed to be rejected');
}

describe('parseFeedPage: JSON Feed 1.0 and 1.1', () => {
  it('reads a 1.1 item into the internal article type', () => {
    const page = parse(
      feed([
        {
          id: 'a1',
          url: 'https://news.example/a1',
          title: 'Harbour opens',
          content_html: '<p>Hello</p>',
          summary: 'Short',
          date_published: '2019-06-30T12:00:00Z',
          date_modified: '2019-07-01T08:00:00+02:00',
          authors: [{ name: 'Leo Byrne' }],
          tags: ['North Korea', 'World'],
          image: 'images/a.png',
          language: 'en-GB',
        },
      ]),
    );
    expect(page.feed.title).toBe('Test');
    expect(page.articles).toEqual([
      expect.objectContaining({
        id: 'a1',
        title: 'Harbour opens',
        hasTitle: true,
        summary: 'Short',
        published: '2019-06-30T12:00:00.000Z',
        modified: '2019-07-01T06:00:00.000Z',
        authors: [{ name: 'Leo Byrne', url: undefined, avatar: undefined }],
        tags: ['North Korea', 'World'],
        image: 'https://news.example/images/a.png',
        language: 'en-GB',
      }),
    ]);
  });

  it('turns a 1.0 `author` into `authors`, and prefers `authors` when both exist', () => {
    const page = parse(
      feed([
        { id: '1', content_text: 'x', author: { name: 'Old Style' } },
        { id: '2', content_text: 'x', author: { name: 'Old' }, authors: [{ name: 'New' }] },
      ]),
    );
    expect(page.articles.map((a) => a.authors.map((author) => author.name))).toEqual([
      ['Old Style'],
      ['New'],
    ]);
  });

  it('gives title-less items a display title from their text, cut at a word boundary', () => {
    const long =
      'Walked along the harbour this morning and counted eleven ferries waiting for the fog to lift before the tide';
    const page = parse(
      feed([
        { id: '1', content_text: long },
        { id: '2', title: '', content_html: '<p>Just <b>shipped</b> the new tram map!</p>' },
        { id: '3', summary: 'A summary wins', content_text: 'body' },
      ]),
    );
    const [first, second, third] = page.articles;
    expect(first?.hasTitle).toBe(false);
    expect(first?.title).toBe(
      'Walked along the harbour this morning and counted eleven ferries waiting for the…',
    );
    expect(first?.title.length).toBeLessThanOrEqual(81);
    expect(second?.title).toBe('Just shipped the new tram map!');
    expect(third?.title).toBe('A summary wins');
  });

  it("titles a title-less item by its words, not the addresses its text opens with (Blogger's)", () => {
    const page = parse(
      feed([
        {
          id: '1',
          content_html:
            '<a href="http://picasaweb.google.com/1/Album?feat=directlink">http://picasaweb.google.com/1/Album?feat=directlink</a><br>el submarino s 61',
        },
        { id: '2', content_text: 'https://example.org/only-an-address' },
      ]),
    );
    expect(page.articles.map((article) => article.title)).toEqual([
      'el submarino s 61',
      'https://example.org/only-an-address',
    ]);
  });

  it('a title that only stands in for one ("Untitled", "(No Title)", "VIDEO.") gives way to the text', () => {
    const page = parse(
      feed([
        { id: '1', title: 'Untitled', content_html: '<p>Walked along the harbour at dawn.</p>' },
        { id: '2', title: ' (No Title) ', content_text: 'Tide tables for June are up.' },
        { id: '3', title: 'VIDEO.', summary: 'The new tram crossing the bridge' },
        { id: '4', title: 'Video killed the radio star', content_text: 'A song.' },
        { id: '5', title: 'Photo', content_html: '<img src="https://cdn.example/a.jpg">' },
        {
          id: '6',
          title: 'Photo',
          content_html: '<img src="https://cdn.example/b.jpg" alt="image">',
        },
      ]),
    );
    expect(page.articles.map(({ title, hasTitle }) => ({ title, hasTitle }))).toEqual([
      { title: 'Walked along the harbour at dawn.', hasTitle: false },
      { title: 'Tide tables for June are up.', hasTitle: false },
      { title: 'The new tram crossing the bridge', hasTitle: false },
      { title: 'Video killed the radio star', hasTitle: true },
      // Nothing of its own to be titled by: the placeholder is all there is.
      { title: 'Photo', hasTitle: true },
      { title: 'Photo', hasTitle: true },
    ]);
  });

  it('keeps string ids that are URLs with ? # and /, and turns number ids into strings', () => {
    const page = parse(
      feed([
        { id: 'https://news.example/notes?id=42#note', content_text: 'a' },
        { id: 7, content_text: 'b' },
      ]),
    );
    expect(page.articles.map((a) => a.id)).toEqual(['https://news.example/notes?id=42#note', '7']);
  });

  it('skips and counts items that cannot be read, and shows duplicates once', () => {
    const page = parse(
      feed([null, { title: 'no id' }, { id: '' }, { id: 'ok', content_text: 'x' }, { id: 'ok' }]),
    );
    expect(page.articles.map((a) => a.id)).toEqual(['ok']);
    expect(page.skipped).toBe(3);
  });

  it('recovers unreadable dates as absent instead of refusing the item', () => {
    const page = parse(feed([{ id: '1', content_text: 'x', date_published: 'yesterday-ish' }]));
    expect(page.articles[0]?.published).toBeUndefined();
  });

  it('splits comma-separated tags and decodes entities in titles', () => {
    const page = parse(feed([{ id: '1', title: 'Tom &amp; Jerry &#8211; again', tags: 'a, b,a' }]));
    expect(page.articles[0]?.title).toBe('Tom & Jerry – again');
    expect(page.articles[0]?.tags).toEqual(['a', 'b']);
  });

  it('resolves next_url against the page and refuses one that loops back', () => {
    expect(parse(feed([], { next_url: 'page-2.json' })).nextUrl).toBe(
      'https://news.example/page-2.json',
    );
    expect(parse(feed([], { next_url: PAGE })).nextUrl).toBeUndefined();
  });

  it('drops URLs that are not http(s), such as javascript:', () => {
    const page = parse(
      feed(
        [{ id: '1', content_text: 'x', url: 'javascript:alert(1)', image: 'data:text/html,hi' }],
        {
          home_page_url: 'javascript:alert(1)',
        },
      ),
    );
    expect(page.articles[0]?.url).toBeUndefined();
    expect(page.articles[0]?.image).toBeUndefined();
    expect(page.feed.homePageUrl).toBeUndefined();
  });

  it('reads an address written without its scheme from www. as another site, not a path', () => {
    const page = parse(
      feed([
        { id: '1', content_text: 'x', url: 'www.codingblocks.net/episode8' },
        { id: '2', content_text: 'y', url: 'www.html' },
      ]),
    );
    expect(page.articles.map((article) => article.url)).toEqual([
      'https://www.codingblocks.net/episode8',
      new URL('www.html', page.url).href,
    ]);
  });

  it('dates an item that gives only date_modified by it', () => {
    const page = parse(
      feed([{ id: '1', content_text: 'x', date_modified: '2018-07-21T00:00:00.000Z' }]),
    );
    expect(page.articles[0]).toMatchObject({
      published: '2018-07-21T00:00:00.000Z',
      modified: '2018-07-21T00:00:00.000Z',
    });
  });

  it("takes an item's picture from its text, read against its page, where it names none", () => {
    const page = parse(
      feed([
        {
          id: '1',
          url: 'https://news.example/a/1',
          content_html: '<p>One</p><img src="pier.jpg">',
        },
        {
          id: '2',
          url: 'https://news.example/a/2',
          image: 'https://news.example/own.jpg',
          content_html: '<img src="https://news.example/other.jpg"><p>Two</p>',
        },
        { id: '3', url: 'https://news.example/a/3', content_html: '<p>Three</p>' },
      ]),
    );
    expect(page.articles.map((a) => a.image)).toEqual([
      'https://news.example/a/pier.jpg',
      'https://news.example/own.jpg',
      undefined,
    ]);
  });

  it('reads the Broadsheet extension: comments URL and original date', () => {
    const page = parse(
      feed([
        {
          id: '1',
          content_text: 'x',
          _broadsheet: { comments_url: 'comments/1.json', original_date: '2019-06-28' },
        },
      ]),
    );
    expect(page.articles[0]?.commentsUrl).toBe('https://news.example/comments/1.json');
    expect(page.articles[0]?.originalDate).toBe('2019-06-28');
  });
});

describe('parseFeedPage: text as a reader sees it', () => {
  it('drops control characters pasted into a title or a name, even written as references', () => {
    const page = parse(
      feed([
        {
          id: '1',
          title: 'Budget\u0008 vote\u001b delayed &#x7; again',
          authors: [{ name: 'A.\u0000 Writer' }],
          content_text: 'x',
        },
      ]),
    );
    expect(page.articles[0]?.title).toBe('Budget vote delayed again');
    expect(page.articles[0]?.authors[0]?.name).toBe('A. Writer');
  });
});

describe('parseFeedPage: what generators write beside the specification', () => {
  it("reads a feed whose version names the specification's site with www.", () => {
    for (const version of [
      'https://www.jsonfeed.org/version/1.1/',
      'https://www.jsonfeed.org/version/1',
    ]) {
      expect(parse(feed([{ id: '1', content_text: 'x' }], { version })).articles).toHaveLength(1);
    }
  });

  it("links an author's page without the parameters that track the click (NPR)", () => {
    const page = parseFeedPage(
      fixtureJson('real', 'npr-summary-author__jocmp__capyreader__feed-npr-world.json'),
      'https://feeds.npr.org/1004/feed.json',
    );
    const [first, second] = page.articles;
    expect(second?.authors).toEqual([
      { name: 'Keith Romer', url: 'https://www.npr.org/people/906714600/keith-romer' },
    ]);
    // The feed's own author, for an item that names none.
    expect(first?.authors.map((author) => author.url)).toEqual(['https://www.npr.org/']);
  });

  it('takes the favicon as the icon of a feed that names no icon (jsonfeed.org)', () => {
    const page = parseFeedPage(
      fixtureJson('real', 'tfausak__json-feed__jsonfeed.org.json'),
      'https://jsonfeed.org/feed.json',
    );
    expect(page.feed.icon).toBe('https://jsonfeed.org/graphics/icon.png');
  });

  it('reads a summary written as HTML as text (vuepress-theme-hope)', () => {
    const page = parse(
      feed([
        {
          id: 'https://vuepress-theme-hope-demo.mrhope.site/en/guide/markdown/',
          title: 'Markdown Enhance',
          summary:
            '<p><code>vuepress-theme-hope</code> enables more syntax in Markdown via the built-in <a href="https://vuepress-theme-hope.github.io/md-enhance" target="_blank" rel="noopener noreferrer">md-enhance</a> plugin.</p>\n',
          content_html: '<p>More.</p>',
        },
      ]),
    );
    expect(page.articles[0]?.summary).toBe(
      'vuepress-theme-hope enables more syntax in Markdown via the built-in md-enhance plugin.',
    );
  });

  it("reads an author's avatar against the feed's address, not a page of theirs (Jekyll)", () => {
    const page = parse(
      feed([{ id: '1', content_text: 'x' }], {
        authors: [
          {
            name: 'Jordan Morgan',
            avatar: '/assets/images/about/headshot.jpeg',
            url: 'twitter.com/jordan',
          },
        ],
      }),
    );
    expect(page.feed.authors).toEqual([
      { name: 'Jordan Morgan', avatar: 'https://news.example/assets/images/about/headshot.jpeg' },
    ]);
  });
});

describe('parseFeedPage: bad input gets a plain message', () => {
  it.each([
    ['an array', []],
    ['a string', 'hello'],
    ['null', null],
  ])('rejects %s as not a JSON Feed', (_name, json) => {
    expect(failure(json)).toMatchObject({
      kind: 'format',
      message: expect.stringMatching(/not a JSON Feed/),
    });
  });

  it('rejects a document without a version', () => {
    expect(failure({ title: 'x', items: [] }).message).toBe(
      'This is not a JSON Feed: it has no version.',
    );
  });
});

describe('real feeds load with all their usable items', () => {
  const expected: Record<string, { items: number; title: string }> = {
    'Ranchero-Software__RSParser__3960.json': { items: 20, title: 'fboës - Der Blog | Startseite' },
    'Ranchero-Software__RSParser__curt.json': { items: 26, title: 'curtclifton.net' },
    'Ranchero-Software__RSParser__pxlnv.json': { items: 20, title: 'Pixel Envy' },
    'Ranchero-Software__RSParser__rose.json': { items: 84, title: 'Rosemary Orchard' },
    'tfausak__json-feed__daringfireball.net.json': { items: 48, title: 'Daring Fireball' },
    'tfausak__json-feed__manton.org.json': { items: 10, title: 'Manton Reece' },
    'tfausak__json-feed__jsonfeed.org.json': { items: 1, title: 'JSON Feed' },
    'tfausak__json-feed__therecord.co.json': { items: 11, title: 'The Record' },
    'modified-only__Sophieqqq__tonyxu.io__feed.json': { items: 20, title: 'tonyxu.io' },
    'microblog-html-in-content-text__manton__manton.github.io__feed.json': {
      items: 131,
      title: 'Manton Reece',
    },
    'npr-summary-author__jocmp__capyreader__feed-npr-world.json': { items: 23, title: 'World' },
    'rfc2822-dates__jocmp__capyreader__feed-kibty-town.json': { items: 6, title: "xyzeva's blog" },
    'hugo-author-avatar__spacecowboy__Feeder__cowboyprogrammer_feed.json': {
      items: 10,
      title: 'Cowboy Programmer',
    },
    'html-description__feedjira__feedjira__json_feed_with_escaped_uris.json': {
      items: 30,
      title: "Luke Dorny's v6",
    },
  };

  it('covers every real fixture', () => {
    expect(fixtureNames('real').sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (name, { items, title }) => {
    const page = parse(fixtureJson('real', name));
    expect(page.feed.title).toBe(title);
    expect(page.articles).toHaveLength(items);
    expect(page.skipped).toBe(0);
    for (const article of page.articles) {
      expect(article.title.trim()).not.toBe('');
    }
  });

  it("lukedorny.com: the feed's description written as HTML reads as its words", () => {
    const page = parse(
      fixtureJson('real', 'html-description__feedjira__feedjira__json_feed_with_escaped_uris.json'),
    );
    expect(page.feed.description).toMatch(/^LukeDorny\.com is the digital record of Artist/);
    expect(page.feed.description).not.toContain('<');
  });

  it('kibty.town: dates written as RFC 2822 are read', () => {
    const page = parse(
      fixtureJson('real', 'rfc2822-dates__jocmp__capyreader__feed-kibty-town.json'),
    );
    expect(page.articles[0]?.published).toBe('2024-09-07T00:00:00.000Z');
    expect(page.articles.every((article) => article.published)).toBe(true);
  });

  it('tonyxu.io: items dated only by date_modified are dated, none undated', () => {
    const page = parse(fixtureJson('real', 'modified-only__Sophieqqq__tonyxu.io__feed.json'));
    expect(page.articles.every((article) => article.published)).toBe(true);
    expect(page.articles[0]?.published).toBe('2018-07-21T00:00:00.000Z');
  });

  it('daringfireball: link posts keep external_url apart from url', () => {
    const page = parse(fixtureJson('real', 'tfausak__json-feed__daringfireball.net.json'));
    const linked = page.articles.filter((a) => a.externalUrl && a.externalUrl !== a.url);
    expect(linked.length).toBeGreaterThan(0);
  });

  it('therecord: podcast items keep their audio attachment', () => {
    const page = parse(fixtureJson('real', 'tfausak__json-feed__therecord.co.json'));
    expect(page.articles.every((a) => a.attachments[0]?.mimeType.startsWith('audio/'))).toBe(true);
  });

  it('manton: empty titles count as no title', () => {
    const page = parse(fixtureJson('real', 'tfausak__json-feed__manton.org.json'));
    expect(page.articles.some((a) => !a.hasTitle)).toBe(true);
    expect(page.articles.every((a) => a.title.length > 0)).toBe(true);
  });

  it("micro.blog: a title-less post's title and excerpt are its text, not the markup in its content_text", () => {
    const page = parse(
      fixtureJson('real', 'microblog-html-in-content-text__manton__manton.github.io__feed.json'),
    );
    const untitled = page.articles.filter((a) => !a.hasTitle);
    expect(untitled.length).toBeGreaterThan(100);
    for (const article of untitled) {
      expect(article.title).not.toMatch(/<[a-z]/i);
      expect(article.excerpt ?? '').not.toMatch(/<[a-z]/i);
    }
    expect(page.articles[0]).toMatchObject({ title: 'Testing.', excerpt: 'Testing.' });
  });

  it("micro.blog: a title-less post's made-up title is the text of its HTML, not its Markdown", () => {
    const page = parse(
      feed([
        {
          id: '1',
          content_html: '<p>My new app has a name. <strong>Classis</strong></p>',
          content_text: 'My new app has a name. **Classis**',
        },
        {
          id: '2',
          content_html:
            '<p>Classis now has a website! <a href="https://classis.app">https://classis.app</a></p>',
          content_text: 'Classis now has a website! [https://classis.app](https://classis.app)',
        },
        {
          id: '3',
          content_html: '<p>I’m a very happy camper!</p>',
          content_text: 'I&rsquo;m a very happy camper!',
        },
      ]),
    );
    expect(page.articles.map((article) => article.title)).toEqual([
      'My new app has a name. Classis',
      'Classis now has a website! https://classis.app',
      'I’m a very happy camper!',
    ]);
    expect(page.articles[0]?.excerpt).toBe('My new app has a name. Classis');
    // Plain text alone, escaped as its generator escaped it (a micro.blog theme's archive).
    const [post] = parse(
      feed([{ id: 'm', content_text: 'Tonight I will be at the bits, bytes &amp; bier meetup.' }]),
    ).articles;
    expect(post?.title).toBe('Tonight I will be at the bits, bytes & bier meetup.');
    expect(post?.contentText).toBe('Tonight I will be at the bits, bytes & bier meetup.');
  });

  it('a title-less post of a picture alone in its HTML is titled by what the picture shows', () => {
    const [photo] = parse(
      feed([
        {
          id: 'p',
          content_html:
            '<img src="https://cdn.example/uploads/quote.jpg" alt="The purpose of a storyteller is not to tell you how to think" width="600" height="400">',
          content_text: '![The purpose of a storyteller](https://cdn.example/uploads/quote.jpg)',
        },
      ]),
    ).articles;
    expect(photo?.title).toBe('The purpose of a storyteller is not to tell you how to think');
    expect(photo?.hasTitle).toBe(false);
  });

  it('rose: tags given as one comma-separated string become a list', () => {
    const page = parse(fixtureJson('real', 'Ranchero-Software__RSParser__rose.json'));
    expect(page.articles.some((a) => a.tags.length > 1)).toBe(true);
    expect(page.articles.flatMap((a) => a.tags).every((tag) => !tag.includes(','))).toBe(true);
  });

  it('rose: a post that names no picture is shown with the first its text shows', () => {
    const page = parse(fixtureJson('real', 'Ranchero-Software__RSParser__rose.json'));
    const post = page.articles.find((a) => a.id === 'workflow-add-task-sub-tasks-to-omnifocus');
    expect(post?.image).toBe(
      'https://www.rosemaryorchard.com/images/6/5/0/8/f/6508fe20fd09a551265115719ecc02bac67637b4-workflow-add-task-sub-tasks-to-omnifocus.png',
    );
    // Posts without a picture in their text have none.
    expect(page.articles.filter((a) => a.image).length).toBe(50);
  });

  it('curt: its icon, named over http, is asked for over https; its links stay as they are', () => {
    const page = parse(fixtureJson('real', 'Ranchero-Software__RSParser__curt.json'));
    expect(page.feed.icon).toBe('https://curtclifton.net/style/feedicon.png');
    expect(page.feed.homePageUrl).toBe('http://curtclifton.net/');
  });

  it('curt: dates that are not RFC 3339 are still read', () => {
    const page = parse(fixtureJson('real', 'Ranchero-Software__RSParser__curt.json'));
    expect(page.articles.filter((a) => a.published).length).toBe(26);
  });
});

describe('parseFeedPageInParts: the same page, read in tasks of a few milliseconds', () => {
  const pageUrl = 'https://example.com/feed.json';

  it.each(fixtureNames('real'))('%s', async (name) => {
    const json = fixtureJson('real', name);
    expect(await parseFeedPageInParts(json, pageUrl)).toEqual(parseFeedPage(json, pageUrl));
  });

  // The invalid fixtures that are JSON at all: what is not fails before either is called.
  const invalidJson = fixtureNames('invalid').filter((name) => {
    try {
      return fixtureJson('invalid', name) !== undefined;
    } catch {
      return false;
    }
  });

  it.each(invalidJson)('%s fails as at once, or reads the same', async (name) => {
    const json = fixtureJson('invalid', name);
    let atOnce: unknown;
    try {
      atOnce = parseFeedPage(json, pageUrl);
    } catch (error) {
      await expect(parseFeedPageInParts(json, pageUrl)).rejects.toEqual(error);
      return;
    }
    expect(await parseFeedPageInParts(json, pageUrl)).toEqual(atOnce);
  });

  it('lets the browser in between items once a part has taken its time', async () => {
    // Each look at the clock finds 5 ms gone: an item of long posts on a slow phone.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    let otherTasks = 0;
    let waiting = true;
    const other = () => {
      otherTasks += 1;
      if (waiting) void nextTask().then(other);
    };
    void nextTask().then(other);
    const page = await parseFeedPageInParts(
      fixtureJson('real', 'Ranchero-Software__RSParser__curt.json'),
      pageUrl,
    );
    waiting = false;
    expect(page.articles).toHaveLength(26);
    expect(otherTasks).toBeGreaterThanOrEqual(10);
  });
});

describe('invalid and borderline fixtures', () => {
  const rejected = (name: string) => failure(fixtureJson('invalid', name));

  it('a feed cut off mid-download is "not valid JSON", with no partial items', async () => {
    const { fetchFeedPage } = await import('../../src/features/feed/api/fetch-feed-page');
    const { fakeFetch } = await import('../helpers/fake-fetch');
    for (const name of [
      'Ranchero-Software__RSParser__allthis-partial.json',
      'mmcdole__gofeed__invalid.json',
    ]) {
      fakeFetch({ [PAGE]: () => new Response(fixtureText('invalid', name)) });
      await expect(fetchFeedPage(PAGE)).rejects.toMatchObject({
        kind: 'json',
        message: 'The document is not valid JSON; it may be cut off or broken.',
      });
    }
  });

  it('RSS written as JSON is "not a JSON Feed"', () => {
    expect(rejected('Ranchero-Software__RSParser__ScriptingNews.json').message).toMatch(
      /not a JSON Feed/,
    );
  });

  it('a missing version is "not a JSON Feed"', () => {
    expect(
      rejected('danmactough__jsonfeed-schema-validator__invalid-missing-version.json').message,
    ).toBe('This is not a JSON Feed: it has no version.');
  });

  it('an unrelated version URL is rejected', () => {
    expect(
      rejected('danmactough__jsonfeed-schema-validator__invalid-incorrect-version.json').message,
    ).toBe('This is not a JSON Feed: its version is not one this reader knows.');
  });

  it('no `items` loads as an empty feed that says so', () => {
    const page = parse(
      fixtureJson('invalid', 'danmactough__jsonfeed-schema-validator__invalid-missing-items.json'),
    );
    expect(page.articles).toEqual([]);
    expect(page.missingItems).toBe(true);
  });

  it('accepts "version": "1.1" with attachments, next_url and fractional seconds', () => {
    const page = parse(fixtureJson('invalid', 'mmcdole__gofeed__version_json_11.json'));
    expect(page.articles).toHaveLength(1);
    expect(page.nextUrl).toBe('https://sample-json-feed.com/feed.json?next=500');
    expect(page.articles[0]?.attachments.length).toBeGreaterThan(0);
    expect(page.articles[0]?.published).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('accepts "version": "1.0" and the 1.0 address, as any 1.x', () => {
    const page = parse(fixtureJson('invalid', 'mmcdole__gofeed__version_json_10.json'));
    expect(page.articles).toHaveLength(1);
    expect(page.feed.title).toBe('title');
    for (const version of ['https://jsonfeed.org/version/1.0', '1.2']) {
      expect(parse(feed([], { version })).feed.title).toBe('Test');
    }
    expect(failure(feed([], { version: '2' })).message).toBe(
      'This is not a JSON Feed: its version is not one this reader knows.',
    );
  });

  it("a feed whose addresses are paths has them on the feed's own site, its home page too", () => {
    const page = parse(
      fixtureJson('invalid', 'extractus__feed-extractor__json-feed-miss-base-url.json'),
    );
    expect(page.feed.homePageUrl).toBe('https://news.example/');
    expect(page.feed.feedUrl).toBe('https://news.example/feed.json');
    expect(page.articles[0]?.url).toBe('https://news.example/2020/08/07/json-feed-version.html');
    // A host written without its scheme is still not taken for a path.
    expect(parse(feed([], { home_page_url: 'example.com' })).feed.homePageUrl).toBeUndefined();
  });

  it('a feed without a title is named after its site, or "Untitled feed"', () => {
    const json = fixtureJson(
      'invalid',
      'danmactough__jsonfeed-schema-validator__invalid-missing-title.json',
    );
    expect(parse(json).feed.title).toBe('news.example');
    expect(parseFeedPage(json, 'file:///feed.json').feed.title).toBe('Untitled feed');
  });

  it('an item without id is discarded, leaving an empty feed', () => {
    const page = parse(
      fixtureJson(
        'invalid',
        'danmactough__jsonfeed-schema-validator__invalid-missing-item-id.json',
      ),
    );
    expect(page.articles).toEqual([]);
    expect(page.skipped).toBe(1);
  });

  it('keeps the good item and counts the one without id', () => {
    const page = parse(fixtureJson('invalid', 'sonicdoe__jsonfeed-validator__schema-index.json'));
    expect(page.articles).toHaveLength(1);
    expect(page.skipped).toBe(1);
  });

  it('elastic: discards id-less items and decodes the entity in the feed title', () => {
    const page = parse(fixtureJson('invalid', 'feed-rs__feed-rs__jsonfeed_elastic_1.1.json'));
    expect(page.articles).toEqual([]);
    expect(page.skipped).toBe(3);
    expect(page.feed.title).toBe('Blog – InfluxData');
  });

  it('an item with no content is kept as a title or link entry', () => {
    const page = parse(
      fixtureJson(
        'invalid',
        'danmactough__jsonfeed-schema-validator__invalid-missing-item-content.json',
      ),
    );
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]?.title).toBeTruthy();
  });

  it('two items sharing an id are shown once', () => {
    expect(
      parse(fixtureJson('invalid', 'sonicdoe__jsonfeed-validator__id-unique-index.json')).articles,
    ).toHaveLength(1);
  });

  it('next_url equal to feed_url stops pagination', () => {
    const json = fixtureJson('invalid', 'sonicdoe__jsonfeed-validator__next-url-index.json');
    expect(parseFeedPage(json, 'https://example.org/feed.json').nextUrl).toBeUndefined();
    expect(parse(json).nextUrl).toBeUndefined();
  });

  it('home_page_url without a scheme is not made into a relative link', () => {
    const page = parse(
      fixtureJson(
        'invalid',
        'danmactough__jsonfeed-schema-validator__invalid-home-page-url-format.json',
      ),
    );
    expect(page.feed.homePageUrl).toBeUndefined();
  });

  it('the minimal valid feed loads', () => {
    expect(
      parse(fixtureJson('invalid', 'danmactough__jsonfeed-schema-validator__valid-basic.json'))
        .articles,
    ).toHaveLength(1);
  });

  it('`items: [null]` skips the null without crashing', () => {
    const page = parse(fixtureJson('invalid', 'mmcdole__gofeed__issue_355_first_item.json'));
    expect(page.articles).toEqual([]);
    expect(page.skipped).toBe(1);
  });

  it('an `author` written as a name alone is that author', () => {
    const page = parse(
      fixtureJson('invalid', 'author-as-string__84003__forking_the_docuverse_weblog__feed.json'),
    );
    expect(page.feed.authors.map((author) => author.name)).toEqual(['Rebecca Rui']);
    expect(page.articles[0]?.authors.map((author) => author.name)).toEqual(['Rebecca Rui']);
  });

  it('`authors: [null]` is ignored', () => {
    expect(
      parse(fixtureJson('invalid', 'mmcdole__gofeed__issue_355_first_author.json')).feed.authors,
    ).toEqual([]);
  });

  it('`authors: [{...}, null]` keeps the real author', () => {
    const page = parse(fixtureJson('invalid', 'mmcdole__gofeed__issue_355_later_item_author.json'));
    expect(page.articles.flatMap((a) => a.authors).filter((a) => a.name).length).toBeGreaterThan(0);
  });

  it('author precedence: item authors > item author > feed authors > feed author', () => {
    const page = parse(fixtureJson('invalid', 'Ranchero-Software__RSParser__authors.json'));
    const names = Object.fromEntries(
      page.articles.map((a) => [a.id, a.authors.map((x) => x.name)]),
    );
    expect(names).toEqual({
      'Item without authors': ['Root Author 1', 'Root Author 2'],
      'Item with legacy author': ['Legacy Item Author'],
      'Item with modern authors': ['Item Author 1', 'Item Author 2'],
      'Item with both': ['Item Author 1', 'Item Author 2'],
    });
  });

  it('extension objects are ignored', () => {
    expect(
      parse(fixtureJson('invalid', 'Ranchero-Software__RSParser__jsonfeed-extension.json'))
        .articles,
    ).toHaveLength(3);
  });
});

describe('languageTag: a language as the page’s lang attribute takes it', () => {
  it.each([
    ['en-US', 'en-US'],
    ['pt-br', 'pt-br'],
    ['en_US', 'en-US'],
    [' de ', 'de'],
    ['Hindi', undefined],
    ['', undefined],
    ['en-', undefined],
    [undefined, undefined],
  ])('%j is %j', (value, tag) => {
    expect(languageTag(value)).toBe(tag);
  });
});
