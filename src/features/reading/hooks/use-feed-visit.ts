import { useEffect } from 'react';
import { useReadingStore } from '../store/reading-store';

/** Records this session's visit to a feed, once; the one before becomes what "new" is since. */
export function useFeedVisit(feedUrl: string) {
  const beginVisit = useReadingStore((state) => state.beginVisit);
  useEffect(() => {
    beginVisit(feedUrl);
  }, [beginVisit, feedUrl]);
}
