import { PageHeading } from '../../components/page-heading';

export function ArchivePage() {
  return <PageHeading>ArchivePage</PageHeading>;
}
