// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommentFeed } from '../../src/features/comments/api/comment-feed';
import { detectFormat } from '../../src/lib/document-format';
import { decodeText } from '../../src/lib/decode-text';
import { fixtureBytes, fixtureNames } from '../helpers/fixtures';

const demo = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../public/data/harbour-notes/comments', name), 'utf8');

describe('comments that come with a feed', () => {
  it('threads a Blogger comment feed by its related links, in date order', () => {
    const comments = parseCommentFeed(demo('5120968114357380114.atom'), 'atom');
    expect(comments).toEqual([
      {
        id: 'tag:blogger.com,1999:blog-7301885216630471052.post-6619023571098234410',
        parentId: null,
        author: 'Niamh O’Dwyer'.replace('’', "'"),
        text: 'My grandfather crossed on her in 1974. So glad she is sailing again.\n\nIs the bar still on the upper deck?',
        createdAt: '2019-07-04T18:12:00.000Z',
      },
      expect.objectContaining({
        author: 'Maeve Costigan',
        parentId: 'tag:blogger.com,1999:blog-7301885216630471052.post-6619023571098234410',
      }),
      expect.objectContaining({
        author: 'Colm Hegarty',
        parentId: null,
        text: 'Four hours ten is quicker than the old timetable & the band was a lovely touch.',
      }),
    ]);
  });

  it('reads an empty comment feed as no comments', () => {
    expect(parseCommentFeed(demo('2288305581044371920.atom'), 'atom')).toEqual([]);
  });

  it('nests a comment whose thr:in-reply-to names another comment of the feed', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
      <title>Comments</title>
      <entry><id>https://wp.example/?p=7#comment-2</id><author><name>Bo</name></author>
        <published>2024-03-01T10:05:00Z</published><content type="html">&lt;p&gt;Agreed.&lt;/p&gt;</content>
        <thr:in-reply-to ref="https://wp.example/?p=7#comment-1" href="https://wp.example/post/#comment-1"/></entry>
      <entry><id>https://wp.example/?p=7#comment-1</id><author><name>Al</name></author>
        <published>2024-03-01T10:00:00Z</published><content type="html">&lt;p&gt;First!&lt;/p&gt;</content>
        <thr:in-reply-to ref="https://wp.example/?p=7" href="https://wp.example/post/"/></entry>
    </feed>`;
    expect(parseCommentFeed(atom, 'atom')).toEqual([
      expect.objectContaining({
        id: 'https://wp.example/?p=7#comment-1',
        parentId: null,
        text: 'First!',
      }),
      expect.objectContaining({ author: 'Bo', parentId: 'https://wp.example/?p=7#comment-1' }),
    ]);
  });

  it('reads a WordPress comment feed (RSS) in date order, named by dc:creator', () => {
    const rss = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
      xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Comments on: A post</title>
      <item><title>By: Second</title><link>https://wp.example/post/#comment-9</link>
        <dc:creator><![CDATA[Second Person]]></dc:creator><pubDate>Fri, 01 Mar 2024 11:00:00 +0000</pubDate>
        <guid isPermaLink="false">https://wp.example/?p=7#comment-9</guid>
        <content:encoded><![CDATA[<p>Later &amp; wiser.</p>]]></content:encoded></item>
      <item><title>By: First</title><link>https://wp.example/post/#comment-8</link>
        <pubDate>Fri, 01 Mar 2024 10:00:00 +0000</pubDate>
        <guid isPermaLink="false">https://wp.example/?p=7#comment-8</guid>
        <description>Early.</description></item>
      <item><title>By: Undated</title><guid>x</guid><description>When?</description></item>
    </channel></rss>`;
    expect(parseCommentFeed(rss, 'rss')).toEqual([
      {
        id: 'https://wp.example/?p=7#comment-8',
        parentId: null,
        author: 'First',
        text: 'Early.',
        createdAt: '2024-03-01T10:00:00.000Z',
      },
      {
        id: 'https://wp.example/?p=7#comment-9',
        parentId: null,
        author: 'Second Person',
        text: 'Later & wiser.',
        createdAt: '2024-03-01T11:00:00.000Z',
      },
    ]);
  });

  it("reads a Discourse topic's feed: its replies, their own words, by name, not the topic itself", () => {
    // As Discourse writes a topic's feed (app/views/topics/show.rss.erb), newest first.
    const post = (n: number, creator: string, words: string) => `<item>
        <title>Ferry timetable</title>
        <dc:creator><![CDATA[${creator}]]></dc:creator>
        <description><![CDATA[
          <p><a href="https://forum.example/u/x">@x</a> wrote:</p>
          <blockquote>
            ${words}
          </blockquote>
          <p><a href="https://forum.example/t/ferry-timetable/42/${n}">Read full topic</a></p>
        ]]></description>
        <link>https://forum.example/t/ferry-timetable/42/${n}</link>
        <pubDate>Fri, 01 Mar 2024 1${n}:00:00 +0000</pubDate>
        <guid isPermaLink="false">forum.example-post-42-${n}</guid>
        <source url="https://forum.example/t/ferry-timetable/42.rss">Ferry timetable</source>
      </item>`;
    const rss = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
      <title>Ferry timetable</title><link>https://forum.example/t/ferry-timetable/42</link>
      ${post(3, '@bo', '<p>Seconded.</p>')}
      ${post(2, '@ana Ana Lima', '<p>The 8:10 <em>still</em> runs.</p><blockquote><p>Does it?</p></blockquote>')}
      ${post(1, '@sam Sam Reed', '<p>Winter times are out.</p>')}
    </channel></rss>`;
    expect(parseCommentFeed(rss, 'rss')).toEqual([
      {
        id: 'forum.example-post-42-2',
        parentId: null,
        author: 'Ana Lima',
        text: 'The 8:10 still runs.\n\n> Does it?',
        createdAt: '2024-03-01T12:00:00.000Z',
      },
      {
        id: 'forum.example-post-42-3',
        parentId: null,
        author: 'bo',
        text: 'Seconded.',
        createdAt: '2024-03-01T13:00:00.000Z',
      },
    ]);
  });

  const wordpressItem = (n: number, html: string) => `<item><title>By: P${n}</title>
      <link>https://wp.example/post/#comment-${n}</link>
      <pubDate>Fri, 01 Mar 2024 1${n}:00:00 +0000</pubDate>
      <guid isPermaLink="false">https://wp.example/?p=7#comment-${n}</guid>
      <content:encoded><![CDATA[${html}]]></content:encoded></item>`;
  const wordpress = (...items: string[]) =>
    `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
      <title>Comments on: A post</title>${items.join('')}</channel></rss>`;

  it('drops "In reply to Name." from a reply nested under Name, and keeps it for one that is not', () => {
    const comments = parseCommentFeed(
      wordpress(
        wordpressItem(1, '<p>First.</p>'),
        wordpressItem(
          2,
          '<p>In reply to <a href="/post/#comment-1">P1</a>.</p>\n<p>אני מסכים.</p>',
        ),
        wordpressItem(3, '<p>In reply to <a href="/post/#comment-99">Gone</a>.</p>\n<p>Also.</p>'),
      ),
      'rss',
    );
    expect(comments.map(({ parentId, text }) => ({ parentId, text }))).toEqual([
      { parentId: null, text: 'First.' },
      // Right to left as a reply too: no English words left at its start to turn it round.
      { parentId: 'https://wp.example/?p=7#comment-1', text: 'אני מסכים.' },
      // Its link, relative, is read against the comment's page, as WordPress's absolute ones are.
      { parentId: null, text: 'In reply to Gone (https://wp.example/post/#comment-99).\n\nAlso.' },
    ]);
  });

  it('drops "In reply to Name." from an Atom reply its thr:in-reply-to nests under Name', () => {
    const entry = (n: number, html: string, replyTo?: number) => `<entry>
        <id>https://wp.example/?p=7#comment-${n}</id>
        <author><name>P${n}</name></author>
        <link rel="alternate" href="https://wp.example/post/#comment-${n}" type="text/html"/>
        <published>2024-03-01T1${n}:00:00Z</published>
        ${replyTo ? `<thr:in-reply-to ref="https://wp.example/?p=7#comment-${replyTo}" href="https://wp.example/post/#comment-${replyTo}" type="text/html"/>` : ''}
        <content type="html"><![CDATA[${html}]]></content>
      </entry>`;
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
      <title>Comments on: Post</title>
      ${entry(1, '<p>First.</p>')}
      ${entry(2, '<p>In reply to <a href="https://wp.example/post/#comment-1">P1</a>.</p><p>Agreed.</p>', 1)}
      ${entry(3, '<p>In reply to <a href="https://wp.example/post/#comment-2">P2</a>.</p><p>Same.</p>')}
    </feed>`;
    expect(
      parseCommentFeed(atom, 'atom').map(({ parentId, text }) => ({ parentId, text })),
    ).toEqual([
      { parentId: null, text: 'First.' },
      { parentId: 'https://wp.example/?p=7#comment-1', text: 'Agreed.' },
      // No thr:in-reply-to: its "In reply to" link, to a comment of the feed, nests it.
      { parentId: 'https://wp.example/?p=7#comment-2', text: 'Same.' },
    ]);
  });

  it('leaves out a link with nothing in it, and keeps the address of a picture’s link', () => {
    const [comment] = parseCommentFeed(
      wordpress(
        wordpressItem(
          1,
          '<h2><a class="anchor" href="https://forum.example/t/1#p-1-plans"></a>Plans</h2>' +
            '<p><a href="https://example.org/photo.jpg"><img src="https://example.org/photo.jpg" alt=""></a></p>',
        ),
      ),
      'rss',
    );
    expect(comment?.text).toBe('Plans\n\nhttps://example.org/photo.jpg');
  });

  it("keeps the address of every link in a comment's text", () => {
    const [comment] = parseCommentFeed(
      wordpress(
        wordpressItem(
          1,
          '<p>See <a href="https://example.org/manual?a=1&amp;b=2" rel="nofollow ugc">the manual</a>, ' +
            '<a href="https://example.org/79x1">https://example.org/79&#215;1</a> and ' +
            '<a href="mailto:ana@example.org">Ana</a>.</p>',
        ),
      ),
      'rss',
    );
    expect(comment?.text).toBe(
      'See the manual (https://example.org/manual?a=1&b=2), https://example.org/79x1 and Ana.',
    );
  });

  it('gives a broken comment feed a clear message', () => {
    expect(() => parseCommentFeed('<feed><entry><title>cut', 'atom')).toThrow(
      'The comments could not be read: the comment feed is broken.',
    );
  });
});

