import { articleKey } from '../../../lib/article-ref';

/** Threads are keyed by feed and article, so two feeds with the same item id never share one. */
export function threadKey(feedUrl: string, articleId: string): string {
  return articleKey({ feedUrl, id: articleId });
}
