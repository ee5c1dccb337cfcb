import { keepWanted } from '../features/feed/api/retention';
import { useReadingStore } from '../features/reading/store/reading-store';
import { articleKey } from '../lib/article-ref';
import { own } from '../lib/own';

// Articles a feed has dropped are kept up to a limit; past it, never an unread or a saved one.
// The saved articles' store loads only when that is asked, which is rare: the first page of a
// feed read again with more dropped articles than the limit.
keepWanted(async () => {
  const { savedKey, useSavedStore } = await import('../features/offline/store/saved-store');
  return ({ feedUrl, id }) => {
    const { read } = useReadingStore.getState();
    const saved = own(useSavedStore.getState().saved, savedKey(feedUrl, id));
    return !Object.hasOwn(read, articleKey({ feedUrl, id })) || Boolean(saved && !saved.removedAt);
  };
});
