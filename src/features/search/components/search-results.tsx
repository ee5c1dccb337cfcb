import { useMemo, useState } from 'react';
import type { Ref } from 'react';
import { entryElements, entryKeyOf } from '../../../components/entry-elements';
import { useEntryNavigation, useFocusAdded } from '../../../components/entry-navigation';
import type { EntryListHandle } from '../../../components/entry-navigation';
import { useHistoryState } from '../../../lib/history-state';
import type { SearchHit } from '../utils/article-index';
import { SearchResult } from './search-result';

/** Results shown at a time: a common word in a large feed matches thousands. */
const RESULT_STEP = 50;

interface SearchResultsProps {
  hits: SearchHit[];
  link: (path: string) => string;
  /** Newer text has been typed and its results are on the way. */
  stale: boolean;
  /** Moves and opens the current result, as in a list: the app gives it to the keyboard shortcuts. */
  ref?: Ref<EntryListHandle>;
}

export function SearchResults({ hits, link, stale, ref }: SearchResultsProps) {
  // Kept with the history entry: back from a result past the first step, it is listed again.
  const [shown, setShown] = useHistoryState('shown', RESULT_STEP);
  const listed = useMemo(() => hits.slice(0, shown), [hits, shown]);
  const order = useMemo(() => listed.map((hit) => entryKeyOf(hit.article)), [listed]);
  const [entries] = useState(entryElements);
  const current = useEntryNavigation(ref, order, entries);
  const focusAdded = useFocusAdded(order, entries);
  return (
    <>
      <ol className="search-results" aria-label="Search results" aria-busy={stale}>
        {listed.map((hit, index) => (
          <SearchResult
            key={order[index]}
            hit={hit}
            link={link}
            current={order[index] === current}
            entries={entries}
          />
        ))}
      </ol>
      {hits.length > shown && (
        <div className="list-end">
          <button
            type="button"
            className="button"
            onClick={() => {
              focusAdded.adding(listed.length);
              setShown(shown + RESULT_STEP);
            }}
          >
            More results
          </button>
        </div>
      )}
    </>
  );
}
