import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/document-title';
import { feedPageQuery } from '../../features/feed/api/queries';
import { SavedList } from '../../features/offline/components/saved-list';
import { useSubscriptions } from '../../features/subscriptions/hooks/use-subscriptions';
import { connectEntryList } from '../shortcut-targets';

export function SavedPage() {
  useDocumentTitle('Saved for offline · Broadsheet');
  const subscriptions = useSubscriptions();
  const client = useQueryClient();
  // Each saved article says which feed it is from, as the reader named it; one not followed
  // (read by ?feed=), as it names itself.
  const feedName = useMemo(() => {
    const names = new Map(subscriptions.map((feed) => [feed.feedUrl, feed.title]));
    return (feedUrl: string) =>
      names.get(feedUrl) ??
      client.getQueryData(feedPageQuery(feedUrl, feedUrl).queryKey)?.feed.title;
  }, [subscriptions, client]);
  return (
    <>
      <PageHeading className="page-title">Saved for offline</PageHeading>
      <SavedList ref={connectEntryList} feedName={feedName} />
    </>
  );
}
