import { useDocumentTitle } from '../components/document-title';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Whatever a route throws ends here: a message and a way forward, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'An unknown error occurred.';
  useDocumentTitle('Something went wrong · Broadsheet');
  return (
    <div role="alert" className="notice notice-error route-error">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Nothing you wrote has been lost.</p>
      <p className="muted">Details: {message}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        <Link to="/">Back to the front page</Link>
      </p>
    </div>
  );
}
