// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCommentFeed } from '../../src/features/comments/api/comment-feed';
import { decodeText } from '../../src/lib/decode-text';
import { detectFormat } from '../../src/lib/document-format';
import { fixtureBytes } from '../helpers/fixtures';

const read = (name: string) => {
  const text = decodeText(fixtureBytes('comments', name));
  return parseCommentFeed(text, detectFormat(text) as 'rss' | 'atom');
};
const textOf = (comments: ReturnType<typeof read>, tail: string) =>
  comments.find((comment) => comment.id.endsWith(tail))?.text;

describe('code in a comment keeps its lines and indentation, as a block of code', () => {
  it('keeps the indentation of Python in <pre><code> (WordPress 2.9 post comment feed)', () => {
    const comments = read(
      'wordpress-comments-rss-post-pre-code__randomphrase__girtby.net__and-you-can-quote-me-on-that-feed-index.xml',
    );
    expect(comments).toHaveLength(10);
    expect(textOf(comments, '#comment-1504')).toContain(
      'python list comprehensions, they’re fantastic:\n\n' +
        '```\n' +
        'from os import walk, rename\n' +
        'from os.path import join\n' +
        'extfrom = ".bat"\n' +
        'extto = ".bak"\n' +
        'for dirpath, dirnames, filenames in walk("."):\n' +
        '    map( lambda (old, new): rename(join(dirpath,old), join(dirpath,new)), \\\n' +
        '         [ (file, file.replace(extfrom,extto)) \\\n' +
        '           for file in filenames if file.endswith(extfrom) ] )\n' +
        '```\n\n' +
        'Which, come to think of it, doesn’t prove a point about either readability or brevity. :) ' +
        'But it is cool nonetheless…',
    );
  });

  it('keeps the columns of command output, and drops the line break that opens a <pre>', () => {
    const comments = read(
      'wordpress-comments-rss-post-pre-aligned__randomphrase__girtby.net__wide-finder-2-the-widening-feed-index.xml',
    );
    const text = textOf(comments, '#comment-1805');
    // <pre class="htmlize">\n<span class="constant">boost</span>::…: highlighted, one line each.
    expect(text).toContain(
      'Here’s a test app:\n\n' +
        '```\n' +
        'boost::iostreams::mapped_file_source source(argv[1]);\n' +
        "unsigned lines = std::count(source.begin(), source.end(), '\\n');\n" +
        'std::cout << argv[1] << ": " << lines << " lines" << std::endl;\n```\n\n' +
        'As you can see',
    );
    expect(text).toContain(
      '/wf1/data/logs/O.all: 218201129 lines\n\n' +
        'real    16m0.565s\n' +
        'user    7m42.454s\n' +
        'sys     7m53.235s\n```\n\n' +
        'Two important things',
    );
  });

  it('keeps an indented line in a WordPress site-wide Atom comment feed', () => {
    const comments = read(
      'wordpress-comments-atom-thr__randomphrase__girtby.net__comments-feed-atom-index.xml',
    );
    expect(textOf(comments, '#comment-14287')).toContain(
      'you could have had:\n\n```\nif (hand[0] != licorice)\n            continue;\n```\n\ni.e. rule out',
    );
  });

  it("keeps tabs, empty lines and a comment's first indent in WordPress's code block", () => {
    const rss = `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
      <title>Comments on: A post</title><item><title>By: Ana</title>
      <link>https://wp.example/post/#comment-1</link><pubDate>Fri, 01 Mar 2024 10:00:00 +0000</pubDate>
      <guid isPermaLink="false">https://wp.example/?p=7#comment-1</guid>
      <content:encoded><![CDATA[<pre class="wp-block-code"><code>\tif (a &lt; b) {\r\n\t\treturn a;   \r\n\r\n\r\n\t}</code></pre>
<p>Two   spaces
and a line break in the source.</p>]]></content:encoded></item></channel></rss>`;
    expect(parseCommentFeed(rss, 'rss')[0]?.text).toBe(
      '```\n\tif (a < b) {\n\t\treturn a;\n\n\n\t}\n```\n\nTwo spaces and a line break in the source.',
    );
  });
});

describe('a comment read as Windows-1252 on its way', () => {
  it('reads as its commenter wrote it', () => {
    const rss = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
      <title>Comments on: A post</title><item><title>By: JosÃ©</title><dc:creator>JosÃ©</dc:creator>
      <link>https://wp.example/post/#comment-1</link><pubDate>Fri, 01 Mar 2024 10:00:00 +0000</pubDate>
      <guid isPermaLink="false">https://wp.example/?p=7#comment-1</guid>
      <description>I donâ€™t agree.</description></item></channel></rss>`;
    expect(parseCommentFeed(rss, 'rss')[0]).toMatchObject({
      author: 'José',
      text: 'I don’t agree.',
    });
  });
});

describe('a comment that quotes another', () => {
  it('keeps the words a WordPress comment quotes as quoted lines, its own words after them', () => {
    const comments = read(
      'wordpress-comments-rss-post-pre-code__randomphrase__girtby.net__and-you-can-quote-me-on-that-feed-index.xml',
    );
    // <p><b>Alastair:</b></p> <blockquote> <p>The problem as I see it…</p> </blockquote> <p>Wrong.…
    expect(textOf(comments, '#comment-1497')).toMatch(
      /^Alastair:\n\n> The problem as I see it is the “for” command itself\. [^\n]+\n\nWrong\. In fact/,
    );
  });
});

describe('a Discourse post that quotes another', () => {
  it('keeps the quoted words as quoted lines, under the "name:" line Discourse writes over them', () => {
    const comments = read(
      'discourse-topic-rss__XertroV__discourse-rss-auto-archive-linked-content__api-examples-t_2144-rss.xml',
    );
    // <aside class="quote no-group" data-username="anonymous105" …><div class="title">…
    // <img … class="avatar"> anonymous105:</div><blockquote><p>Is <em>We the Living</em> also short?</p>
    expect(textOf(comments, '-post-2144-31')).toMatch(
      /^anonymous105:\n\n> Is We the Living also short\?\n\nFor my physical copies with roughly same font size/,
    );
    expect(textOf(comments, '-post-2144-8')).toMatch(
      /^Apricus:\n\n> Why do people like a movie that espouses values that go against how they actually behave\?\n\nI think this is broadly true/,
    );
    // The post's own words around a quote are not quoted.
    expect(textOf(comments, '-post-2144-30')).toBe(
      'Got it.\n\nanonymous105:\n\n> Or I got them confused in my head and conflated them into one short dystopian book with a bleak ending.\n\nI must have done this then. They morphed into a single book in my mind.',
    );
  });

  it('names whom each quote is of in the latest posts feed, and keeps the link over a quote of another topic', () => {
    const comments = read(
      'discourse-latest-posts-rss__XertroV__discourse-rss-auto-archive-linked-content__api-examples-posts-rss.xml',
    );
    // Every "name:" line is followed by the quoted words it names.
    for (const comment of comments) expect(comment.text).not.toMatch(/^\S+:\n\n(?!> )/m);
    expect(textOf(comments, '-post-20195')).toContain(
      'In another post, ET said:\n\n' +
        'What Kind of World Do We Live In? (https://discuss.criticalfallibilism.com/t/what-kind-of-world-do-we-live-in/1714/193)\n\n' +
        '> Imagine Walmart had big signs up',
    );
  });
});
