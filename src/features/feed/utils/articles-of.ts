import type { Article, FeedPage } from '../api/types';

/** Every article of the pages, once each, in feed order. */
export function articlesOf(pages: FeedPage[]): Article[] {
  const seen = new Set<string>();
  return pages.flatMap((page) =>
    page.articles.filter((article) => !seen.has(article.id) && Boolean(seen.add(article.id))),
  );
}
