import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './app/app';
import { parseFeedPage } from './features/feed/api/normalize';
import { feedPageQuery, feedQuery } from './features/feed/api/queries';
import { resolveFeedUrl } from './features/feed/hooks/use-feed-source';
import { createQueryClient } from './lib/query-client';

/**
 * The front page of the bundled feed as HTML, written into the built index.html so the first
 * screen shows before any JavaScript has run. The app then renders the same page in its place.
 */
export function renderFrontPage(feedDocument: unknown): string {
  const client = createQueryClient();
  const feedUrl = resolveFeedUrl(null);
  const page = parseFeedPage(feedDocument, feedUrl);
  client.setQueryData(feedPageQuery(feedUrl, feedUrl).queryKey, page);
  client.setQueryData(feedQuery(feedUrl).queryKey, { pages: [page], pageParams: [feedUrl] });
  try {
    const html = renderToString(
      <StaticRouter location="/">
        <App queryClient={client} />
      </StaticRouter>,
    );
    // Links work before the app's script has run; buttons and text boxes do not, and say so
    // until the app's own render replaces them (what is typed there would be lost).
    return html
      .replaceAll('<button ', '<button aria-disabled="true" ')
      .replaceAll('<input ', '<input readonly="" aria-disabled="true" ');
  } finally {
    // Cached queries hold timers (a week of them), which would keep the build from exiting.
    client.clear();
  }
}
