import { keepWanted } from '../features/feed/api/retention';
import { articleKey } from '../lib/article-ref';
import { own } from '../lib/own';

// Articles a feed has dropped are kept up to a limit; past it, never an unread or a saved one.
// The stores that tell load only when that is asked, which is rare: the first page of a feed
// read again with more dropped articles than the limit.
keepWanted(async () => {
  const [{ useReadingStore }, { savedKey, useSavedStore }] = await Promise.all([
    import('../features/reading/store/reading-store'),
    import('../features/offline/store/saved-store'),
  ]);
  return ({ feedUrl, id }) => {
    const { read } = useReadingStore.getState();
    const saved = own(useSavedStore.getState().saved, savedKey(feedUrl, id));
    return !Object.hasOwn(read, articleKey({ feedUrl, id })) || Boolean(saved && !saved.removedAt);
  };
});
