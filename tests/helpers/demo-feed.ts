import { fakeFetch } from './fake-fetch';
import { demoPage } from './fixtures';
import { DEMO_FEED } from './render-app';

/** The bundled demo feed (three pages) and the roastery's comments, served at `feedUrl`. */
export function serveDemo(feedUrl = DEMO_FEED) {
  const base = feedUrl.slice(0, feedUrl.lastIndexOf('/') + 1);
  return fakeFetch({
    [feedUrl]: demoPage('feed.json'),
    [`${base}feed-2.json`]: demoPage('feed-2.json'),
    [`${base}feed-3.json`]: demoPage('feed-3.json'),
    [`${base}comments/harbour-roasters.json`]: demoPage('comments/harbour-roasters.json'),
  });
}
