import { DEFAULT_FEED_URL } from '../../config/env';
import { feedParamOf } from '../../config/paths';
import type { Article, FeedPage } from '../../features/feed/api/types';
import { timeOf } from '../../features/feed/utils/group-by-day';
import type { Subscription } from '../../features/subscriptions/store/subscription-data';
import { absoluteUrl } from '../../lib/http';

/**
 * Several feeds' pages as one list of articles, each naming its feed: the river's own rules,
 * free of React, shared by the app (use-river.ts) and the screen drawn before it
 * (src/first-paint/river-screen.ts).
 */

export interface RiverPage {
  subscription: Subscription;
  /** Its feed's first page. */
  first: boolean;
}

/** The `?feed=` value a feed's links carry: none for the bundled feed, as everywhere. */
export function feedParamFor(feedUrl: string): string | null {
  return feedUrl === absoluteUrl(DEFAULT_FEED_URL) ? null : feedParamOf(feedUrl);
}

/**
 * Articles of one page stamped with their feed, once per page object: a refresh that changes
 * one feed makes new entries for that feed alone.
 */
const stamped = new WeakMap<FeedPage, { title: string; articles: Article[] }>();

function articlesOf(page: FeedPage, subscription: Subscription): Article[] {
  const known = stamped.get(page);
  if (known?.title === subscription.title) return known.articles;
  const { feedUrl, title } = subscription;
  const origin = { feedUrl, feedParam: feedParamFor(feedUrl), title, icon: page.feed.icon };
  const articles = page.articles.map((article) => ({ ...article, origin }));
  stamped.set(page, { title, articles });
  return articles;
}

/**
 * The keys a post goes by wherever it is published: its page and title, written alike (a site's
 * RSS and Atom feeds carry the same posts); and where its title begins with a name as planets
 * write their writers' ("Ana Silva: Title", "Ana Silva - Title"), its page and the rest.
 */
export function postKeys({ url, title }: Article): string[] {
  if (!url) return [];
  const page = url.replace(/^https?:\/\/|\/$/g, '');
  const name = title.trim().toLowerCase();
  const rest = /^[^:]{1,80}?(?::| [-–—]) (.+)/u.exec(name)?.[1];
  return rest ? [`${page} ${name}`, `${page} ${rest}`] : [`${page} ${name}`];
}

/**
 * The articles of the pages, in order, each once per feed, and a post that two feeds carry
 * (a site's RSS and Atom feeds, its main feed and a category's, a planet and its writer's blog)
 * once: the first feed's. The copies left out, where `copies` is given, go there.
 */
export function mergeArticles(
  shown: readonly RiverPage[],
  pages: readonly (FeedPage | undefined)[],
  copies?: Article[],
) {
  const articles: Article[] = [];
  const posts = new Map<string, Subscription>();
  let ids = new Set<string>();
  pages.forEach((page, index) => {
    const here = shown[index];
    if (!page || !here) return;
    // A feed's older page can repeat an item of the page before (the feed moved on between
    // reads): only its own older pages are checked, a first page holds each item once.
    if (here.first) ids = new Set();
    // Remembered only for a feed whose older pages follow.
    const more = shown[index + 1]?.subscription === here.subscription;
    for (const article of articlesOf(page, here.subscription)) {
      if (!here.first && ids.has(article.id)) continue;
      const keys = postKeys(article);
      const carrier = keys.map((key) => posts.get(key)).find(Boolean);
      if (carrier && carrier !== here.subscription) {
        copies?.push(article);
        continue;
      }
      if (!carrier) for (const key of keys) posts.set(key, here.subscription);
      if (more) ids.add(article.id);
      articles.push(article);
    }
  });
  return articles;
}

/**
 * The articles the river can show in full. A feed with older pages not yet read may hold, in
 * those pages, entries newer than another feed's oldest one read: shown now, that entry would
 * later have "Older posts" insert entries above it, under the reader's eyes. So entries older
 * than the newest such line wait for "Older posts", which then only ever adds below what is
 * shown. A feed's line is the oldest dated entry of its pages read; undated entries, listed
 * last, wait until no feed has older pages.
 */
export function withinHorizon(
  shown: readonly RiverPage[],
  pages: readonly (FeedPage | undefined)[],
  articles: Article[],
): Article[] {
  let horizon = -Infinity;
  let oldest = Infinity;
  pages.forEach((page, index) => {
    const here = shown[index];
    if (!here) return;
    if (here.first) oldest = Infinity;
    for (const article of page?.articles ?? []) {
      const time = timeOf(article);
      if (time < oldest) oldest = time;
    }
    // A feed's first items stand for the whole page: the rest of it is older.
    const last = shown[index + 1]?.subscription !== here.subscription;
    const more = page?.nextUrl !== undefined || page?.partial === true;
    if (last && more && oldest !== Infinity) horizon = Math.max(horizon, oldest);
  });
  return horizon === -Infinity
    ? articles
    : articles.filter((article) => timeOf(article) >= horizon);
}
