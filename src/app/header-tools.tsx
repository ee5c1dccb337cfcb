import { useFeedSource } from '../features/feed/hooks/use-feed-source';
import { SearchBox } from '../features/search/components/search-box';
import { QuickSettings } from '../features/settings/components/quick-settings';

/** The search box and quick settings in the site header. */
export function HeaderTools() {
  const { link } = useFeedSource();
  return (
    <div className="header-tools">
      <SearchBox link={link} />
      <QuickSettings />
    </div>
  );
}
