import { useEffect } from 'react';
import { useReadingStore } from '../store/reading-store';

/**
 * Records this session's visit to each feed (one, or every feed of the front page), once; the
 * one before becomes what "new" is since.
 */
export function useFeedVisit(...feedUrls: string[]) {
  const beginVisit = useReadingStore((state) => state.beginVisit);
  const key = JSON.stringify(feedUrls);
  useEffect(() => {
    beginVisit(...(JSON.parse(key) as string[]));
  }, [beginVisit, key]);
}
