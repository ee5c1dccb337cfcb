import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Link } from '../components/link';
import { ErrorBoundary } from '../components/error-boundary';
import { lazyComponent } from '../components/lazy-component';
import { ScrollRestoration } from '../components/scroll-restoration';
import { useStorageProblems } from '../lib/persisted-store-problems';
import { APP_NAME } from '../config/env';
import { articleIdOf, paths } from '../config/paths';
import { FeedHeader } from '../features/feed/components/feed-header';
import { useFeedSource } from '../features/feed/hooks/use-feed-source';
import { OfflineStatus } from '../features/offline/components/offline-status';
import { HeaderTools } from './header-tools';
import { RouteError } from './route-error';

// Only needed once a new version has been deployed: a chunk of its own, which no page waits for.
const UpdatePrompt = lazyComponent(
  () => import('../features/offline/components/update-prompt'),
  'UpdatePrompt',
);
// Its first read is seconds after the page: its code comes after the start too.
const AutoRefresh = lazyComponent(() => import('./auto-refresh'), 'AutoRefresh');
// No key can be pressed before the first page is there: the shortcuts load beside it.
const KeyboardShortcuts = lazyComponent(() => import('./keyboard-shortcuts'), 'KeyboardShortcuts');

/**
 * Says, with `<html data-app="started">`, that the app has taken over the page: the page written
 * at build time shows (and its links work) before the app's script has run. Rendered with the
 * keyboard shortcuts, in their Suspense boundary, so it is set once keys work too. The one sign
 * of readiness the real-browser tests wait for (see "Real-browser tests" in the README).
 */
function AppStarted() {
  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute('data-app', 'started');
    return () => root.removeAttribute('data-app');
  }, []);
  return null;
}

/** Stores whose trouble is told on every page; comments and drafts are told in the thread. */
const STORAGE_NOTICES = [
  'broadsheet:saved',
  'broadsheet:reading',
  'broadsheet:settings',
  'broadsheet:subscriptions',
];
/**
 * Lists read the saved comments to count them, and may find them unreadable first: told there
 * too, or the reader would not hear of it.
 */
const LIST_NOTICES = [...STORAGE_NOTICES, 'broadsheet:comments'];
// Only needed when storage fails: loaded then.
const StorageNotice = lazyComponent(() => import('../components/storage-notice'), 'StorageNotice');

function StorageNotices({ names }: { names: string[] }) {
  const trouble = useStorageProblems((problems) =>
    names.some((name) => problems[name] !== undefined),
  );
  if (!trouble) return null;
  return (
    <Suspense fallback={null}>
      <StorageNotice names={names} />
    </Suspense>
  );
}

/**
 * Pages of every subscription at once: without `?feed=`, every page but an article's (which
 * belongs to its feed) shows all of them, or none in particular (saved, settings).
 */
function onRiver(pathname: string, feedParam: string | null) {
  return feedParam === null && articleIdOf(pathname) === undefined;
}

/** The masthead of the pages that show every feed: the app's own. */
function AppMasthead() {
  return (
    <div className="masthead app-masthead">
      <p className="masthead-title">
        <Link to={paths.home()}>{APP_NAME}</Link>
      </p>
      <p className="masthead-description">The news you follow, newest first.</p>
      <p className="masthead-site" />
    </div>
  );
}

export function RootLayout() {
  const source = useFeedSource();
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        {onRiver(pathname, source.feedParam) ? <AppMasthead /> : <FeedHeader source={source} />}
        <HeaderTools />
        <nav className="site-nav" aria-label="Main">
          <Link to={paths.home()}>Front page</Link>
          <Link to={paths.subscriptions()}>Subscriptions</Link>
          <Link to={source.link(paths.archive())}>Archive</Link>
          <Link to={source.link(paths.saved())}>Saved</Link>
          <Link to={source.link(paths.settings())}>Settings</Link>
        </nav>
        <OfflineStatus />
        <StorageNotices
          names={articleIdOf(pathname) === undefined ? LIST_NOTICES : STORAGE_NOTICES}
        />
        <Suspense fallback={null}>
          <UpdatePrompt />
          <AutoRefresh />
        </Suspense>
      </header>
      <main id="main" className="site-main">
        <ErrorBoundary key={pathname} fallback={(error) => <RouteError error={error} />}>
          <Suspense
            fallback={
              <p role="status" className="loading">
                Loading…
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{APP_NAME} reads JSON Feed, RSS and Atom. Comments stay in this browser.</p>
      </footer>
      {/* In the first commit, with the list: a long list is told where the page will scroll. */}
      <ScrollRestoration />
      <Suspense fallback={null}>
        <KeyboardShortcuts />
        <AppStarted />
      </Suspense>
    </>
  );
}
