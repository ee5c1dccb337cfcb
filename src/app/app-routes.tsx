import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { FrontPage } from './routes/front-page';

const ArticlePage = lazy(async () => ({
  default: (await import('./routes/article-page')).ArticlePage,
}));
const TagPage = lazy(async () => ({
  default: (await import('./routes/tag-page')).TagPage,
}));
const NotFoundPage = lazy(async () => ({
  default: (await import('./routes/not-found-page')).NotFoundPage,
}));
const SavedPage = lazy(async () => ({
  default: (await import('./routes/saved-page')).SavedPage,
}));
const SearchPage = lazy(async () => ({
  default: (await import('./routes/search-page')).SearchPage,
}));
const ArchivePage = lazy(async () => ({
  default: (await import('./routes/archive-page')).ArchivePage,
}));
const SettingsPage = lazy(async () => ({
  default: (await import('./routes/settings-page')).SettingsPage,
}));

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
