import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../components/document-title';
import { Link } from '../../components/link';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../config/paths';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';

/** The site's index document, as a bookmark or a host's link may name the front page. */
const INDEX_DOCUMENT = /^\/index\.html?$/i;

export function NotFoundPage() {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const index = INDEX_DOCUMENT.test(pathname);
  // Not React Router's <Navigate>, which would add its code to the first screen's.
  useEffect(() => {
    if (index) void navigate({ pathname: paths.home(), search, hash }, { replace: true });
  }, [index, navigate, search, hash]);
  return index ? null : <NotFound />;
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
