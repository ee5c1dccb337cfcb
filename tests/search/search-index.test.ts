import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateFeed } from '../../bench/generate.mjs';
import { parseFeedPage } from '../../src/features/feed/api/formats/json-feed';
import { readDocument } from '../../src/features/feed/api/formats/read-document';
import type { Article } from '../../src/features/feed/api/types';
import type { SearchableArticle } from '../../src/features/search/types';
import { ArticleIndex, documentOf, searchKey } from '../../src/features/search/utils/article-index';
import { fixtureBytes } from '../helpers/fixtures';

const PAGE_URL = 'https://bench.example/feed.json';
const articles = parseFeedPage(generateFeed(3000), PAGE_URL).articles;

function search(
  index: ArticleIndex,
  query: string,
  among: readonly SearchableArticle[] = articles,
) {
  return index.search(query, new Map(among.map((article) => [searchKey(article), article])));
}

describe('search index over a 3,000-item feed', () => {
  const index = new ArticleIndex();
  index.sync(articles);

  it('indexes every article', () => {
    expect(articles).toHaveLength(3000);
    expect(index.size).toBe(3000);
  });

  it('finds words by their beginning', () => {
    const hits = search(index, 'lighth');
    expect(hits.length).toBeGreaterThan(0);
    expect([...(hits[0]?.terms ?? [])]).toContain('lighthouse');
  });

  it('searches a word repeated thousands of times as the word once', () => {
    const once = search(index, 'lighthouse').map((hit) => hit.article.id);
    expect(once.length).toBeGreaterThan(0);
    expect(search(index, 'lighthouse '.repeat(3000)).map((hit) => hit.article.id)).toEqual(once);
  });

  it('forgives a typo: "hrbour" finds harbour', () => {
    const hits = search(index, 'hrbour');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.terms.has('harbour')).toBe(true);
  });

  it('finds an author’s articles, and only theirs', () => {
    const hits = search(index, 'Hannah Lindqvist');
    expect(hits.length).toBeGreaterThan(0);
    const byHer = hits.filter((hit) =>
      hit.article.authors.some((author) => author.name === 'Hannah Lindqvist'),
    );
    expect(byHer).toHaveLength(hits.length);
  });

  it('ranks title matches above matches in the text alone', () => {
    const hits = search(index, 'museum');
    const firstTitle = hits.findIndex((hit) => /museum/i.test(hit.article.title));
    const firstTextOnly = hits.findIndex((hit) => !/museum/i.test(hit.article.title));
    expect(firstTitle).toBe(0);
    expect(firstTextOnly).toBeGreaterThan(0);
  });

  it('answers nothing for an empty query', () => {
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('following the list as pages arrive', () => {
  it('adds only new articles, re-reads changed ones and drops removed ones', () => {
    const index = new ArticleIndex();
    const first = articles.slice(0, 100);
    index.sync(first);
    expect(index.size).toBe(100);

    const [sample] = articles.slice(150);
    if (!sample) throw new Error('Expected a 151st article');
    const unique: Article = { ...sample, title: 'Zeppelin moored at the quay' };
    const more = [...first, ...articles.slice(100, 149), unique];
    index.sync(more);
    expect(index.size).toBe(150);
    expect(search(index, 'zeppelin', more).map((hit) => hit.article.id)).toEqual([unique.id]);

    const edited: Article = { ...unique, title: 'Airship moored at the quay' };
    const afterEdit = [...more.slice(0, -1), edited];
    index.sync(afterEdit);
    expect(search(index, 'zeppelin', afterEdit)).toEqual([]);
    expect(search(index, 'airship', afterEdit).map((hit) => hit.article)).toEqual([edited]);

    index.sync(first);
    expect(index.size).toBe(100);
    expect(search(index, 'airship', first)).toEqual([]);
  });
});

describe('articles that change again and again', () => {
  const failures: unknown[] = [];
  const failed = (reason: unknown) => failures.push(reason);
  beforeEach(() => {
    failures.length = 0;
    process.on('unhandledRejection', failed);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    process.off('unhandledRejection', failed);
  });

  const entry = (id: string, title: string, contentText = ''): SearchableArticle => ({
    id,
    title,
    contentText,
    authors: [],
    tags: [],
  });
  // A tide log: more than a thousand different words (its readings), so the index has plenty to
  // clear out when entries change.
  const readings = (n: number) =>
    Array.from({ length: 12 }, (_, i) => String(10_000 + n * 12 + i)).join(' ');
  const log = (n: number, title = `Tide log ${n}`) => entry(`log-${n}`, title, readings(n));

  it('finds each by its new words, not its old ones, with no error while old versions are cleared', async () => {
    const notice = entry('notice', 'Quay closed for repairs');
    let feed = [notice, ...Array.from({ length: 120 }, (_, n) => log(n))];
    const index = new ArticleIndex();
    index.sync(feed);
    await vi.advanceTimersByTimeAsync(100);

    // A fifth of the log is rewritten: a new word that begins like an old one ("quiet", "quay").
    feed = feed.map((article, n) => (n > 0 && n <= 25 ? log(n - 1, `Quiet night ${n}`) : article));
    index.sync(feed);
    await vi.advanceTimersByTimeAsync(100);
    feed = feed.map((article, n) => (n > 25 && n <= 50 ? log(n - 1, `Calm tide ${n}`) : article));
    index.sync(feed);
    await vi.advanceTimersByTimeAsync(100);

    expect(failures).toEqual([]);
    expect(search(index, 'quiet night', feed)).toHaveLength(25);
    expect(search(index, 'calm tide', feed)).toHaveLength(25);
    expect(search(index, 'tide log', feed)).toHaveLength(70);
    expect(search(index, 'quay', feed).map((hit) => hit.article)).toEqual([notice]);
  });
});

describe('indexing a large feed a few milliseconds at a time', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads articles for at most the given time per call, and says when it is done', () => {
    let now = 0;
    // Each article read takes a millisecond, as the clock tells it.
    vi.spyOn(performance, 'now').mockImplementation(() => now++);
    const index = new ArticleIndex();
    const reader = index.getSnapshot();
    expect(index.sync(articles, 1000)).toBe(false);
    expect(index.size).toBe(1000);
    expect(index.getSnapshot()).not.toBe(reader);
    expect(index.getSnapshot().covers(articles)).toBe(false);
    expect(index.sync(articles, 1000)).toBe(false);
    expect(index.sync(articles, 1000)).toBe(true);
    expect(index.getSnapshot().covers(articles)).toBe(true);
    const done = index.getSnapshot();
    expect(index.sync(articles, 1000)).toBe(true);
    expect(index.getSnapshot()).toBe(done);
  });

  it('tells its readers only when asked, where it reads quietly', () => {
    const index = new ArticleIndex();
    const reader = index.getSnapshot();
    expect(index.sync(articles.slice(0, 10), Infinity, true)).toBe(true);
    expect(index.getSnapshot()).toBe(reader);
    index.publish();
    expect(index.getSnapshot()).not.toBe(reader);
    expect(index.getSnapshot().covers(articles.slice(0, 10))).toBe(true);
  });

  it('reads one long article at least, however long it takes', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 50));
    const index = new ArticleIndex();
    expect(index.sync(articles, 8)).toBe(false);
    expect(index.size).toBe(1);
  });
});

