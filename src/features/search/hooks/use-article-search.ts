import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { positionToRestore } from '../../../components/scroll-restoration';
import { ArticleIndex, searchKey } from '../utils/article-index';
import type { SearchHit } from '../utils/article-index';
import type { SearchableArticle } from '../types';

/** Milliseconds of reading articles into the index between pauses. */
const STEP_MS = 8;
/**
 * How often the results are searched again as the index grows: a search of hundreds of hits
 * and their rendering take tens of milliseconds, too many to follow each step.
 */
const SHOWN_EVERY_MS = 300;

export interface ArticleSearch<A extends SearchableArticle> {
  hits: SearchHit<A>[];
  /** Every article is in the index, so the hits are complete. */
  ready: boolean;
}

/**
 * Searches `articles` for `query`. One index lives as long as the component and follows the
 * list: a newly loaded page only adds its own articles, and typing only queries it. A large
 * feed is read a few milliseconds at a time between pauses, so the page stays responsive while
 * it is indexed; but back to a place down the results, it is read at once, so that the results
 * (and the place) are there in the first commit, where scroll restoration returns to it.
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
    let shown = -Infinity;
    const step = () => {
      const done = index.sync(articles, STEP_MS, true);
      if (done || performance.now() - shown >= SHOWN_EVERY_MS) {
        index.publish();
        shown = performance.now();
      }
      if (!done) timer = window.setTimeout(step, 0);
    };
    step();
    return () => window.clearTimeout(timer);
  }, [index, articles]);

  const byId = useMemo(
    () => new Map(articles.map((article) => [searchKey(article), article])),
    [articles],
  );
  // A new reader comes every few hundred milliseconds, so results grow while a large feed is
  // indexed.
  const hits = useMemo(() => reader.search(query, byId), [reader, query, byId]);
  const ready = useMemo(() => reader.covers(articles), [reader, articles]);
  return { hits, ready };
}
