import { Outlet, ScrollRestoration } from 'react-router';
import { APP_NAME } from '../config/env';
import { FeedHeader } from '../features/feed/components/feed-header';
import { useFeedSource } from '../features/feed/hooks/use-feed-source';

export function RootLayout() {
  const source = useFeedSource();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <FeedHeader source={source} appName={APP_NAME} />
      </header>
      <main id="main" className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {APP_NAME} reads any <a href="https://www.jsonfeed.org/">JSON Feed</a>. Comments stay in
          this browser.
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