describe('articles of several feeds', () => {
  it('keeps two articles with the same id from two feeds apart', () => {
    const [first] = articles;
    if (!first) throw new Error('no article');
    const origin = (feedUrl: string) => ({ feedUrl, feedParam: feedUrl, title: feedUrl });
    const here = {
      ...first,
      origin: origin('https://a.example/feed.json'),
      title: 'Lighthouse keepers',
    };
    const there = {
      ...first,
      origin: origin('https://b.example/feed.json'),
      title: 'Lighthouse lamps',
    };
    const index = new ArticleIndex();
    index.sync([here, there]);
    expect(index.size).toBe(2);
    const found = search(index, 'lighthouse', [here, there]).map((hit) => hit.article.title);
    expect(found.sort()).toEqual(['Lighthouse keepers', 'Lighthouse lamps']);
    expect(
      search(index, 'keepers', [here, there]).map((hit) => hit.article.origin?.feedUrl),
    ).toEqual(['https://a.example/feed.json']);
  });
});

describe('words written with a symbol, and single letters', () => {
  const article = (id: string, title: string, contentText: string): SearchableArticle => ({
    id,
    title,
    contentText,
    authors: [],
    tags: [],
  });
  const samples = [
    article('csharp', 'Pattern matching arrives in C# 12', 'The C# compiler checks every case.'),
    article('cabbage', 'Cooking with cabbage', 'Cabbage, carrots and cream: vitamin C all winter.'),
    article('fsharp', 'F# on .NET', 'Scripts written in F# run wherever .NET does.'),
    article('nets', 'Fishing nets mended on the quay', 'A torn net is mended by hand.'),
    article('cpp', 'C++ modules land', 'C++ builds get faster.'),
    article('gpp', 'Compiler release notes', 'The g++ driver follows.'),
    article('att', 'AT&T raises prices', 'Its customers pay more.'),
    article('dial', 'Forwarding a call', 'Put the number in the body of the `<Dial>` tag.'),
    article('tether', 'Isn’t it late?', 'It doesn’t matter at all.'),
  ];
  const index = new ArticleIndex();
  index.sync(samples);
  const found = (query: string) => search(index, query, samples).map((hit) => hit.article.id);

  it('finds C#, F#, C++ and .NET as written, not the words they are one symbol from', () => {
    expect(found('C#')).toEqual(['csharp']);
    expect(found('f#')).toEqual(['fsharp']);
    expect(found('C++')).toEqual(['cpp']);
    expect(found('.NET')).toEqual(['fsharp']);
    expect([...(search(index, 'C#', samples)[0]?.terms ?? [])]).toEqual(['c#']);
  });

  it('finds an abbreviation joined by "&" (AT&T) as written, not its letters anywhere', () => {
    expect(found('AT&T')).toEqual(['att']);
    expect([...(search(index, 'at&t', samples)[0]?.terms ?? [])]).toEqual(['at&t']);
  });

  it('finds a word written between the symbols of code ("`<Dial>`")', () => {
    expect(found('dial')).toEqual(['dial']);
  });

  it('matches a single letter as a word of its own, not as the start of every word', () => {
    expect(found('c')).toEqual(['cabbage']);
    expect([...(search(index, 'c', samples)[0]?.terms ?? [])]).toEqual(['c']);
  });

  it('still finds the words a single Chinese character begins', () => {
    const harbour = article('harbour', '港口开放', '新的港口今天开放。');
    const withHarbour = [...samples, harbour];
    const chinese = new ArticleIndex();
    chinese.sync(withHarbour);
    expect(search(chinese, '港', withHarbour).map((hit) => hit.article.id)).toEqual(['harbour']);
  });
});

