import type { QueryClient } from '@tanstack/react-query';
import { Route, Routes } from 'react-router';
import { articleIdOf } from '../config/paths';
import { ErrorBoundary } from '../components/error-boundary';
import { lazyComponent } from '../components/lazy-component';
import type { LazyComponent } from '../components/lazy-component';
import { feedFromLocation } from '../config/feed-location';
import { querySettled } from '../lib/query-client';
import { usePreloadOnIntent } from './preload-on-intent';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { FeedPage, FrontPage, RiverPage } from './routes/front-page';

// Every page loads when it is first visited: the one a tab opens on, before its first render, and
// the one a link leads to, as the reader points at it or focuses it (preloadPage).
const ArticlePage = lazyComponent(() => import('./routes/article-page'), 'ArticlePage');
const TagPage = lazyComponent(() => import('./routes/tag-page'), 'TagPage');
const NotFoundPage = lazyComponent(() => import('./routes/not-found-page'), 'NotFoundPage');
const SavedPage = lazyComponent(() => import('./routes/saved-page'), 'SavedPage');
const SearchPage = lazyComponent(() => import('./routes/search-page'), 'SearchPage');
const ArchivePage = lazyComponent(() => import('./routes/archive-page'), 'ArchivePage');
const SettingsPage = lazyComponent(() => import('./routes/settings-page'), 'SettingsPage');
const SubscriptionsPage = lazyComponent(
  () => import('./routes/subscriptions-page'),
  'SubscriptionsPage',
);
const FolderPage = lazyComponent(() => import('./routes/folder-page'), 'FolderPage');

/** The page of each section of the site (the first segment of its path). */
const SECTION_PAGES: Record<string, LazyComponent<object>> = {
  tags: TagPage,
  saved: SavedPage,
  search: SearchPage,
  archive: ArchivePage,
  settings: SettingsPage,
  subscriptions: SubscriptionsPage,
  folders: FolderPage,
};

/** The page at `pathname`, as the routes below match it. */
function pageAt(pathname: string, search: string): LazyComponent<object> {
  if (pathname === '/') return feedFromLocation(search).feedParam === null ? RiverPage : FeedPage;
  if (articleIdOf(pathname) !== undefined) return ArticlePage;
  return SECTION_PAGES[pathname.split('/')[1] ?? ''] ?? NotFoundPage;
}

/** Whether the code of the page at `address` (a path with its query) is in. */
function pageLoaded(address: string): boolean {
  const { pathname, search } = new URL(address, 'http://localhost');
  return pageAt(pathname, search).loaded();
}

/**
 * Loads the code of the page at `address` (a path with its query): before the first render, and
 * before a link is followed. Given the query client, also the article itself when the pages in
 * the cache do not hold it, so the first render shows it: resolves once it is in, or its request
 * has stopped for now.
 */
export async function preloadPage(address: string, client?: QueryClient): Promise<void> {
  const { pathname, search } = new URL(address, 'http://localhost');
  await pageAt(pathname, search).preload();
  const id = articleIdOf(pathname);
  if (id === undefined || !client) return;
  const { articleQuery, findCachedArticle } = await import('../features/feed/api/article-queries');
  const { feedUrl } = feedFromLocation(search);
  if (findCachedArticle(client, feedUrl, id)) return;
  void client.prefetchQuery(articleQuery(feedUrl, id));
  await querySettled(client, articleQuery(feedUrl, id).queryKey);
}

/** Every route of the app. The layout gives each page its own error boundary. */
export function AppRoutes() {
  usePreloadOnIntent({ load: preloadPage, loaded: pageLoaded });
  return (
    <ErrorBoundary fallback={(error) => <RouteError error={error} />}>
      <Routes>
        <Route element={<RootLayout />}>
          <Route index element={<FrontPage />} />
          <Route path="tags/:tag" element={<TagPage />} />
          <Route path="articles/:id" element={<ArticlePage />} />
          <Route path="saved" element={<SavedPage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="archive" element={<ArchivePage />} />
          <Route path="archive/:year/:month" element={<ArchivePage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="subscriptions" element={<SubscriptionsPage />} />
          <Route path="folders/:folder" element={<FolderPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ErrorBoundary>
  );
}
