import { Link } from '../../../components/link';
import { withFeed } from '../../../config/paths';
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
  const choices = error instanceof LoadError ? error.choices : [];
  return (
    <div role="alert" className="notice notice-error">
      <p className="notice-title">{title}</p>
      <p>{message}</p>
      {choices.length > 0 && (
        <ul className="feed-choices">
          {choices.map((choice) => (
            <li key={choice.url}>
              <Link to={withFeed('/', choice.url)}>{choice.title ?? choice.url}</Link>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
