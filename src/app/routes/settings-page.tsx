import { PageHeading } from '../../components/page-heading';

export function SettingsPage() {
  return <PageHeading>SettingsPage</PageHeading>;
}
