import type { FeedPage } from '../features/feed/api/types';
import { own } from '../lib/own';
import { afterScript } from '../lib/after-script';
import { drawFromFeed, scriptFeed, storedSubscriptions } from './drawing';
import { listScreen } from './list-screen';

/** The items read for a list's first screen: enough for it, however long the document. */
const FIRST_ITEMS = 25;

function subscribed(feedUrl: string): boolean {
  const subscription = own(storedSubscriptions().feeds, feedUrl);
  return subscription !== undefined && !subscription.removedAt;
}

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
if (given) afterScript(() => void drawFeedPage(given.feedUrl, given.feedParam));
