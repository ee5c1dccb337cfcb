import { lazy } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { articleIdOf } from '../config/paths';
import { ErrorBoundary } from '../components/error-boundary';
import { resolveFeedUrl } from '../features/feed/hooks/use-feed-source';
import { querySettled } from '../lib/query-client';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { FrontPage } from './routes/front-page';

/**
 * A page whose code loads when it is first visited. `preload` fetches it ahead of the first
 * render, which then shows the page itself, not the "Loading…" in its place (React keeps content
 * that replaces a fallback waiting for 300 ms).
 */
function page<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType & { preload: () => Promise<void> } {
  let loaded: ComponentType | undefined;
  const Lazy = lazy<ComponentType>(async () => ({ default: (loaded ??= (await load())[name]) }));
  const Page = () => {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  };
  return Object.assign(Page, {
    preload: async () => {
      loaded ??= (await load())[name];
    },
  });
}

const ArticlePage = page(() => import('./routes/article-page'), 'ArticlePage');
const TagPage = page(() => import('./routes/tag-page'), 'TagPage');
const NotFoundPage = page(() => import('./routes/not-found-page'), 'NotFoundPage');
const SavedPage = page(() => import('./routes/saved-page'), 'SavedPage');
const SearchPage = page(() => import('./routes/search-page'), 'SearchPage');
const ArchivePage = page(() => import('./routes/archive-page'), 'ArchivePage');
const SettingsPage = page(() => import('./routes/settings-page'), 'SettingsPage');

/**
 * Loads the code of the page at `pathname` (an article opened directly) before the first render.
 * Given the query client, also the article itself when the pages in the cache do not hold it,
 * so the first render shows it: resolves once it is in, or its request has stopped for now.
 */
export async function preloadPage(pathname: string, client?: QueryClient): Promise<void> {
  const id = articleIdOf(pathname);
  if (id === undefined) return;
  await ArticlePage.preload();
  if (!client) return;
  const { articleQuery, findCachedArticle } = await import('../features/feed/api/article-queries');
  const feedUrl = resolveFeedUrl(null);
  if (findCachedArticle(client, feedUrl, id)) return;
  void client.prefetchQuery(articleQuery(feedUrl, id));
  await querySettled(client, articleQuery(feedUrl, id).queryKey);
}

/** Every route of the app. The layout gives each page its own error boundary. */
export function AppRoutes() {
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
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ErrorBoundary>
  );
}
