import type { QueryClient } from '@tanstack/react-query';
import { queryOptions } from '@tanstack/react-query';
import { addressKey } from '../../../lib/address-key';
import { LoadError } from '../../../lib/http';
import { articlesOf } from '../utils/articles-of';
import { sortNewestFirst } from '../utils/group-by-day';
import { pagesAtHand, readPages } from './page-walk';
import { feedKeys, feedPageQuery, PAGE_STALE_TIME, readPage } from './queries';
import type { Article, FeedInfo, FeedPage } from './types';

// Kept apart from the list's queries: only the article page and saving need these.

interface ArticleLink {
  id: string;
  title: string;
}

export interface ArticleResult {
  article: Article;
  feed: FeedInfo;
  newer?: ArticleLink;
  older?: ArticleLink;
}

/** One article with its neighbours, found in the pages it takes to reach it. */
export function articleQuery(feedUrl: string, id: string) {
  return queryOptions({
    queryKey: feedKeys.item(feedUrl, id),
    queryFn: ({ client }) => findArticle(client, feedUrl, id),
    staleTime: PAGE_STALE_TIME,
  });
}

/**
 * The article from pages already in the cache, without a request; undefined when not there.
 * With `settled: false`, also one whose older neighbour is on a page not read yet (the last of
 * a page, the next one never asked for): something to show while that page is read.
 */
export function findCachedArticle(
  client: QueryClient,
  feedUrl: string,
  id: string,
  { settled = true } = {},
): ArticleResult | undefined {
  const pages: FeedPage[] = [];
  const cached = (url: string) => client.getQueryData(feedPageQuery(feedUrl, url).queryKey);
  for (const page of pagesAtHand(feedUrl, cached)) {
    pages.push(page);
    const found = locate(pages, id);
    if (found && isSettled(found, page)) return found;
  }
  return settled ? undefined : locate(pages, id);
}

/** The ids of the articles the feed's cached pages hold, as findCachedArticle walks them. */
export function cachedArticleIds(client: QueryClient, feedUrl: string): Set<string> {
  const cached = (url: string) => client.getQueryData(feedPageQuery(feedUrl, url).queryKey);
  return new Set(articlesOf([...pagesAtHand(feedUrl, cached)]).map(({ id }) => id));
}

/**
 * The articles in the cache by the key of their pages' addresses (addressKey): of every feed
 * read, the feed `preferred` winning where two carry the same page.
 */
export function cachedArticlesByAddress(
  client: QueryClient,
  preferred: string,
): Map<string, { feedUrl: string; id: string }> {
  const found = new Map<string, { feedUrl: string; id: string }>();
  const pages = client
    .getQueryCache()
    .findAll({ queryKey: ['feed'] })
    .filter(({ queryKey }) => queryKey[2] === 'page')
    // The preferred feed's last, so that its articles are the ones kept.
    .sort(
      (one, other) =>
        Number(one.queryKey[1] === preferred) - Number(other.queryKey[1] === preferred),
    );
  for (const { queryKey, state } of pages) {
    const feedUrl = String(queryKey[1]);
    for (const { url, id } of (state.data as FeedPage | undefined)?.articles ?? []) {
      if (url) found.set(addressKey(url), { feedUrl, id });
    }
  }
  return found;
}

async function findArticle(
  client: QueryClient,
  feedUrl: string,
  id: string,
): Promise<ArticleResult> {
  const pages: FeedPage[] = [];
  try {
    for await (const page of readPages(feedUrl, (url) => readPage(client, feedUrl, url))) {
      pages.push(page);
      const found = locate(pages, id);
      if (found && isSettled(found, page)) return found;
    }
  } catch (error) {
    // An older page that cannot be read (gone, another site's that does not let this one read
    // it, the network down) leaves an article found before it without its older neighbour; so
    // does a cached page that could not be read again (offline, its copy out of date).
    const found = locate(pages, id) ?? findCachedArticle(client, feedUrl, id, { settled: false });
    if (found) return found;
    // The feed was read, but not as far as the article: the reader is told which part failed.
    if (pages.length > 0 && error instanceof LoadError) {
      throw new LoadError(
        error.kind,
        `It is not among the feed's latest posts, and its older posts could not be loaded: ${error.message}`,
        error.status,
      );
    }
    throw error;
  }
  const found = locate(pages, id);
  if (found) return found;
  throw new LoadError('not-found', 'Article not found');
}

/**
 * The newest `count` articles of a feed, reading as many pages as that takes: fewer where an
 * older page cannot be read.
 */
export async function latestArticles(
  client: QueryClient,
  feedUrl: string,
  count: number,
): Promise<Article[]> {
  const articles: Article[] = [];
  try {
    for await (const page of readPages(feedUrl, (url) => readPage(client, feedUrl, url))) {
      articles.push(...page.articles);
      if (articles.length >= count) break;
    }
  } catch (error) {
    if (articles.length === 0) throw error;
  }
  return sortNewestFirst(articles).slice(0, count);
}

/** The newest `count` articles of a feed among its pages in the cache, without a request. */
export function cachedLatestArticles(
  client: QueryClient,
  feedUrl: string,
  count: number,
): Article[] {
  const cached = (url: string) => client.getQueryData(feedPageQuery(feedUrl, url).queryKey);
  return sortNewestFirst(articlesOf([...pagesAtHand(feedUrl, cached)])).slice(0, count);
}

/** Found, and its older neighbour is known (or there is no further page to hold it). */
function isSettled(found: ArticleResult, lastPage: FeedPage): boolean {
  return found.older !== undefined || lastPage.nextUrl === undefined;
}

/** The article and those beside it in the list's order: newest first, whatever the feed's. */
function locate(pages: FeedPage[], id: string): ArticleResult | undefined {
  const articles = sortNewestFirst(articlesOf(pages));
  const index = articles.findIndex((article) => article.id === id);
  const article = articles[index];
  const first = pages[0];
  if (!article || !first) return undefined;
  return {
    article,
    feed: first.feed,
    newer: linkTo(articles[index - 1]),
    older: linkTo(articles[index + 1]),
  };
}

function linkTo(article: Article | undefined): ArticleLink | undefined {
  return article && { id: article.id, title: article.title };
}