describe('searching scripts where a mark or a character makes another word', () => {
  function articlesOf(name: string): Article[] {
    const result = readDocument({
      bytes: fixtureBytes('xml', name),
      contentType: 'application/rss+xml',
      pageUrl: 'https://scripts.example/feed.xml',
    });
    if (!('page' in result)) throw new Error(`${name} could not be read`);
    return result.page.articles;
  }

  /** Those found, each by whether its words hold the query as written. */
  function found(among: Article[], query: string): boolean[] {
    const index = new ArticleIndex();
    index.sync(among);
    return search(index, query, among).map((hit) =>
      Object.values(documentOf(hit.article)).join(' ').includes(query),
    );
  }

  it('finds たけ (bamboo) and not だけ (only), ヤモリ (gecko) and not メモリ (memory)', () => {
    const aozora = articlesOf(
      'movable-type-ruby-euc-jp__chardet__chardet__siesta.co.jp.aozora.xml',
    );
    expect(found(aozora, 'だけ')).toHaveLength(8);
    // Only the novel たけくらべ: no item where the word is だけ.
    expect(found(aozora, 'たけ')).toEqual([true]);
    expect(found(aozora, 'メモリ')).not.toContain(false);
  });

  it('finds ยุง (mosquito) and not ยัง (still)', () => {
    const thai = articlesOf('thai-tis-620__chardet__chardet__opentle.org.xml');
    expect(found(thai, 'ยัง').length).toBeGreaterThan(1);
    expect(found(thai, 'ยุง')).toEqual([true]);
  });

  it('forgives a typo only in a word of five letters or more: "cat" does not find car', () => {
    const index = new ArticleIndex();
    const few = [
      { id: '1', title: 'The car park', authors: [], tags: [] },
      { id: '2', title: 'A harbour view', authors: [], tags: [] },
    ];
    index.sync(few);
    expect(search(index, 'cat', few)).toEqual([]);
    expect(search(index, 'harbor', few).map((hit) => hit.article.id)).toEqual(['2']);
  });
});

describe('the order of results', () => {
  const release = (version: number, year: number): SearchableArticle => ({
    id: `v${version}`,
    title: `Harbour ${version}.0 released`,
    contentText: `Version ${version}.0 of the harbour software is out, with its notes.`,
    authors: [],
    tags: [],
    published: `${year}-05-01T00:00:00Z`,
  });

  it('lists matches about as good as each other newest first', () => {
    // As a feed lists them: not by date.
    const releases = [release(3, 2012), release(1, 2007), release(9, 2018), release(2, 2010)];
    const index = new ArticleIndex();
    index.sync(releases);
    const hits = search(index, 'released', releases).map((hit) => hit.article.id);
    expect(hits).toEqual(['v9', 'v3', 'v2', 'v1']);
  });
});