describe('real comment feeds', () => {
  const read = (name: string) => {
    const text = decodeText(fixtureBytes('comments', name));
    return parseCommentFeed(text, detectFormat(text) as 'rss' | 'atom');
  };

  it.each(fixtureNames('comments'))('%s reads as dated comments with text', (name) => {
    for (const comment of read(name)) {
      expect(comment.id).not.toBe('');
      expect(Number.isNaN(Date.parse(comment.createdAt))).toBe(false);
      expect(comment.author).not.toMatch(/&(#\d+|[a-z]+);/);
      expect(comment.text).not.toMatch(/<[a-z]/i);
    }
  });

  it('nests WordPress replies marked "In reply to" under the comment they name', () => {
    const comments = read(
      'wordpress-comments-rss-post-large__8none1__old_whizzy_dot_org__cisco-7941-post-feed-index.xml',
    );
    expect(comments).toHaveLength(38);
    const ids = new Set(comments.map((comment) => comment.id));
    const nested = comments.filter((comment) => comment.parentId !== null);
    expect(nested.length).toBeGreaterThanOrEqual(10);
    for (const reply of nested) {
      expect(ids.has(reply.parentId ?? '')).toBe(true);
      expect(reply.text).not.toMatch(/^In reply to/);
    }
    expect(comments.find((comment) => comment.text.startsWith('This site should'))?.text).toBe(
      'This site should give you some hints:\n\n' +
        'https://www.voip-info.org/wiki/view/Asterisk+phone+cisco+79x1+xml+configuration+files+for+SIP',
    );
  });

  it("reads a Blogger post's comment feed with its authors", () => {
    const comments = read(
      'blogger-comments-atom-post__I014__jorgeelconstructor.blogspot.com__feeds-3425845675518558571-comments-default.xml',
    );
    expect(comments).toHaveLength(3);
    expect(comments[0]).toMatchObject({ author: 'Anonymous', parentId: null });
  });

  it("keeps a WordPress smiley's words: its picture's alt text", () => {
    const comments = read(
      'wordpress-comments-rss-sitewide-smiley__randomphrase__girtby.net__comments-feed-index.xml',
    );
    const jonno = comments.find((comment) => comment.author === 'Jonno');
    expect(jonno?.text).toContain('users like me who aren’t programmers :-)');
  });
});

describe('who wrote a comment, where the feed names nobody', () => {
  const feed = (title: string) =>
    `<rss version="2.0"><channel><title>Comments</title><item><title>${title}</title><guid>c1</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><description>Nice.</description></item></channel></rss>`;
  const authorOf = (title: string) => parseCommentFeed(feed(title), 'rss')[0]?.author;

  it('reads the name WordPress puts in the title, in each of its forms', () => {
    // WordPress 2.0's site-wide comment feed names the commenter only there.
    expect(authorOf('Comment on Bridging Rails to Amazon SimpleDB by zeckinger')).toBe('zeckinger');
    expect(authorOf('Comment on Stand by me by Ana Ruiz')).toBe('Ana Ruiz');
    expect(authorOf('By: Ana Ruiz')).toBe('Ana Ruiz');
    expect(authorOf('by: ana')).toBe('ana');
    expect(authorOf('Kommentar zu Ein Titel von Jörg')).toBe('Jörg');
    expect(authorOf('Par : Chloé')).toBe('Chloé');
  });

  it('leaves a title that names nobody as no name', () => {
    expect(authorOf('Nice post')).not.toBe('Nice post');
    expect(authorOf('Standing by the river')).not.toBe('the river');
  });
});
