import { useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { useSearchQuery } from '../hooks/use-search-query';
import '../search.css';

/** How long typing pauses before the search page's address (and so its results) follows. */
const TYPING_DELAY = 150;

interface SearchBoxProps {
  /** An in-app path that keeps reading the same feed (`?feed=`). */
  link: (path: string) => string;
}

/**
 * The header's search form. Elsewhere it opens the search page on submit; on the search page
 * the results follow the text as it is typed, replacing the history entry instead of adding one.
 */
export function SearchBox({ link }: SearchBoxProps) {
  const inputId = useId();
  const navigate = useNavigate();
  const urlQuery = useSearchQuery();
  const live = urlQuery !== undefined;
  const query = urlQuery ?? '';
  const [text, setText] = useState(query);
  const [syncedQuery, setSyncedQuery] = useState(query);
  // The query this box last put in the address; its arrival must not reset what is typed since.
  const [sentQuery, setSentQuery] = useState<string | null>(null);
  const timer = useRef(0);

  if (query !== syncedQuery) {
    setSyncedQuery(query);
    if (query === sentQuery) setSentQuery(null);
    else setText(query);
  }

  // Leaving the search page cancels a pending update, which would otherwise bring it back.
  useEffect(() => () => window.clearTimeout(timer.current), [live]);

  const send = (value: string) => {
    window.clearTimeout(timer.current);
    const next = value.trim();
    setSentQuery(next);
    void navigate(link(paths.search(next)), { replace: live });
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setText(value);
    if (!live) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => send(value), TYPING_DELAY);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(text);
  };

  return (
    <form role="search" aria-label="Search" className="search-box" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="visually-hidden">
        Search
      </label>
      <input
        id={inputId}
        dir="auto"
        type="search"
        name="q"
        value={text}
        onChange={onChange}
        autoComplete="off"
        enterKeyHint="search"
        placeholder="Search articles"
        className="search-input"
      />
      <button type="submit" className="button search-button">
        Search
      </button>
    </form>
  );
}
