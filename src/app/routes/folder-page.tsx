import { useLocation } from 'react-router';
import { folderOf } from '../../config/paths';
import { useSubscriptions } from '../../features/subscriptions/hooks/use-subscriptions';
import { inFolder } from '../../features/subscriptions/store/subscription-data';
import { RiverPage } from '../river/river-page';

/**
 * A folder's own page: the river of the subscriptions in it. An address may name the folder
 * in another case or spacing ("/folders/tech"): the page is the folder's, under its own name.
 */
export function FolderPage() {
  const named = folderOf(useLocation().pathname) ?? '';
  const folder = inFolder(useSubscriptions(), named)[0]?.folder ?? named;
  return <RiverPage key={named} folder={folder} />;
}
