import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { preloadPage } from './app/app-routes';
import { startFirstRequests } from './app/first-requests';
import { currentKey } from './components/scroll-restoration';
import { prepareDateFormats } from './lib/dates';
import { drawFirstListInSteps } from './lib/first-draw';
import { nextTask } from './lib/next-task';
import { preparePlurals } from './lib/plural';
import { cacheRestored, createQueryClient, restoreCache } from './lib/query-client';
import './styles/global.css';

/** Set by public/boot.js when the address is not the one the built page was written for. */
const STALE_FIRST_SCREEN = 'data-stale-first-screen';
/** Set by public/boot.js when it shows a first screen the app kept (src/app/first-screen.ts). */
const KEPT_SCREEN = 'data-kept-screen';
/**
 * Set by a script that drew the first screen from the feeds (src/first-paint/drawing.ts): a
 * list there holds the entries the app's list draws first, no more.
 */
const DRAWN_SCREEN = 'data-drawn-screen';

/**
 * Runs `then` once the page has been read to its end, in a task after the one that ran the
 * app's code: the two together were one long task. public/boot.js may ask for the app while
 * the page is still arriving, and the app's code, from the browser's cache, may run before the
 * page's root is there.
 */
function whenRead(then: () => void) {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', then, { once: true });
  } else {
    void nextTask().then(then);
  }
}

whenRead(() => {
  const container = document.getElementById('root');
  if (container) startApp(container);
});

function startApp(container: HTMLElement) {
  const queryClient = createQueryClient();
  // Persistence is not needed to show the first page: its code loads beside the feed request.
  restoreCache(
    queryClient,
    import('./lib/query-persister').then(({ persistQueryCache }) => persistQueryCache(queryClient)),
  );
  const page = document.documentElement;
  // A kept screen says this address was read before: its requests wait for the saved cache, to
  // ask whether what it holds changed instead of downloading and reading every feed again.
  // Anywhere else they start at once, beside the restore.
  const kept = page.hasAttribute(KEPT_SCREEN);
  const start = () =>
    startFirstRequests(queryClient, window.location.pathname, window.location.search);
  const firstPage = kept ? cacheRestored(queryClient).then(start) : start();
  // While the first feed downloads, each in a task of its own: the formats lists use. In the
  // built page, public/boot.js's worker has loaded the locale's tables; without it, these do.
  setTimeout(prepareDateFormats, 0);
  setTimeout(preparePlurals, 0);
  const root = createRoot(container);
  const render = () =>
    root.render(
      <StrictMode>
        {/* Navigations render at once: as transitions, the updates of a refresh in progress
            kept interrupting them. Links load their page's code beforehand (usePreloadOnIntent). */}
        <BrowserRouter useTransitions={false}>
          <App queryClient={queryClient} />
        </BrowserRouter>
      </StrictMode>,
    );
  if (container.hasChildNodes() && !page.hasAttribute(STALE_FIRST_SCREEN)) {
    // The built page already shows this address (see src/prerender.tsx), or a first screen the
    // app kept for it (src/app/first-screen.ts). It stays until the app has the same to show,
    // and that render yields to the browser instead of blocking it. A page's code downloads
    // beside the feed's first page; an article not on that page is looked up once it is in. A
    // kept screen was drawn from the saved cache: the app draws over it as soon as that is
    // back, without waiting for the network too.
    const address = window.location.pathname + window.location.search;
    const data = kept ? cacheRestored(queryClient) : firstPage;
    // Over a drawn list the app's list draws its first entries, the same, then the rest of its
    // step in a render of its own: a commit of three times as many entries, and their layout,
    // made the longest task of such a page.
    if (page.hasAttribute(DRAWN_SCREEN)) drawFirstListInSteps(currentKey());
    const sameScreen = Promise.all([data, preloadPage(address)]).then(() =>
      preloadPage(address, queryClient),
    );
    void sameScreen.catch(() => undefined).finally(() => startTransition(render));
  } else {
    // Another address: the page written into the built file is not this one. The page's own
    // code (the river's, a feed's, an article's) is fetched first (a failure is left to the
    // page's error boundary).
    drawFirstListInSteps(currentKey());
    void preloadPage(window.location.pathname + window.location.search)
      .catch(() => undefined)
      .finally(() => {
        container.replaceChildren();
        page.removeAttribute(STALE_FIRST_SCREEN);
        // A render that yields to the browser: a long list must not hold up its first paint.
        startTransition(render);
      });
  }
}
