import { useDocumentTitle } from '../../components/document-title';
import { PageHeading } from '../../components/page-heading';
import { SettingsForm } from '../../features/settings/components/settings-form';
import { BackupPanel } from '../backup-panel';
import { SetAsidePanel } from '../set-aside-panel';

export function SettingsPage() {
  useDocumentTitle('Settings · Broadsheet');
  return (
    <>
      <PageHeading className="page-title">Settings</PageHeading>
      <SettingsForm />
      <BackupPanel />
      <SetAsidePanel />
    </>
  );
}
