// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCommentFeed } from '../../src/features/comments/api/comment-feed';
import { readComments } from '../../src/features/comments/api/read-comments';
import { decodeText } from '../../src/lib/decode-text';
import { detectFormat } from '../../src/lib/document-format';
import { fixtureBytes } from '../helpers/fixtures';

const read = (name: string) => {
  const text = decodeText(fixtureBytes('comments', name));
  return parseCommentFeed(text, detectFormat(text) as 'rss' | 'atom');
};
const byId = (comments: ReturnType<typeof read>, tail: string) =>
  comments.find((comment) => comment.id.endsWith(tail));

describe('more real comment feeds', () => {
  describe("a Discourse topic's feed, as Discourse writes it today (no '@x wrote:' wrapper)", () => {
    const comments = read(
      'discourse-topic-rss__XertroV__discourse-rss-auto-archive-linked-content__api-examples-t_2144-rss.xml',
    );

    it('reads the 25 newest posts (6 to 31), oldest first, the topic itself not among them', () => {
      expect(comments).toHaveLength(25);
      expect(comments[0]).toMatchObject({
        id: 'discuss.criticalfallibilism.com-post-2144-6',
        author: 'Elliot',
        parentId: null,
        createdAt: '2026-01-11T05:49:30.000Z',
      });
      expect(comments[0]?.text).toMatch(/^I think the theme of niceness/);
    });

    it("keeps a post's own words around the posts it quotes", () => {
      // Post 30: <p>Got it.</p><aside class="quote">…<blockquote>…</blockquote></aside><p>I must have done this then…</p>
      const post30 = byId(comments, '-post-2144-30');
      expect(post30?.text).toMatch(/^Got it\./);
      expect(post30?.text).toContain(
        'I must have done this then. They morphed into a single book in my mind.',
      );
      // Post 31 ends with its own paragraph, after its last quote.
      expect(byId(comments, '-post-2144-31')?.text).toMatch(/in the end of The Art of Fiction\.$/);
    });

    it('leaves out the "Read full topic" link Discourse adds under every post', () => {
      for (const comment of comments) expect(comment.text).not.toContain('Read full topic');
    });
  });

  describe("Discourse's site-wide latest posts feed (guid host-post-<id>)", () => {
    const comments = read(
      'discourse-latest-posts-rss__XertroV__discourse-rss-auto-archive-linked-content__api-examples-posts-rss.xml',
    );

    it('reads all 50 posts, named as in the topic feed (no "@username" prefix)', () => {
      expect(comments).toHaveLength(50);
      expect(comments[0]?.id).toBe('discuss.criticalfallibilism.com-post-20169');
      // It opens with a quote of ActiveMind's words, under their name as Discourse shows it.
      expect(comments[0]?.text).toMatch(
        /^ActiveMind:\n\n> I don’t know what goals to make wrt philosophy\.\n\nNor do I/,
      );
      // <dc:creator>@Jarrod</dc:creator>, <dc:creator>@Eternity Nihal Noorunnabi</dc:creator>
      expect(comments[0]?.author).toBe('Jarrod');
      expect(byId(comments, '-post-20183')?.author).toBe('Nihal Noorunnabi');
    });

    it('leaves out a post with no words in it (one since deleted)', () => {
      const text = decodeText(
        fixtureBytes(
          'xml',
          'discourse-posts-handle-and-name__StackStorm__forum.stackstorm.com__posts.rss',
        ),
      );
      const comments = parseCommentFeed(text, 'rss');
      expect(comments.length).toBeGreaterThan(20);
      expect(comments.filter((comment) => comment.text.trim() === '')).toEqual([]);
      expect(comments.map((comment) => comment.author)).toContain('amanda11');
    });

    it('shows an emoji Discourse draws as a picture as its character', () => {
      const text = decodeText(
        fixtureBytes(
          'xml',
          'discourse-posts-handle-and-name__StackStorm__forum.stackstorm.com__posts.rss',
        ),
      );
      const post = parseCommentFeed(text, 'rss').find((comment) =>
        comment.id.endsWith('-post-4442'),
      );
      expect(post?.text).toBe('Yes let me take a look 🙂');
      // A code it does not know keeps its code.
      const [other] = parseCommentFeed(
        `<rss version="2.0"><channel><title>T</title><item><title>T</title><guid isPermaLink="false">forum.example-post-9</guid><pubDate>Mon, 01 Jul 2019 09:00:00 +0000</pubDate><description><![CDATA[<p>Off <img src="https://forum.example/images/emoji/twitter/bird.png" title=":bird:" class="emoji" alt=":bird:"></p>]]></description></item></channel></rss>`,
        'rss',
      );
      expect(other?.text).toBe('Off :bird:');
    });

    it("drops a heading's empty anchor link rather than writing out its address", () => {
      // <h2><a name="p-20172-…" class="anchor" href="https://…#p-20172-what-i-did-this-week-1"></a>What I did this week</h2>
      expect(byId(comments, '-post-20172')?.text).toMatch(/^What I did this week\n/);
    });
  });

  it('threads a German WordPress site-wide Atom comment feed by thr:in-reply-to (namespaces rewritten to https)', () => {
    const comments = read(
      'wordpress-comments-atom-sitewide-https-ns-de__woolfg__infokueche_website__comments-feed-atom-index.xml',
    );
    expect(comments).toHaveLength(13);
    expect(comments[0]).toMatchObject({
      author: 'Neuer Podcast zum Thema Datenbanken… | mysqladmin.at',
      parentId: null,
      createdAt: '2011-10-29T14:17:24.000Z',
    });
    expect(comments[0]?.text).toMatch(/^\[…\] auch immer wieder über MySQL/);
    const zugi = 'https://www.infokueche.at/?p=14#comment-3';
    expect(byId(comments, '?p=14#comment-4')).toMatchObject({
      author: 'Wolfgang Gassler',
      parentId: zugi,
    });
    expect(byId(comments, '?p=14#comment-6')).toMatchObject({ author: 'Jakob', parentId: zugi });
    expect(byId(comments, '?p=14#comment-5')?.parentId).toBeNull();
    expect(byId(comments, '?p=82#comment-28')?.text).toMatch(/^‚NoSQL in aller Munde‘ 😀/);
  });

  it("reads a German WordPress post's comment RSS ('Von: Name', https-rewritten dc: namespace)", () => {
    const comments = read(
      'wordpress-comments-rss-post-https-ns-de__woolfg__infokueche_website__recommender-systems-feed-index.xml',
    );
    expect(comments.map((comment) => comment.author)).toEqual([
      'Neuer Podcast zum Thema Datenbanken… | mysqladmin.at',
      'Zugi',
      'Wolfgang Gassler',
      'Zugi',
      'Jakob',
    ]);
    expect(comments[1]?.text).toMatch(
      /^Hi,\n\neins voraus: ich finde euren PodCast sehr gelungen – Danke 🙂/,
    );
  });

  it("threads a German WordPress post's replies, marked 'Als Antwort auf Name.' in its language", () => {
    const comments = read(
      'wordpress-comments-rss-post-de-replies__120minuten__120minuten.github.io__es-war-uns-nicht-einerlei-feed-index.xml',
    );
    expect(comments).toHaveLength(10);
    const werder = 'https://120minuten.github.io/?p=6818#comment-11736';
    expect(byId(comments, '?p=6818#comment-11829')).toMatchObject({
      author: 'Christoph Wagner',
      parentId: werder,
      text: 'Danke für die schönen Worte!',
    });
    expect(byId(comments, '?p=6818#comment-11697')?.parentId).toBe(
      'https://120minuten.github.io/?p=6818#comment-11688',
    );
    // A reply to a comment the feed no longer holds stays at the top, saying whom it answers.
    const older = byId(comments, '?p=6818#comment-11699');
    expect(older?.parentId).toBeNull();
    expect(older?.text).toMatch(/^Als Antwort auf Gerd Thomas/);
  });

  it('threads a WordPress 3.7 site-wide Atom feed whose ids and refs are relative, and keeps a GIF smiley', () => {
    const comments = read(
      'wordpress-comments-atom-sitewide-relative__peterwilsoncc__bigredtin.com__comments-feed-atom-index.xml',
    );
    expect(comments).toHaveLength(10);
    expect(comments[0]).toMatchObject({
      id: '/?p=1286#comment-2322',
      author: 'Peter Wilson',
      parentId: null,
    });
    expect(comments[0]?.text).toMatch(/^Yes it can\./);
    // thr:in-reply-to ref="/?p=1286#comment-2323", the id of Thao's comment in the same feed.
    expect(byId(comments, '#comment-2324')?.parentId).toBe('/?p=1286#comment-2323');
    expect(byId(comments, '#comment-2939')?.text).toMatch(
      /Is anyone in the mood of helping\? :\)$/,
    );
  });

  it('reads a Japanese WordPress site-wide comment feed (title "<name> より <post> へのコメント")', () => {
    const [pingback, ...rest] = read(
      'wordpress-comments-rss-sitewide-ja__330k__blog-330k-biz__comments-feed-index.xml',
    );
    expect(rest).toEqual([]);
    expect(pingback).toMatchObject({
      id: 'https://330k.biz/?p=27#comment-2',
      author:
        '「シンプル」とはどういうこと？ 書評: シンプルに生きる 人生の本物の安らぎを味わう | 金融エンジニアの諦観シンプルライフで俗世離脱',
      parentId: null,
      createdAt: '2018-07-28T12:24:20.000Z',
    });
    expect(pingback?.text).toMatch(/^\[…\] 以前の記事/);
  });

  it("reads a French Blogger post's comments, doubly escaped apostrophes and all", () => {
    const comments = read(
      'blogger-comments-atom-post-fr__andremalenfant__lafuiteautourdumonde.com__feeds-5584301686214745350-comments-default.xml',
    );
    expect(comments).toHaveLength(8);
    expect(comments[0]).toMatchObject({
      author: 'Robert Vézina',
      parentId: null,
      createdAt: '2012-07-09T11:07:51.098Z',
    });
    expect(comments[0]?.text).toMatch(
      /^Merci André, très belle description, c'est super intéressant!/,
    );
    expect(comments.at(-1)).toMatchObject({
      author: 'Anonymous',
      createdAt: '2022-12-07T01:41:55.115Z',
    });
  });
});

