import { useLocation } from 'react-router';
import { folderOf } from '../../config/paths';
import { RiverPage } from '../river/river-page';

/** A folder's own page: the river of the subscriptions in it. */
export function FolderPage() {
  const folder = folderOf(useLocation().pathname) ?? '';
  return <RiverPage key={folder} folder={folder} />;
}
