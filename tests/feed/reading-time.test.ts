import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/features/feed/api/types';
import { articleReadingMinutes } from '../../src/features/feed/utils/reading-time';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, renderApp } from '../helpers/render-app';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

function article(
  fields: Partial<Article>,
): Pick<Article, 'summary' | 'contentText' | 'contentHtml'> {
  return fields;
}

describe('readingMinutes', () => {
  it('counts words separated by any white space', () => {
    expect(countWords('  one\ttwo\n\nthree  ')).toBe(3);
    expect(countWords('')).toBe(0);
  });

  it(`reads ${WORDS_PER_MINUTE} words a minute, to the nearest minute and at least one`, () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(10))).toBe(1);
    expect(readingMinutes(words(344))).toBe(1);
    expect(readingMinutes(words(345))).toBe(2);
    expect(readingMinutes(words(690))).toBe(3);
    expect(readingMinutes(words(2300))).toBe(10);
  });
});

describe('reading Chinese and Japanese', () => {
  it('reads them by the character, 500 a minute, beside the words of other scripts', () => {
    expect(readingMinutes('流'.repeat(1000))).toBe(2);
    expect(readingMinutes('ひらがなカタカナ'.repeat(250))).toBe(4);
    expect(readingMinutes(`${'漢'.repeat(1000)} ${words(460)}`)).toBe(4);
    // Korean puts spaces between its words: read as words.
    expect(readingMinutes('한국어 '.repeat(460))).toBe(2);
  });

  it('reads Thai, Lao, Khmer and Burmese by their words, which have no spaces between them', () => {
    // Six words each: ภาษา ไทย เป็น ภาษา ที่ สวยงาม, "Thai is a beautiful language".
    expect(countWords('ภาษาไทยเป็นภาษาที่สวยงาม')).toBe(6);
    expect(readingMinutes('ภาษาไทยเป็นภาษาที่สวยงาม '.repeat(230))).toBe(6);
    expect(readingMinutes('ພາສາລາວແມ່ນພາສາທີ່ງາມ '.repeat(230))).toBe(6);
    expect(readingMinutes('ភាសាខ្មែរគឺជាភាសាដ៏ស្រស់ស្អាត '.repeat(230))).toBe(6);
  });

  it('gives a long Chinese post its minutes, not one (StreamPark)', async () => {
    const { parseXmlFeed } = await import('../../src/features/feed/api/formats/xml-feed');
    const { decodeText } = await import('../../src/lib/decode-text');
    const { fixtureBytes } = await import('../helpers/fixtures');
    const text = decodeText(
      fixtureBytes('xml', 'chinese-reading-time-rss__1996fanrui__streampark-website__blog_rss.xml'),
    );
    const [post] = parseXmlFeed(text, 'https://streampark.example/blog/rss.xml', 'rss').articles;
    expect(post?.title).toBe('Flink开发利器StreamPark');
    expect(post?.readingMinutes).toBeGreaterThanOrEqual(5);
  });
});

describe('article reading time', () => {
  it('counts the words of content_html, not its scripts, styles or attributes', () => {
    const html = (body: string) => articleReadingMinutes(article({ contentHtml: body }));
    expect(html(`<p>${words(230)}</p><p>${words(230)}</p>`)).toBe(2);
    expect(html(`<style>${words(460)}</style><p>one</p><script>${words(460)}</script>`)).toBe(1);
    expect(html(`<img alt="${words(460)}" src="x.png"><p>one</p>`)).toBe(1);
  });

  it('reads content_text first, else the text of content_html', () => {
    expect(
      articleReadingMinutes(article({ contentText: words(690), contentHtml: '<p>x</p>' })),
    ).toBe(3);
    expect(articleReadingMinutes(article({ contentHtml: `<p>${words(460)}</p>` }))).toBe(2);
    expect(
      articleReadingMinutes(article({ contentText: '', contentHtml: `<p>${words(460)}</p>` })),
    ).toBe(2);
    expect(articleReadingMinutes(article({ contentText: 'One word.' }))).toBe(1);
  });

  it('is none for an item with no text: a title alone, a picture alone', () => {
    expect(articleReadingMinutes(article({}))).toBe(0);
    expect(
      articleReadingMinutes(article({ contentHtml: '<p><img src="a.jpg" alt="A"></p>' })),
    ).toBe(0);
    expect(articleReadingMinutes(article({ summary: ' … ' }))).toBe(0);
  });

  it('shows on list entries after the time, and in the article byline', async () => {
    const title = 'Putin Reiterates That North Korea Requires Security Guarantees';
    fakeFetch({ [DEMO_FEED]: demoPage('feed.json') });
    const { user } = renderApp('/');
    const entry = await screen.findByRole('article', { name: title });
    expect(entry.querySelector('.meta')).toHaveTextContent(/^Leo Byrne · .+ · 2 min read$/);
    await user.click(within(entry).getByRole('link', { name: title }));
    await screen.findByRole('heading', { level: 1, name: title });
    expect(document.querySelector('.byline')).toHaveTextContent(/ · 2 min read$/);
  });
});