describe('comment feeds that date or name their comments loosely', () => {
  const rss = (items: string) =>
    `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Comments on: A post</title>${items}</channel></rss>`;

  it('reads a time in a zone named by letters, or inside Drupal’s <time>, as an article’s is', () => {
    const comments = parseCommentFeed(
      rss(
        '<item><title>By: Ana</title><guid isPermaLink="false">c1</guid><pubDate>Tue, 26 Jul 2022 13:01:01 CEST</pubDate><description>First.</description></item>' +
          '<item><title>By: Ben</title><guid isPermaLink="false">c2</guid><pubDate><![CDATA[<time datetime="2022-07-26T12:00:00Z">Tue, 07/26/2022 - 14:00</time>]]></pubDate><description>Second.</description></item>',
      ),
      'rss',
    );
    expect(comments.map((comment) => [comment.author, comment.createdAt])).toEqual([
      ['Ana', '2022-07-26T11:01:01.000Z'],
      ['Ben', '2022-07-26T12:00:00.000Z'],
    ]);
  });

  it("names each commenter where Drupal 8 writes every field's key beside its value", () => {
    const comments = read('drupal8-comments-key-value__radimklaska__old.drupal.cz__crss.xml');
    expect(comments).toHaveLength(20);
    expect(comments.filter((comment) => /key|value|</.test(comment.author))).toEqual([]);
    expect(
      comments.find((comment) => comment.id === 'comment 104036 at https://www.drupal.cz'),
    ).toMatchObject({ author: 'karlos', createdAt: '2018-02-05T05:52:50.000Z' });
  });

  it("keeps every comment where each has no guid and the post's link, as Magike writes them", () => {
    const item = (name: string, time: string, words: string) =>
      `<item><title>${name}</title><link>https://blog.example/archives/12/</link><pubDate>${time}</pubDate><dc:creator>${name}</dc:creator><description>${words}</description></item>`;
    const comments = parseCommentFeed(
      rss(
        item('Ana', 'Mon, 01 Jul 2019 09:00:00 +0000', 'First.') +
          item('Ben', 'Mon, 01 Jul 2019 10:00:00 +0000', 'Second.'),
      ),
      'rss',
    );
    expect(comments.map((comment) => [comment.author, comment.text])).toEqual([
      ['Ana', 'First.'],
      ['Ben', 'Second.'],
    ]);
    expect(new Set(comments.map((comment) => comment.id)).size).toBe(2);
  });
});

