import { useDocumentTitle } from '../components/document-title';

/** What a page throws ends here: a message and a way forward, never a blank page. */
export function RouteError({ error }: { error: Error }) {
  useDocumentTitle('Something went wrong · Broadsheet');
  return (
    <div role="alert" className="notice notice-error route-error">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Nothing you wrote has been lost.</p>
      <p className="muted">Details: {error.message || 'an unknown error.'}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        <a href="/">Back to the front page</a>
      </p>
    </div>
  );
}
