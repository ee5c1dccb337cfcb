import { LoadError } from '../../../lib/http';

/** A load failure in plain words, with a way forward. */
export function FeedError({
  error,
  onRetry,
  title = 'This feed could not be loaded.',
}: {
  error: Error;
  onRetry: () => void;
  title?: string;
}) {
  const message =
    error instanceof LoadError
      ? error.message
      : 'Something unexpected went wrong while reading it.';
  return (
    <div role="alert" className="notice notice-error">
      <p className="notice-title">{title}</p>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
