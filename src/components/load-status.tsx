import { useState } from 'react';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { paths, withFeed } from '../config/paths';
import { LoadError } from '../lib/http';
import { Link } from './link';

/** What a status needs to know of a query. */
export interface LoadState {
  data: unknown;
  error: Error | null;
  fetchStatus: 'fetching' | 'paused' | 'idle';
}

interface LoadStatusProps {
  query: LoadState;
  /** Said while the first answer is on its way ("Loading articles…"); omitted, nothing is. */
  loading?: string;
  /** Said when the request waits for a network and nothing saved can stand in. */
  offline: string;
  /** The error's first line: "This feed could not be loaded." */
  errorTitle: string;
  onRetry: () => void;
  className?: string;
}

/**
 * What a screen shows until its data is there: "loading"; "offline" for a request paused for
 * lack of network (never an endless spinner); or the error in plain words with "Try again".
 * Nothing once the data is there: a failed refresh leaves what is shown alone.
 */
export function LoadStatus({
  query,
  loading,
  offline,
  errorTitle,
  onRetry,
  className,
}: LoadStatusProps) {
  // The error stays shown while "Try again" asks again (the query forgets it meanwhile): the
  // button keeps the focus it was pressed with, and says it is trying. Until an answer comes.
  const [retried, setRetried] = useState<Error | null>(null);
  const answered = query.data !== undefined || (query.error && query.error !== retried);
  if (retried && answered) setRetried(null);
  const retrying = !query.error && query.fetchStatus === 'fetching' ? retried : null;
  const retry = () => {
    setRetried(query.error);
    onRetry();
  };
  if (query.data !== undefined) return null;
  if (query.fetchStatus === 'paused') {
    return (
      <p role="status" className="notice">
        {offline}
      </p>
    );
  }
  const error = query.error ?? retrying;
  if (error) {
    return (
      <ErrorNotice
        title={errorTitle}
        error={error}
        onRetry={retry}
        className={className}
        retrying={error === retrying}
      />
    );
  }
  if (!loading) return null;
  return (
    <p role="status" className="loading">
      {loading}
    </p>
  );
}

/** An address that gave no feed but a web page naming several: no failure, a choice to make. */
export function isChoice(error: unknown): error is LoadError {
  return error instanceof LoadError && error.kind === 'choose';
}

/** A load failure in plain words, with a way forward. */
export function ErrorNotice({
  title,
  error,
  onRetry,
  className,
  retrying = false,
}: {
  title: ReactNode;
  error: Error;
  onRetry: () => void;
  className?: string;
  /** Asked again, not answered yet. */
  retrying?: boolean;
}) {
  const message =
    error instanceof LoadError
      ? error.message
      : 'Something unexpected went wrong while reading it.';
  // A page that names several feeds is no failure: the reader picks one.
  const choosing = isChoice(error);
  const kind = choosing ? 'notice' : 'notice notice-error';
  const words = (
    <>
      <p className="notice-title">{choosing ? 'This address is a web page.' : title}</p>
      <p>{message}</p>
    </>
  );
  // The feeds to choose from are what is said; a failure's way forward (the setting, "Try
  // again") is not read into the alert.
  return choosing ? (
    <div role="status" className={className ? `${kind} ${className}` : kind}>
      {words}
      <ul className="feed-choices">
        {error.choices.map((choice) => (
          <li key={choice.url}>
            <Link to={withFeed('/', choice.url)}>{choice.title ?? choice.url}</Link>
          </li>
        ))}
      </ul>
    </div>
  ) : (
    <div className={className ? `${kind} ${className}` : kind}>
      <div role="alert">{words}</div>
      {error instanceof LoadError && error.kind === 'blocked' && <RelaySettingLink />}
      <button
        type="button"
        className="button"
        onClick={() => retrying || onRetry()}
        aria-disabled={retrying || undefined}
        aria-busy={retrying}
      >
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}

/** The way forward for a feed the browser may not read: the relay setting, a click away. */
function RelaySettingLink() {
  const [search] = useSearchParams();
  return (
    <p>
      <Link to={withFeed(paths.settings(), search.get('feed'))}>
        Set “Fetch feeds through” in Settings
      </Link>
    </p>
  );
}
