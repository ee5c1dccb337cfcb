import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/document-title';
import { SavedList } from '../../features/offline/components/saved-list';

export function SavedPage() {
  useDocumentTitle('Saved for offline · Broadsheet');
  return (
    <>
      <PageHeading className="page-title">Saved for offline</PageHeading>
      <SavedList />
    </>
  );
}
