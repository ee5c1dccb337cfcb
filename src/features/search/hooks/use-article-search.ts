import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { positionToRestore } from '../../../components/scroll-restoration';
import { ArticleIndex, searchKey } from '../utils/article-index';
import type { SearchHit } from '../utils/article-index';
import type { SearchableArticle } from '../types';

/** Articles read into the index between pauses: a few milliseconds' work each time. */
const CHUNK = 150;

export interface ArticleSearch<A extends SearchableArticle> {
  hits: SearchHit<A>[];
  /** Every article is in the index, so the hits are complete. */
  ready: boolean;
}

/**
 * Searches `articles` for `query`. One index lives as long as the component and follows the
 * list: a newly loaded page only adds its own articles, and typing only queries it. A large
 * feed is read in chunks between pauses, so the page stays responsive while it is indexed;
 * but back to a place down the results, it is read at once, so that the results (and the
 * place) are there in the first commit, where scroll restoration returns to it.
 */
export function useArticleSearch<A extends SearchableArticle>(
  articles: readonly A[],
  query: string,
): ArticleSearch<A> {
  const { key } = useLocation();
  const [index] = useState(() => {
    const index = new ArticleIndex();
    if (positionToRestore(key) !== undefined) index.sync(articles);
    return index;
  });
  const reader = useSyncExternalStore(index.subscribe, index.getSnapshot);

  useEffect(() => {
    let timer = 0;
    const step = () => {
      if (!index.sync(articles, CHUNK)) timer = window.setTimeout(step, 0);
    };
    step();
    return () => window.clearTimeout(timer);
  }, [index, articles]);

  const byId = useMemo(
    () => new Map(articles.map((article) => [searchKey(article), article])),
    [articles],
  );
  // A new reader comes with each chunk read, so results grow while a large feed is indexed.
  const hits = useMemo(() => reader.search(query, byId), [reader, query, byId]);
  const ready = useMemo(() => reader.covers(articles), [reader, articles]);
  return { hits, ready };
}
