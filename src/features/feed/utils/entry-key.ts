import { articleKey } from '../../../lib/article-ref';
import type { Article } from '../api/types';

/**
 * What a list knows an entry by. Ids are unique within one feed, so a one-feed list uses the
 * id; a list of several feeds' articles uses the feed and the id.
 */
export function entryKeyOf(article: Article): string {
  return article.origin
    ? articleKey({ feedUrl: article.origin.feedUrl, id: article.id })
    : article.id;
}
