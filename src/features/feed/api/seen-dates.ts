import type { FeedPage } from './types';

/**
 * A feed's first page, its undated articles with the time the reader's copy first listed them
 * (`seen`): kept from the copy before, else the time of this read, a millisecond apart in the
 * feed's order. A list of many feeds then places an undated post where it arrived, as readers
 * do, and a new one above those before it, instead of all of them below every dated post, where
 * nobody scrolls. The same page object where none is new.
 */
export function withSeenDates(
  previous: FeedPage | undefined,
  page: FeedPage,
  now = Date.now(),
): FeedPage {
  if (page.articles.every((article) => article.published || article.seen)) return page;
  const before = new Map<string, string>();
  for (const article of previous?.articles ?? []) {
    if (article.seen) before.set(article.id, article.seen);
  }
  const articles = page.articles.map((article, index) =>
    article.published || article.seen
      ? article
      : { ...article, seen: before.get(article.id) ?? new Date(now - index).toISOString() },
  );
  return { ...page, articles };
}
