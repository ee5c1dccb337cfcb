import { mergeArticles, withinHorizon } from '../app/river/river-articles';
import { folderOf } from '../config/paths';
import { activeByTitle, inFolder } from '../features/subscriptions/store/subscription-data';
import { overHttps } from '../lib/safe';
import { afterScript } from '../lib/after-script';
import { drawFromFeeds, storedSubscriptions } from './drawing';
import { riverScreen } from './list-screen';

/**
 * The most feeds a river is drawn from before the app: as many as it asks for at a time
 * (MAX_FEED_REQUESTS, src/features/feed/api/feed-requests.ts). public/boot.js loads this
 * script for no more.
 */
const MOST_DRAWN_FEEDS = 6;

/**
 * Draws the front page or a folder's page (`/folders/<name>`) of the reader's own feeds, as the
 * app's river merges them (src/app/river/river-articles.ts), once every one of them is in.
 */
export function drawRiverPage(pathname: string): Promise<boolean> {
  const named = folderOf(pathname);
  const subscriptions = inFolder(activeByTitle(storedSubscriptions()), named);
  // The folder under its own name, whatever the address's case or spacing (folder-page.tsx).
  const heading = named === undefined ? 'Latest news' : (subscriptions[0]?.folder ?? named);
  const drawn = subscriptions.length <= MOST_DRAWN_FEEDS ? subscriptions : [];
  return drawFromFeeds(
    drawn.map(({ feedUrl }) => overHttps(feedUrl)),
    (pages) => {
      const shown = drawn.map((subscription) => ({ subscription, first: true }));
      const articles = withinHorizon(shown, pages, mergeArticles(shown, pages));
      return articles.length > 0
        ? {
            nodes: riverScreen(articles, heading),
            title: named === undefined ? 'Broadsheet' : `${heading} · Broadsheet`,
          }
        : undefined;
    },
  );
}

if (document.currentScript) afterScript(() => void drawRiverPage(location.pathname));
