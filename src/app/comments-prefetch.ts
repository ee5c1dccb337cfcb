import type { QueryClient } from '@tanstack/react-query';
import { commentsQuery } from '../features/comments/api/comments-query';

/** Reads an article's existing comments into the cache, for offline reading. */
export function prefetchComments(client: QueryClient, commentsUrl: string): Promise<void> {
  return client.prefetchQuery(commentsQuery(commentsUrl));
}
