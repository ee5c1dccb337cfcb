import { Navigate, useLocation } from 'react-router';
import { useDocumentTitle } from '../../components/document-title';
import { Link } from '../../components/link';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../config/paths';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';

/** The site's index document, as a bookmark or a host's link may name the front page. */
const INDEX_DOCUMENT = /^\/index\.html?$/i;

export function NotFoundPage() {
  const { pathname, search, hash } = useLocation();
  if (INDEX_DOCUMENT.test(pathname)) {
    return <Navigate replace to={{ pathname: paths.home(), search, hash }} />;
  }
  return <NotFound />;
}

function NotFound() {
  const { link } = useFeedSource();
  useDocumentTitle('Page not found · Broadsheet');
  return (
    <div className="not-found">
      <PageHeading>Page not found</PageHeading>
      <p>There is nothing at this address.</p>
      <p>
        <Link to={link(paths.home())}>Back to the front page</Link>
      </p>
    </div>
  );
}
