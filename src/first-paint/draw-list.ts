import type { FeedPage } from '../features/feed/api/types';
import { drawFromFeed, scriptFeed, subscribed } from './drawing';
import { listScreen } from './list-screen';

/** The items read for a list's first screen: enough for it, however long the document. */
const FIRST_ITEMS = 25;

/** Draws a feed's page (`/?feed=`): its header and its newest entries under their days. */
export function drawFeedPage(feedUrl: string, feedParam: string): Promise<boolean> {
  return drawFromFeed(feedUrl, FIRST_ITEMS, (page: FeedPage) =>
    page.articles.length > 0
      ? {
          nodes: listScreen(page, feedParam, subscribed(feedUrl)),
          title: `${page.feed.title} · Broadsheet`,
        }
      : undefined,
  );
}

const given = scriptFeed();
if (given) void drawFeedPage(given.feedUrl, given.feedParam);
