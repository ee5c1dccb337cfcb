// @vitest-environment node
// What reads an item's text runs without a DOM: a feed parsed in a worker has none.
import { describe, expect, it } from 'vitest';
import { parseFeedPage } from '../../src/features/feed/api/normalize';
import { excerptOf } from '../../src/features/feed/utils/excerpt';
import { articleReadingMinutes } from '../../src/features/feed/utils/reading-time';
import { documentOf } from '../../src/features/search/utils/article-index';

const html =
  '<p>Just <b>shipped</b> the new tram&nbsp;map &amp; timetable!</p><script>x()</script>';

describe('an item’s text without a DOM', () => {
  it('gives a title-less post its display title, excerpt, reading time and search text', () => {
    const page = parseFeedPage(
      {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Tom &amp; Jerry',
        items: [{ id: '1', content_html: html }],
      },
      'https://example.org/feed.json',
    );
    const [article] = page.articles;
    if (!article) throw new Error('no article');
    expect(page.feed.title).toBe('Tom & Jerry');
    expect(article.title).toBe('Just shipped the new tram map & timetable!');
    expect(excerptOf(article)).toBe('Just shipped the new tram map & timetable!');
    expect(articleReadingMinutes(article)).toBe(1);
    expect(documentOf(article).text).toBe('Just shipped the new tram map & timetable!');
  });
});
