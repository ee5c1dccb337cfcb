import { useMemo } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/document-title';
import { SavedList } from '../../features/offline/components/saved-list';
import { useSubscriptions } from '../../features/subscriptions/hooks/use-subscriptions';

export function SavedPage() {
  useDocumentTitle('Saved for offline · Broadsheet');
  const subscriptions = useSubscriptions();
  // Each saved article says which feed it is from, as the reader named it.
  const feedName = useMemo(() => {
    const names = new Map(subscriptions.map((feed) => [feed.feedUrl, feed.title]));
    return (feedUrl: string) => names.get(feedUrl);
  }, [subscriptions]);
  return (
    <>
      <PageHeading className="page-title">Saved for offline</PageHeading>
      <SavedList feedName={feedName} />
    </>
  );
}
