import type { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './app/app';
import { preloadPage } from './app/app-routes';
import { feedFromLocation } from './config/feed-location';
import { paths } from './config/paths';
import { parseFeedPage } from './features/feed/api/formats/json-feed';
import { readDocumentWithEntities } from './features/feed/api/formats/read-document';
import { absoluteUrl } from './lib/http';
import { pagesAtHand } from './features/feed/api/page-walk';
import { feedPageQuery, feedQuery } from './features/feed/api/queries';
import type { FeedPage } from './features/feed/api/types';
import { createQueryClient } from './lib/query-client';

/** A page of the app written as HTML at build time. */
export interface WrittenPage {
  /** The in-app address it shows, as the app's links write it. */
  path: string;
  /** The article's id. */
  id: string;
  /** Its `document.title`, as the app sets it. */
  title: string;
  /** What goes inside `#root`. */
  html: string;
}

/** A default subscription's document, read from public/ at build time. */
export interface BundledDocument {
  /** Its address on the site, as DEFAULT_SUBSCRIPTIONS names it. */
  url: string;
  text: string;
}

/**
 * The front page of a fresh browser (the river of the default subscriptions) as HTML, written
 * into the built index.html so the first screen shows before any JavaScript has run. The app
 * then renders the same page in its place. `feedDocument` is the bundled JSON Feed's first
 * page; `written` the default subscriptions' first pages as writtenPages reads them, the very
 * data the built page carries for the app.
 */
export function renderFrontPage(
  feedDocument: unknown,
  written: readonly FeedPage[] = [],
): Promise<string> {
  return withBundledFeed([feedDocument], async (client) => {
    // The river's code is loaded first: a lazy page would render as "Loading…".
    await preloadPage('/');
    for (const page of written) {
      client.setQueryData(feedPageQuery(page.url, page.url).queryKey, page);
    }
    return renderAt('/', client);
  });
}

/**
 * The default subscriptions' first pages as the app reads them, each with the fingerprint of
 * its document: written into the built front page (src/app/written-pages.ts), so that the app
 * starts on them without reading any feed, and asks later whether they changed.
 */
export async function writtenPages(documents: readonly BundledDocument[]): Promise<FeedPage[]> {
  // Read as the app reads what the site serves (src/features/feed/api/formats/read-document.ts),
  // so the fingerprint is the one a refresh compares.
  const pages: FeedPage[] = [];
  for (const { url, text } of documents) {
    const bytes = new TextEncoder().encode(text);
    const result = await readDocumentWithEntities({
      bytes,
      contentType: null,
      pageUrl: absoluteUrl(url),
    });
    if (!('page' in result)) throw new Error(`Written pages: ${url} is not a feed the app reads.`);
    pages.push({ ...result.page, validators: { digest: result.digest } });
  }
  return pages;
}

/**
 * Articles written per build, newest first: a site with a long feed keeps a quick build, and its
 * older articles still open through the app.
 */
export const MAX_WRITTEN_ARTICLES = 100;

/**
 * The bundled feed's articles as HTML (the newest `MAX_WRITTEN_ARTICLES`): `documents` are its
 * pages in order, the first page first. Each is written to a file of its own, so an article
 * opened from a link shows before any JavaScript has run, as the front page does.
 */
export async function renderArticlePages(documents: unknown[]): Promise<WrittenPage[]> {
  return withBundledFeed(documents, async (client, pages) => {
    const feed = pages[0]?.feed;
    const articles = pages.flatMap((page) => page.articles).slice(0, MAX_WRITTEN_ARTICLES);
    const first = articles[0];
    // The article page's code is loaded first: a lazy page would render as "Loading…".
    if (first) await preloadPage(paths.article(first.id));
    return articles.map((article) => {
      const path = paths.article(article.id);
      const html = renderAt(path, client);
      // A part that throws while rendering is left to the browser ("Loading…"): not a page to
      // ship as the article's, so the build fails instead.
      if (!html.includes('class="article-title"')) {
        throw new Error(`Written pages: the article at ${path} did not render`);
      }
      return {
        path,
        id: article.id,
        title: `${article.title} · ${feed?.title ?? article.title}`,
        html,
      };
    });
  });
}

/** A client holding the bundled feed's pages, as the app's cache holds them once fetched. */
async function withBundledFeed<Result>(
  documents: unknown[],
  render: (client: QueryClient, pages: FeedPage[]) => Result | Promise<Result>,
): Promise<Result> {
  const client = createQueryClient();
  // The bundled feed: the one an address without `?feed=` reads.
  const { feedUrl } = feedFromLocation('');
  const pages: FeedPage[] = [];
  const read = (url: string) =>
    pages.length < documents.length ? parseFeedPage(documents[pages.length], url) : undefined;
  for (const page of pagesAtHand(feedUrl, read)) {
    client.setQueryData(feedPageQuery(feedUrl, page.url).queryKey, page);
    pages.push(page);
  }
  const first = pages[0];
  if (first)
    client.setQueryData(feedQuery(feedUrl).queryKey, { pages: [first], pageParams: [feedUrl] });
  try {
    return await render(client, pages);
  } finally {
    // Cached queries hold timers (a week of them), which would keep the build from exiting.
    client.clear();
  }
}

function renderAt(location: string, client: QueryClient): string {
  const html = renderToString(
    <StaticRouter location={location}>
      <App queryClient={client} />
    </StaticRouter>,
  );
  // Links work before the app's script has run; buttons and text boxes do not, and say so
  // until the app's own render replaces them (what is typed there would be lost).
  return html
    .replaceAll('<button ', '<button aria-disabled="true" ')
    .replaceAll('<input ', '<input readonly="" aria-disabled="true" ');
}
