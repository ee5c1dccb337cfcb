import type { QueryClient } from '@tanstack/react-query';
import { sortFeeds } from './forget-feeds';
import { sortReadMarks } from './forget-read-marks';

/**
 * Once the feeds are read, what they no longer list is known: the feeds nobody reads any more,
 * then the read marks nothing shows any more, can go (forget-feeds.ts and forget-read-marks.ts
 * say when).
 */
export async function sortStored(client: QueryClient): Promise<void> {
  await sortFeeds(client);
  await sortReadMarks(client);
}
