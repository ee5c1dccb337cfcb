import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../../../components/document-title';
import type { EntryListHandle } from '../../../components/entry-navigation';
import { plural } from '../../../lib/plural';
import { truncateAtWord } from '../../../lib/text';
import { useArticleSearch } from '../hooks/use-article-search';
import type { SearchableArticle } from '../types';
import { MAX_QUERY_WORDS, queryWords } from '../utils/article-index';
import { SearchResults } from './search-results';
import '../search.css';

/** How much of a query is said back. */
const SAID_LENGTH = 100;

interface SearchViewProps {
  /** The text to search for, from the address. */
  query: string;
  /** Every article loaded so far. */
  articles: readonly SearchableArticle[];
  link: (path: string) => string;
  /** The first page is still on its way. */
  loading: boolean;
  /** Some feeds' articles are still on their way: the results so far are not all there are. */
  arriving?: boolean;
  /** Reads the next older page of the feed; absent when there is none. */
  onLoadOlder?: () => void;
  loadingOlder?: boolean;
  /** A load error or offline notice, from the app. */
  notice?: ReactNode;
  /** Moves and opens the current result, as in a list: the app gives it to the keyboard shortcuts. */
  ref?: Ref<EntryListHandle>;
}

export function SearchView({
  query,
  articles,
  link,
  loading,
  arriving = false,
  onLoadOlder,
  loadingOlder = false,
  notice,
  ref,
}: SearchViewProps) {
  // Typing changes `query` often; results render behind it without holding the keyboard up.
  const shownQuery = useDeferredValue(query).trim();
  const { hits, ready } = useArticleSearch(articles, shownQuery);
  // Said back by its beginning: a pasted page would be read out whole.
  const said = truncateAtWord(shownQuery, SAID_LENGTH);
  const cut = useMemo(() => queryWords(shownQuery).cut, [shownQuery]);
  useDocumentTitle(shownQuery ? `Search: ${said} · Broadsheet` : 'Search · Broadsheet');

  let summary = '';
  if (loading) summary = 'Loading articles…';
  else if (shownQuery && !ready) summary = 'Searching…';
  else if (shownQuery && hits.length === 0) {
    summary = arriving
      ? `No articles match “${said}” yet. More are loading…`
      : `No articles match “${said}”.`;
  } else if (shownQuery) {
    summary = `${plural(hits.length, { one: '# result', other: '# results' })} for “${said}”`;
    if (arriving) summary += ' so far. More articles are loading…';
  }
  if (shownQuery && !loading && cut) {
    summary += ` Only its first ${MAX_QUERY_WORDS} words were searched for.`;
  }

  return (
    <div className="search-page">
      <SearchHeading />
      <p role="status" className="search-summary">
        {summary}
      </p>
      {notice}
      {!shownQuery && !loading && (
        <p className="search-hint">
          Type in the search box to find articles by title, text, author or tag. Searching{' '}
          {plural(articles.length, { one: 'the # loaded article', other: 'the # loaded articles' })}
          .
        </p>
      )}
      {hits.length > 0 && (
        <SearchResults
          key={shownQuery}
          hits={hits}
          link={link}
          stale={!ready || shownQuery !== query.trim()}
          ref={ref}
        />
      )}
      {onLoadOlder && !loading && (
        <div className="list-end">
          <p className="muted">
            {plural(articles.length, {
              one: 'Searched the newest article.',
              other: 'Searched the newest # articles.',
            })}
          </p>
          <button
            type="button"
            className="button"
            // Not `disabled` while it reads: a disabled button loses the focus it had.
            onClick={() => loadingOlder || onLoadOlder()}
            aria-disabled={loadingOlder || undefined}
            aria-busy={loadingOlder}
          >
            {loadingOlder ? 'Loading older posts…' : 'Search older posts'}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Takes focus when the page opens, like other pages' headings, but not when typing replaces
 * the address: focus must stay in the search box then.
 */
function SearchHeading() {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const [openedByNavigation] = useState(key !== 'default');
  useEffect(() => {
    if (openedByNavigation) ref.current?.focus({ preventScroll: true });
  }, [openedByNavigation]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      Search
    </h1>
  );
}
