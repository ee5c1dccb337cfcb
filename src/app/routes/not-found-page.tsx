import { useDocumentTitle } from '../../components/document-title';
import { Link } from '../../components/link';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../config/paths';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';

export function NotFoundPage() {
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