describe('a comment that opens by linking to another comment', () => {
  const item = (id: number, name: string, html: string) =>
    `<item><title>By: ${name}</title><link>https://wp.example/a-post/#comment-${id}</link><dc:creator>${name}</dc:creator><guid isPermaLink="false">https://wp.example/?p=7#comment-${id}</guid><pubDate>Mon, 01 Jul 2019 0${id}:00:00 +0000</pubDate><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
  const comments = parseCommentFeed(
    `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Comments on: A post</title>${
      item(5, 'Bob', '<p>Is there a fix?</p>') +
      item(
        6,
        'Cy',
        '<p>@<a href="https://wp.example/a-post/#comment-5">Bob</a> Yes there is!<br />\nUse version 2 and restart.</p>',
      ) +
      item(
        7,
        'Dee',
        '<p>Like <a href="https://wp.example/a-post/#comment-5">Bob said</a>, see the docs.</p>\n<p>Also this.</p>',
      ) +
      item(
        8,
        'Eve',
        '<p>Als Antwort auf <a href="https://wp.example/a-post/#comment-5">Bob</a>.</p>\n<p>Danke!</p>',
      )
    }</channel></rss>`,
    'rss',
  );
  const of = (name: string) => comments.find((comment) => comment.author === name);

  it('keeps all its words where the link is part of what the commenter wrote', () => {
    expect(of('Cy')?.text).toMatch(
      /^@Bob \(.+#comment-5\) Yes there is!\nUse version 2 and restart\.$/,
    );
    expect(of('Dee')?.text).toMatch(
      /^Like Bob said \(https:\/\/wp\.example\/a-post\/#comment-5\), see the docs\.\n+Also this\.$/,
    );
    expect(of('Dee')?.parentId).toBeNull();
  });

  it("nests it under the comment where its opening paragraph names that comment's author, as WordPress's translations do", () => {
    expect(of('Eve')).toMatchObject({
      parentId: 'https://wp.example/?p=7#comment-5',
      text: 'Danke!',
    });
  });
});

describe("a comment's relative links", () => {
  it("are read against the comment's own page, else the feed's address", () => {
    const comments = parseCommentFeed(
      `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Comments on: Pi-hole</title>
        <item><title>By: Ana</title><link>https://whizzy.example/2019/pi-hole/#comment-3</link><guid isPermaLink="false">https://whizzy.example/?p=9#comment-3</guid><pubDate>Mon, 01 Jul 2019 09:00:00 +0000</pubDate><description>Have you tried &lt;a href="/2018/other-post/?a=1&amp;amp;b=2"&gt;this&lt;/a&gt;? &lt;a href="#comment-2"&gt;Above&lt;/a&gt;, &lt;a href="mailto:ana@example.org"&gt;mail&lt;/a&gt;.</description></item>
        <item><title>By: Ben</title><guid isPermaLink="false">c4</guid><pubDate>Mon, 01 Jul 2019 10:00:00 +0000</pubDate><description>See &lt;a href="../notes.html"&gt;notes&lt;/a&gt;.</description></item>
      </channel></rss>`,
      'rss',
      'https://whizzy.example/2019/pi-hole/feed/',
    );
    expect(comments.map((comment) => comment.text)).toEqual([
      'Have you tried this (https://whizzy.example/2018/other-post/?a=1&b=2)? Above, mail.',
      'See notes (https://whizzy.example/2019/pi-hole/notes.html).',
    ]);
  });

  it('are read against its page where that is written relative too (a static copy of WordPress)', () => {
    // whizzy.org as 8none1/old_whizzy_dot_org keeps it: every <link> without its host.
    const [comment] = parseCommentFeed(
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Comments on: OAuth</title>
        <item><title>By: Will Cooke</title><link>/2016/12/05/howto-add-oauth/#comment-126</link><dc:creator><![CDATA[Will Cooke]]></dc:creator><pubDate>Mon, 27 Mar 2017 20:23:48 +0000</pubDate><guid isPermaLink="false">/?p=819#comment-126</guid>
        <content:encoded><![CDATA[<p>I&#8217;ve written this up:</p><p><a href="/2017/03/retrieving-user-profile-data/">/2017/03/retrieving-user-profile-data/</a></p>]]></content:encoded></item>
      </channel></rss>`,
      'rss',
      'https://whizzy.org/2016/12/05/howto-add-oauth/feed/',
    );
    expect(comment?.text).toContain('https://whizzy.org/2017/03/retrieving-user-profile-data/');
  });

  it('are read against the address the comment feed was fetched from', async () => {
    const [comment] = await readComments(
      '<rss version="2.0"><channel><title>Comments</title><item><title>By: Ana</title><guid isPermaLink="false">c1</guid><pubDate>Mon, 01 Jul 2019 09:00:00 +0000</pubDate><description>&lt;a href="/about/"&gt;About&lt;/a&gt;</description></item></channel></rss>',
      'https://whizzy.example/comments/feed/',
    );
    expect(comment?.text).toBe('About (https://whizzy.example/about/)');
  });
});

describe("a password-protected WordPress post's comment feed", () => {
  it("shows none of WordPress's password forms as comments", () => {
    // As wp-includes/feed-rss2-comments.php writes each comment of a protected post.
    const item = (n: number) =>
      `<item><title>By: P${n}</title><link>https://wp.example/family-photos/#comment-${n}</link><dc:creator><![CDATA[P${n}]]></dc:creator><pubDate>Fri, 01 Mar 2024 1${n}:00:00 +0000</pubDate><guid isPermaLink="false">https://wp.example/?p=44#comment-${n}</guid><description>Protected Comments: Please enter your password to view comments.</description><content:encoded><![CDATA[<form action="https://wp.example/wp-login.php?action=postpass" class="post-password-form" method="post"><p>This content is password protected. To view it please enter your password below:</p><p><label for="pwbox-44">Password: <input name="post_password" id="pwbox-44" type="password" size="20" /></label> <input type="submit" name="Submit" value="Enter" /></p></form>]]></content:encoded></item>`;
    const comments = parseCommentFeed(
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Comments on: Protected: Family photos</title>${item(1)}${item(2)}</channel></rss>`,
      'rss',
    );
    expect(comments).toEqual([]);
  });
});
