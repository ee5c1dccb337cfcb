// @vitest-environment node
// What reads an item's text runs without a DOM: a feed parsed in a worker has none.
import { describe, expect, it } from 'vitest';
import { parseFeedPage } from '../../src/features/feed/api/formats/json-feed';
import { excerptOf } from '../../src/features/feed/utils/excerpt';
import type { Article } from '../../src/features/feed/api/types';
import { articleReadingMinutes } from '../../src/features/feed/utils/reading-time';
import { documentOf } from '../../src/features/search/utils/article-index';
import { withoutReadMore } from '../../src/lib/text';

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

describe('an excerpt', () => {
  const excerpt = (contentHtml: string) =>
    excerptOf({ contentHtml } as Pick<Article, 'summary' | 'contentText' | 'contentHtml'>);

  it('leaves out the "Continue reading..." or "Read more" a short text closes with', () => {
    expect(
      excerpt(
        '<p>US politics photo highlights from around the world</p> <a href="https://www.theguardian.com/a">Continue reading...</a>',
      ),
    ).toBe('US politics photo highlights from around the world');
    expect(
      excerpt(
        '<p>A partial collection of links…</p><p><a href="/x">Continue reading on  »</a></p>',
      ),
    ).toBe('A partial collection of links…');
    expect(
      excerpt(
        '<p>Tide tables for the week. [&hellip;]</p><p><a href="/p#more-5">Continue reading <span>“Regatta week”</span> &rarr;</a></p>',
      ),
    ).toBe('Tide tables for the week. […]');
    expect(excerpt('<p>Ferries resume.</p><p><a href="/p">Read more</a></p>')).toBe(
      'Ferries resume.',
    );
    // In the language of a site's WordPress theme: German, French, Russian.
    expect(
      excerpt(
        'Am Wochenende haben wir uns in Wiesbaden zur Tagung&#8230; <a class="excerpt-more-link" href="https://120minuten.github.io/es-war-uns-nicht-einerlei/">Weiterlesen</a>',
      ),
    ).toBe('Am Wochenende haben wir uns in Wiesbaden zur Tagung…');
    expect(excerpt('<p>Le port rouvre.</p><p><a href="/p">Lire la suite</a></p>')).toBe(
      'Le port rouvre.',
    );
    expect(excerpt('<p>Паром ходит снова.</p><p><a href="/p">Читать далее →</a></p>')).toBe(
      'Паром ходит снова.',
    );
  });

  it('leaves them out at the end of a long text, however far from its end they may begin', () => {
    const text = 'The harbour reopened at dawn and the ferries ran to time. '.repeat(100);
    const title = 'Ferry timetables for the whole of the summer season, every crossing';
    expect(withoutReadMore(`${text}Continue reading “${title}” →  \n `)).toBe(text.trimEnd());
    expect(withoutReadMore(`${text}Read the full article…`)).toBe(text.trimEnd());
  });

  it("opens with the text's words, not the credit under its first picture", () => {
    // Medium's, under a photograph from Unsplash; the Guardian's; a caption that is no credit.
    expect(
      excerpt(
        '<figure><img src="https://cdn-images-1.medium.com/a.jpeg"><figcaption>Photo by <a href="https://unsplash.com/@d">Dario Crisafulli</a> on <a href="https://unsplash.com">Unsplash</a></figcaption></figure><p>In the beginning…</p>',
      ),
    ).toBe('In the beginning…');
    expect(
      excerpt(
        '<figure><img src="a.jpg"><figcaption>Photograph: Reuters</figcaption></figure>Text.',
      ),
    ).toBe('Text.');
    expect(
      excerpt(
        '<figure><img src="a.jpg"><figcaption>Photos of the harbour at dawn</figcaption></figure><p>Text.</p>',
      ),
    ).toBe('Photos of the harbour at dawn Text.');
  });

  it('keeps the words where they are the text’s own', () => {
    expect(excerpt('<p>Those who want to read more about tides</p>')).toBe(
      'Those who want to read more about tides',
    );
    expect(excerpt('<p>Continue reading the tables below.</p>')).toBe(
      'Continue reading the tables below.',
    );
    expect(excerpt('<p>Wer mehr lesen möchte, findet Tabellen.</p>')).toBe(
      'Wer mehr lesen möchte, findet Tabellen.',
    );
  });
});
