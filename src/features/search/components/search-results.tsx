import { useState } from 'react';
import type { SearchHit } from '../utils/article-index';
import { SearchResult } from './search-result';

/** Results shown at a time: a common word in a large feed matches thousands. */
const RESULT_STEP = 50;

interface SearchResultsProps {
  hits: SearchHit[];
  link: (path: string) => string;
  /** Newer text has been typed and its results are on the way. */
  stale: boolean;
}

export function SearchResults({ hits, link, stale }: SearchResultsProps) {
  const [shown, setShown] = useState(RESULT_STEP);
  return (
    <>
      <ol className="search-results" aria-label="Search results" aria-busy={stale}>
        {hits.slice(0, shown).map((hit) => (
          <SearchResult key={hit.article.id} hit={hit} link={link} />
        ))}
      </ol>
      {hits.length > shown && (
        <div className="list-end">
          <button type="button" className="button" onClick={() => setShown(shown + RESULT_STEP)}>
            More results
          </button>
        </div>
      )}
    </>
  );
}
