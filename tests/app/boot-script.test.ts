import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FEED_URL } from '../../src/config/env';
import { feedFromLocation } from '../../src/config/feed-location';
import { minifiedBootScript } from '../../scripts/build-plugins';

const ROOT = join(import.meta.dirname, '..', '..');
const script = readFileSync(join(ROOT, 'public', 'boot.js'), 'utf8');
const html = document.documentElement;
const ENTRY = '/assets/index-abc.js';
const FEED = '/data/feed.json';
const LOCALE_WORKER = '/locale-worker.js';

/** The page as built: the app's entry and the bundled feed named in <head>. */
function builtHead({ entry = true, feed = true, feedWritten = false } = {}) {
  document.head.innerHTML =
    (entry ? `<meta name="app-entry" content="${ENTRY}">` : '') +
    (feed ? `<meta name="app-feed" content="${FEED}"${feedWritten ? ' data-written' : ''}>` : '');
}

/** Runs public/boot.js at `address`, in a file written for `writtenFor` (the front page if none). */
function bootAt(address: string, writtenFor?: string) {
  window.history.replaceState(null, '', address);
  if (writtenFor) html.setAttribute('data-first-screen', writtenFor);
  new Function(script)();
}

const hidden = () => html.hasAttribute('data-stale-first-screen');
const appScripts = () =>
  [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((element) =>
    element.getAttribute('src'),
  );
const feedPreloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => ({
    href: link.getAttribute('href'),
    as: link.getAttribute('as'),
    crossOrigin: link.crossOrigin,
  }));

/** A PerformanceObserver whose paint entries the test reports. */
function fakePaintObserver() {
  const observers: FakeObserver[] = [];
  class FakeObserver {
    disconnected = false;
    constructor(readonly callback: PerformanceObserverCallback) {
      observers.push(this);
    }
    observe() {}
    disconnect() {
      this.disconnected = true;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint(name: string) {
      for (const observer of observers.filter((each) => !each.disconnected)) {
        const list = {
          getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []),
        } as unknown as PerformanceObserverEntryList;
        observer.callback(list, observer as unknown as PerformanceObserver);
      }
    },
  };
}

/** The page still being read: the DOMContentLoaded listeners, for the test to call. */
function stillLoading() {
  const listeners: EventListener[] = [];
  const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
  vi.spyOn(document, 'addEventListener').mockImplementation((type, listener) => {
    if (type === 'DOMContentLoaded') listeners.push(listener as EventListener);
  });
  return () => {
    readyState.mockReturnValue('interactive');
    for (const listener of listeners) listener(new Event('DOMContentLoaded'));
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  builtHead();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.head.replaceChildren();
  html.removeAttribute('data-first-screen');
  html.removeAttribute('data-stale-first-screen');
  html.removeAttribute('data-kept-screen');
  window.history.replaceState(null, '', '/');
});

describe('public/boot.js', () => {
  it('is a small classic script with no imports, safe for old browsers', async () => {
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    expect(script).not.toMatch(/\b(let|const|class)\s|=>|`/);
    // Written into every page, minified as the build does.
    expect((await minifiedBootScript('boot.js', script)).length).toBeLessThan(6_000);
  });

  it('is loaded right after theme-init.js, both before anything is drawn', () => {
    const page = readFileSync(join(ROOT, 'index.html'), 'utf8');
    expect(page).toContain(
      '<script src="/theme-init.js"></script>\n    <script src="/boot.js"></script>',
    );
    // The bundled feed it preloads is the one the app reads.
    expect(page).toContain(`<meta name="app-feed" content="${DEFAULT_FEED_URL}" />`);
  });
});

describe('step 2: is the page written into the file the page of this address?', () => {
  it('the front page is shown at / only, without a query', () => {
    for (const [address, stale] of [
      ['/', false],
      ['/?feed=%2Fother.json', true],
      ['/?unread=1', true],
      ['/saved', true],
    ] as const) {
      html.removeAttribute('data-stale-first-screen');
      bootAt(address);
      expect(hidden(), address).toBe(stale);
    }
  });

  it('an article is shown at its own address, however that is encoded, and nowhere else', () => {
    const written = '/articles/https%3A%2F%2Fbroadsheet.example%2F2019%2Fa';
    for (const [address, stale] of [
      [written, false],
      ['/articles/https:%2F%2Fbroadsheet.example%2F2019%2Fa', false],
      ['/articles/https%3A%2F%2Fbroadsheet.example%2F2019%2Fb', true],
      [`${written}?feed=%2Fother.json`, true],
      ['/', true],
    ] as const) {
      html.removeAttribute('data-stale-first-screen');
      bootAt(address, written);
      expect(hidden(), address).toBe(stale);
    }
  });

  it('an address that cannot be decoded is compared as it is, without an error', () => {
    expect(() => bootAt('/articles/100%25-sure%E0%A4%A', '/articles/other')).not.toThrow();
    expect(hidden()).toBe(true);
  });
});

describe('step 3: start the app', () => {
  it('elsewhere, at once: the written page is hidden and nothing waits for it to paint', () => {
    fakePaintObserver();
    bootAt('/saved');
    expect(appScripts()).toEqual([ENTRY]);
  });

  it("at the written page's address, once it has painted, and only once", () => {
    const observer = fakePaintObserver();
    bootAt('/');
    expect(appScripts()).toEqual([]);
    observer.paint('first-paint');
    vi.advanceTimersByTime(100);
    // A paint with nothing on it is not the first screen.
    expect(appScripts()).toEqual([]);
    observer.paint('first-contentful-paint');
    expect(appScripts()).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(appScripts()).toEqual([ENTRY]);
    // The fallback timer finds it started.
    vi.advanceTimersByTime(2000);
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('should the paint never be reported, after two seconds', () => {
    fakePaintObserver();
    bootAt('/');
    vi.advanceTimersByTime(1999);
    expect(appScripts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('in a hidden tab, at once: a hidden tab paints nothing', () => {
    fakePaintObserver();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    bootAt('/');
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('without paint timing, at once', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    bootAt('/');
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('where paints cannot be observed, at once', () => {
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        observe() {
          throw new TypeError('paint is not a supported entry type');
        }
      },
    );
    bootAt('/');
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('elsewhere, asks for the app while the page is still being read, and empties the written page once it is', () => {
    const read = stillLoading();
    bootAt('/saved');
    expect(appScripts()).toEqual([ENTRY]);
    document.body.innerHTML = '<div id="root"><main>Written front page</main></div>';
    read();
    expect(document.getElementById('root')).toBeEmptyDOMElement();
    expect(appScripts()).toEqual([ENTRY]);
    document.body.replaceChildren();
  });

  it('at the written page’s address, waits for the page to be read and painted', () => {
    const paints = fakePaintObserver();
    const read = stillLoading();
    bootAt('/');
    expect(appScripts()).toEqual([]);
    read();
    expect(appScripts()).toEqual([]);
    paints.paint('first-contentful-paint');
    vi.runAllTimers();
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('does nothing where the page loads the app itself (the dev server)', () => {
    builtHead({ entry: false });
    bootAt('/saved');
    expect(appScripts()).toEqual([]);
    expect(feedPreloads()).toEqual([]);
  });

  it("downloads the bundled feed beside the app's code when the address reads it", () => {
    bootAt('/saved');
    expect(feedPreloads()).toEqual([{ href: FEED, as: 'fetch', crossOrigin: 'anonymous' }]);
  });

  it('downloads nothing for an address that is no web address, which the app refuses', () => {
    for (const feed of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x']) {
      document.head.querySelectorAll('link').forEach((link) => link.remove());
      bootAt(`/?feed=${encodeURIComponent(feed)}`);
      expect(feedPreloads()).toEqual([]);
    }
  });

  it('downloads no feed on the written front page when it holds the bundled feed, else that feed', () => {
    builtHead({ feedWritten: true });
    bootAt('/');
    vi.runAllTimers();
    expect(appScripts()).toEqual([ENTRY]);
    expect(feedPreloads()).toEqual([]);
    // The bundled feed's page was too long to be written into the front page.
    builtHead();
    bootAt('/');
    vi.runAllTimers();
    expect(feedPreloads()).toEqual([{ href: FEED, as: 'fetch', crossOrigin: 'anonymous' }]);
  });

  describe('on the front page of a reader whose subscriptions differ', () => {
    const subscribe = (...urls: string[]) =>
      localStorage.setItem(
        'broadsheet:subscriptions',
        JSON.stringify({
          state: { feeds: Object.fromEntries(urls.map((url) => [url, { title: url }])) },
          version: 1,
        }),
      );
    beforeEach(() => {
      builtHead({ feedWritten: true });
      document.head.insertAdjacentHTML(
        'beforeend',
        `<meta name="app-subscriptions" content='[["${FEED}","The Broadsheet Daily"]]'>`,
      );
    });
    afterEach(() => localStorage.clear());
    const preloaded = () => feedPreloads().map(({ href }) => href);

    it("downloads the reader's feeds, in the order the app asks for them, not the bundled one", () => {
      subscribe('https://example.org/feed.xml', '/local/feed.json');
      bootAt('/');
      expect(hidden()).toBe(true);
      expect(feedPreloads()).toEqual([
        { href: 'https://example.org/feed.xml', as: 'fetch', crossOrigin: 'anonymous' },
        { href: '/local/feed.json', as: 'fetch', crossOrigin: 'anonymous' },
      ]);
    });

    it("downloads another site's http: feed over https, as the app asks for it, and its own as it is", () => {
      subscribe('http://example.org/feed.xml', `http://${window.location.host}/local.xml`);
      bootAt('/');
      expect(preloaded()).toEqual([
        'https://example.org/feed.xml',
        `http://${window.location.host}/local.xml`,
      ]);
    });

    it('downloads none whose first page the front page carries, written at build time', () => {
      subscribe(`${window.location.origin}${FEED}`, 'https://example.org/feed.xml');
      document.head.insertAdjacentHTML(
        'beforeend',
        `<meta name="app-written" content='["${FEED}"]'>`,
      );
      bootAt('/');
      expect(preloaded()).toEqual(['https://example.org/feed.xml']);
    });

    it('downloads as many as the app reads at a time, and none the reader unsubscribed from', () => {
      const urls = Array.from({ length: 9 }, (_, index) => `/feeds/${index}.xml`);
      subscribe(...urls);
      const stored = JSON.parse(localStorage.getItem('broadsheet:subscriptions') ?? '') as {
        state: { feeds: Record<string, { removedAt?: string }> };
      };
      Object.assign(stored.state.feeds['/feeds/1.xml'] ?? {}, { removedAt: '2026-01-01' });
      localStorage.setItem('broadsheet:subscriptions', JSON.stringify(stored));
      bootAt('/');
      expect(preloaded()).toEqual(['/feeds/0.xml', ...urls.slice(2, 7)]);
    });

    it('leaves the feeds a relay reads to the app, and downloads none for a kept front page', () => {
      subscribe('https://example.org/feed.xml', '/local/feed.json');
      localStorage.setItem(
        'broadsheet:settings',
        JSON.stringify({ state: { relay: 'https://relay.example/?url=' }, version: 1 }),
      );
      bootAt('/');
      expect(preloaded()).toEqual(['/local/feed.json']);
      document.head.querySelectorAll('link').forEach((link) => link.remove());
      localStorage.setItem(
        'broadsheet:first-screen:/',
        JSON.stringify({ entry: ENTRY, html: '<main>Kept</main>' }),
      );
      bootAt('/');
      vi.runAllTimers();
      expect(appScripts()).toContain(ENTRY);
      expect(preloaded()).toEqual([]);
    });

    it('downloads none when the reader follows no feed, and the bundled one when the list is unreadable', () => {
      subscribe();
      bootAt('/');
      expect(hidden()).toBe(true);
      expect(preloaded()).toEqual([]);
      localStorage.setItem('broadsheet:subscriptions', '{not json');
      bootAt('/');
      expect(preloaded()).toEqual([FEED]);
    });
  });

  describe("on a tag's or a folder's page of the reader's feeds", () => {
    const follow = (feeds: Record<string, { folder?: string; removedAt?: string }>) =>
      localStorage.setItem(
        'broadsheet:subscriptions',
        JSON.stringify({ state: { feeds }, version: 1 }),
      );
    beforeEach(() =>
      follow({
        '/news.xml': { folder: 'News & Politics' },
        '/weather.json': {},
        '/sport.json': { folder: 'Sport' },
        '/gone.json': { folder: 'News & Politics', removedAt: '2026-01-01' },
        '/elections.json': { folder: 'News & Politics' },
      }),
    );
    afterEach(() => localStorage.clear());
    const preloaded = () => feedPreloads().map(({ href }) => href);

    it("a folder's downloads the feeds in it, in the app's order, and not the bundled one", () => {
      bootAt(`/folders/${encodeURIComponent('News & Politics')}`);
      expect(hidden()).toBe(true);
      expect(preloaded()).toEqual(['/news.xml', '/elections.json']);
      document.head.querySelectorAll('link').forEach((link) => link.remove());
      bootAt('/folders/Nowhere/');
      expect(preloaded()).toEqual([]);
    });

    it("a folder's in another case or spacing downloads the same feeds, as the app reads them", () => {
      follow({
        '/news.xml': { folder: 'News & Politics' },
        '/sport.json': { folder: 'Sport' },
        '/elections.json': { folder: 'news  & politics' },
      });
      bootAt(`/folders/${encodeURIComponent(' NEWS & POLITICS')}`);
      expect(preloaded()).toEqual(['/news.xml', '/elections.json']);
    });

    it("a tag's downloads every feed the reader follows", () => {
      bootAt('/tags/Europe');
      expect(preloaded()).toEqual(['/news.xml', '/weather.json', '/sport.json', '/elections.json']);
    });

    it('one that names its feed downloads that one, and a fresh browser the bundled one', () => {
      bootAt('/tags/Europe?feed=%2Fother.json');
      expect(preloaded()).toEqual(['/other.json']);
      document.head.querySelectorAll('link').forEach((link) => link.remove());
      localStorage.clear();
      bootAt('/folders/Sport');
      expect(preloaded()).toEqual([FEED]);
    });
  });

  it('downloads no feed of its own when the page names none', () => {
    builtHead({ feed: false });
    bootAt('/saved');
    expect(appScripts()).toEqual([ENTRY]);
    expect(feedPreloads()).toEqual([]);
  });

  // The one rule shared with the app: the bundled feed is read unless ?feed= names another.
  it.each([
    '',
    '?feed=',
    '?feed',
    '?unread=1',
    '?feed=%2Fother.json',
    '?unread=1&feed=https%3A%2F%2Fexample.org%2Ffeed.json',
    '?f%65ed=%2Fother.json',
    '?FEED=%2Fother.json',
    '?feeds=%2Fother.json',
    '?feed=&feed=%2Fother.json',
    '?feed=%2Fother.json&feed=',
  ])('agrees with feedFromLocation on which feed %j reads', (search) => {
    bootAt(`/saved${search}`);
    const [preloaded] = feedPreloads();
    expect(preloaded?.href).toBe(feedFromLocation(search).feedParam ?? FEED);
  });
});

describe('public/boot.js with a first screen the app kept', () => {
  const ADDRESS = '/?feed=%2Fother.json';
  const keep = (address: string, entry = ENTRY) =>
    localStorage.setItem(
      `broadsheet:first-screen:${address}`,
      JSON.stringify({ entry, html: '<main><article class="entry">Kept</article></main>' }),
    );
  const app = () => document.getElementById('root');

  beforeEach(() => {
    document.body.innerHTML = '<div id="root"><main>Written front page</main></div>';
  });
  afterEach(() => {
    localStorage.clear();
    document.body.replaceChildren();
  });

  it('shows it at its own address, in place of the hidden written page, and starts the app once it has painted', () => {
    const paints = fakePaintObserver();
    keep(ADDRESS);
    bootAt(ADDRESS);
    expect(app()?.textContent).toBe('Kept');
    expect(hidden()).toBe(false);
    expect(html).toHaveAttribute('data-kept-screen');
    expect(appScripts()).toEqual([]);
    paints.paint('first-contentful-paint');
    vi.runAllTimers();
    expect(appScripts()).toEqual([ENTRY]);
    // The address was read before: the app asks whether its copy changed, no preload.
    expect(feedPreloads()).toEqual([]);
  });

  it('is shown once the page has been read, where it was read too soon to be', () => {
    const paints = fakePaintObserver();
    keep(ADDRESS);
    document.body.replaceChildren();
    const read = stillLoading();
    bootAt(ADDRESS);
    expect(appScripts()).toEqual([]);
    document.body.innerHTML = '<div id="root"><main>Written front page</main></div>';
    read();
    expect(app()?.textContent).toBe('Kept');
    expect(hidden()).toBe(false);
    paints.paint('first-contentful-paint');
    vi.runAllTimers();
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('is not shown at another address, nor when another build drew it', () => {
    keep('/?feed=%2Fthird.json');
    bootAt(ADDRESS);
    expect(hidden()).toBe(true);
    expect(app()).toBeEmptyDOMElement();
    document.body.innerHTML = '<div id="root"><main>Written front page</main></div>';
    keep(ADDRESS, '/assets/index-old.js');
    bootAt(ADDRESS);
    expect(hidden()).toBe(true);
    expect(app()).toBeEmptyDOMElement();
  });

  it('without one, the written page of another address leaves the document before it is laid out', () => {
    bootAt('/saved');
    expect(app()).toBeEmptyDOMElement();
    // At its own address it stays, to show until the app has the same.
    document.body.innerHTML = '<div id="root"><main>Written front page</main></div>';
    bootAt('/');
    expect(app()?.textContent).toBe('Written front page');
  });

  it('is ignored when unreadable', () => {
    localStorage.setItem(`broadsheet:first-screen:${ADDRESS}`, '{not json');
    bootAt(ADDRESS);
    expect(hidden()).toBe(true);
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('without one, downloads the feed ?feed= names, unless a relay reads feeds of other sites', () => {
    bootAt(ADDRESS);
    expect(feedPreloads()).toEqual([
      { href: '/other.json', as: 'fetch', crossOrigin: 'anonymous' },
    ]);
    document.head.querySelectorAll('link').forEach((link) => link.remove());
    localStorage.setItem(
      'broadsheet:settings',
      JSON.stringify({ state: { relay: 'https://relay.example/?url=' }, version: 1 }),
    );
    bootAt('/?feed=https%3A%2F%2Fnews.example%2Ffeed.xml');
    expect(feedPreloads()).toEqual([]);
  });
});

describe("public/boot.js and a feed's page drawn from the feed", () => {
  const DRAW = '/assets/draw-list-abc.js';
  const DRAW_ARTICLE = '/assets/draw-article-abc.js';
  const ADDRESS = '/?feed=%2Fother.json';
  const drawingScripts = () =>
    [...document.head.querySelectorAll<HTMLScriptElement>('script:not([type])')].map((element) => ({
      src: element.getAttribute('src'),
      feed: element.dataset.feed,
      param: element.dataset.param,
    }));
  beforeEach(() => {
    document.head.insertAdjacentHTML(
      'beforeend',
      `<meta name="app-early" content='${JSON.stringify({ feed: [], draw: DRAW, drawArticle: DRAW_ARTICLE })}'>`,
    );
    document.body.innerHTML = '<div id="root"><main>Written front page</main></div>';
  });
  afterEach(() => {
    localStorage.clear();
    document.body.replaceChildren();
  });

  it('loads the drawing script for the feed the address names, and the app only once that screen has painted', () => {
    const paints = fakePaintObserver();
    bootAt(ADDRESS);
    expect(drawingScripts()).toEqual([{ src: DRAW, feed: '/other.json', param: '/other.json' }]);
    // The feed downloads beside the script, not once it has run.
    expect(feedPreloads()).toEqual([
      { href: '/other.json', as: 'fetch', crossOrigin: 'anonymous' },
    ]);
    expect(appScripts()).toEqual([]);
    // The written page leaves the document; the drawn screen takes the root.
    expect(document.getElementById('root')?.textContent).toBe('');
    paints.paint('first-contentful-paint');
    vi.runAllTimers();
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('starts the app at once when the script draws nothing, or cannot be had', () => {
    fakePaintObserver();
    bootAt(ADDRESS);
    expect(appScripts()).toEqual([]);
    document.dispatchEvent(new Event('broadsheet:not-drawn'));
    expect(appScripts()).toEqual([ENTRY]);
    document.head.querySelectorAll('script').forEach((element) => element.remove());
    bootAt(ADDRESS);
    document.head.querySelector('script')?.dispatchEvent(new Event('error'));
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('starts the app after a second all the same while the feed keeps the page blank', () => {
    fakePaintObserver();
    bootAt(ADDRESS);
    vi.advanceTimersByTime(999);
    expect(appScripts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(appScripts()).toEqual([ENTRY]);
  });

  it("an article of a feed, with the article's own script", () => {
    bootAt(`/articles/a${ADDRESS}`);
    expect(drawingScripts()).toEqual([
      { src: DRAW_ARTICLE, feed: '/other.json', param: '/other.json' },
    ]);
    expect(appScripts()).toEqual([]);
  });

  it('asks for another site’s http: feed over https, as the app does', () => {
    bootAt('/?feed=http%3A%2F%2Fnews.example%2Ffeed.xml');
    expect(drawingScripts()).toEqual([
      {
        src: DRAW,
        feed: 'https://news.example/feed.xml',
        param: 'http://news.example/feed.xml',
      },
    ]);
  });

  it('draws nothing where a screen was kept, on other pages, nor for a feed a relay reads', () => {
    localStorage.setItem(
      `broadsheet:first-screen:${ADDRESS}`,
      JSON.stringify({ entry: ENTRY, html: '<main><article class="entry">Kept</article></main>' }),
    );
    bootAt(ADDRESS);
    bootAt('/saved');
    bootAt('/articles/a');
    localStorage.setItem(
      'broadsheet:settings',
      JSON.stringify({ state: { relay: 'https://relay.example/?url=' }, version: 1 }),
    );
    bootAt('/?feed=https%3A%2F%2Fnews.example%2Ffeed.xml');
    expect(drawingScripts()).toEqual([]);
  });
});

describe("public/boot.js and a page of the reader's own feeds drawn from them", () => {
  const DRAW_RIVER = '/assets/draw-river-abc.js';
  const drawingScripts = () =>
    [...document.head.querySelectorAll<HTMLScriptElement>('script:not([type])')].map((element) => ({
      src: element.getAttribute('src'),
      feed: element.dataset.feed,
    }));
  const preloaded = () => feedPreloads().map(({ href }) => href);
  const follow = (feeds: Record<string, { folder?: string }>) =>
    localStorage.setItem(
      'broadsheet:subscriptions',
      JSON.stringify({ state: { feeds }, version: 1 }),
    );
  beforeEach(() => {
    builtHead({ feedWritten: true });
    document.head.insertAdjacentHTML(
      'beforeend',
      `<meta name="app-subscriptions" content='[["${FEED}","The Broadsheet Daily"]]'>` +
        `<meta name="app-early" content='${JSON.stringify({ river: [], folder: [], drawRiver: DRAW_RIVER })}'>`,
    );
    document.body.innerHTML = '<div id="root"><main>Written front page</main></div>';
    follow({
      'http://news.example/feed.xml': { folder: 'News' },
      '/weather.json': {},
      '/elections.json': { folder: 'news' },
    });
  });
  afterEach(() => {
    localStorage.clear();
    document.body.replaceChildren();
  });

  it('loads the drawing script with the feeds downloading beside it, and the app once that screen has painted', () => {
    const paints = fakePaintObserver();
    bootAt('/');
    expect(drawingScripts()).toEqual([{ src: DRAW_RIVER, feed: undefined }]);
    expect(preloaded()).toEqual([
      'https://news.example/feed.xml',
      '/weather.json',
      '/elections.json',
    ]);
    expect(appScripts()).toEqual([]);
    expect(document.getElementById('root')?.textContent).toBe('');
    paints.paint('first-contentful-paint');
    vi.runAllTimers();
    expect(appScripts()).toEqual([ENTRY]);
    // Each feed asked for once: the app reads the responses the screen was drawn from.
    expect(preloaded()).toHaveLength(3);
  });

  it("a folder's page, with the feeds in it", () => {
    bootAt('/folders/NEWS');
    expect(drawingScripts()).toEqual([{ src: DRAW_RIVER, feed: undefined }]);
    expect(preloaded()).toEqual(['https://news.example/feed.xml', '/elections.json']);
  });

  it('starts the app at once when the script draws nothing', () => {
    fakePaintObserver();
    bootAt('/');
    expect(appScripts()).toEqual([]);
    document.dispatchEvent(new Event('broadsheet:not-drawn'));
    // (Each page run before says so too.)
    expect(new Set(appScripts())).toEqual(new Set([ENTRY]));
  });

  it("draws none of a tag's page, more feeds than the app reads at a time, feeds a relay reads, a kept screen or no feed", () => {
    bootAt('/tags/Europe');
    follow(Object.fromEntries(Array.from({ length: 7 }, (_, index) => [`/${index}.json`, {}])));
    bootAt('/');
    follow({ '/mine.json': {} });
    localStorage.setItem(
      'broadsheet:first-screen:/',
      JSON.stringify({ entry: ENTRY, html: '<main>Kept</main>' }),
    );
    bootAt('/');
    localStorage.clear();
    follow({});
    bootAt('/');
    follow({ 'https://news.example/feed.xml': {}, '/weather.json': {} });
    localStorage.setItem(
      'broadsheet:settings',
      JSON.stringify({ state: { relay: 'https://relay.example/?url=' }, version: 1 }),
    );
    bootAt('/');
    expect(drawingScripts()).toEqual([]);
  });

  it('draws too where the front page carries a feed of the page, downloading only the others: the script reads that one there', () => {
    const written = `${window.location.origin}/data/harbour.atom`;
    follow({ [written]: {}, '/weather.json': {} });
    document.head.insertAdjacentHTML(
      'beforeend',
      `<meta name="app-written" content='["/data/harbour.atom"]'>`,
    );
    bootAt('/');
    expect(drawingScripts()).toEqual([{ src: DRAW_RIVER, feed: undefined }]);
    expect(preloaded()).toEqual(['/weather.json']);
  });

  it('draws none for a fresh browser: the written front page shows its feeds', () => {
    localStorage.clear();
    bootAt('/');
    expect(hidden()).toBe(false);
    expect(drawingScripts()).toEqual([]);
  });
});

describe('public/boot.js and the code a page needs at once', () => {
  const EARLY = {
    feed: ['/assets/feed-page.js', '/assets/reader.js'],
    river: ['/assets/river-page.js', '/assets/reader.js'],
    tag: ['/assets/river-page.js', '/assets/reader.js', '/assets/tag-page.js'],
    folder: ['/assets/river-page.js', '/assets/reader.js', '/assets/folder-page.js'],
    article: ['/assets/article.js'],
  };
  const modulePreloads = () =>
    [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) =>
      link.getAttribute('href'),
    );
  beforeEach(() => {
    document.head.insertAdjacentHTML(
      'beforeend',
      `<meta name="app-early" content='${JSON.stringify(EARLY)}'>`,
    );
  });

  it.each([
    ['/?feed=%2Fother.json', EARLY.feed],
    [`/articles/${encodeURIComponent('https://example.org/a')}`, EARLY.article],
    ['/', []],
    ['/saved', []],
  ])('at %s, fetches that code beside the entry', (address, files) => {
    bootAt(address);
    vi.runAllTimers();
    expect(modulePreloads()).toEqual(files);
    expect(appScripts()).toEqual([ENTRY]);
  });

  it("fetches the front page's code where it shows the reader's own subscriptions", () => {
    localStorage.setItem(
      'broadsheet:subscriptions',
      JSON.stringify({ state: { feeds: { '/mine.xml': { title: 'Mine' } } }, version: 1 }),
    );
    document.head.insertAdjacentHTML(
      'beforeend',
      `<meta name="app-subscriptions" content='[["${FEED}","The Broadsheet Daily"]]'>`,
    );
    bootAt('/');
    vi.runAllTimers();
    expect(modulePreloads()).toEqual(EARLY.river);
    expect(appScripts()).toEqual([ENTRY]);
    // A tag's page of them, and a folder's, each with its own.
    for (const [address, files] of [
      ['/tags/Europe', EARLY.tag],
      ['/folders/News', EARLY.folder],
    ] as const) {
      document.head.querySelectorAll('link').forEach((link) => link.remove());
      bootAt(address);
      vi.runAllTimers();
      expect(modulePreloads()).toEqual(files);
    }
    localStorage.clear();
  });

  it('asks for the entry first, so the largest file is never queued behind the others', () => {
    bootAt('/?feed=%2Fother.json');
    vi.runAllTimers();
    const requested = [...document.head.querySelectorAll('script[type="module"], link')].map(
      (element) => element.getAttribute('src') ?? element.getAttribute('href'),
    );
    expect(requested).toEqual([ENTRY, '/other.json', ...EARLY.feed]);
  });

  it('asks for each file in a task of its own, not all in the one that starts the app', () => {
    bootAt('/?feed=%2Fother.json');
    expect(appScripts()).toEqual([ENTRY]);
    expect(modulePreloads()).toEqual([]);
    // One timer for each, besides the app's own.
    expect(vi.getTimerCount()).toBeGreaterThanOrEqual(EARLY.feed.length);
    vi.runAllTimers();
    expect(modulePreloads()).toEqual(EARLY.feed);
  });

  it('fetches a stylesheet as the app will link it, with crossorigin, so it is fetched once', () => {
    document.head
      .querySelector('meta[name="app-early"]')
      ?.setAttribute('content', JSON.stringify({ article: ['/assets/article.css'] }));
    bootAt(`/articles/${encodeURIComponent('https://example.org/a')}`);
    vi.runAllTimers();
    const link = document.head.querySelector<HTMLLinkElement>('link[href="/assets/article.css"]');
    expect(link?.rel).toBe('preload');
    expect(link?.getAttribute('as')).toBe('style');
    expect(link?.getAttribute('crossorigin')).toBe('anonymous');
  });

  it('starts the app all the same when the list is unreadable', () => {
    document.head.querySelector('meta[name="app-early"]')?.setAttribute('content', '{');
    bootAt('/?feed=%2Fother.json');
    expect(modulePreloads()).toEqual([]);
    expect(appScripts()).toEqual([ENTRY]);
  });
});

describe('public/boot.js and the XML reader', () => {
  const READER = '/assets/feed-document.worker-abc.js';
  /** A worker that records how it was made; the test says what it answers. */
  class FakeWorker extends EventTarget {
    static made: { url: string; options?: WorkerOptions }[] = [];
    constructor(url: string, options?: WorkerOptions) {
      super();
      FakeWorker.made.push({ url, options });
    }
  }
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    document.head.insertAdjacentHTML(
      'beforeend',
      `<meta name="app-early" content='${JSON.stringify({ feed: [], reader: READER })}'>`,
    );
  });
  afterEach(() => {
    delete window.broadsheetReader;
  });
  /** The XML readers started (every page also starts the locale's worker). */
  const readers = () => FakeWorker.made.filter(({ url }) => url !== LOCALE_WORKER);

  it("starts the worker beside the app's code where the feed is not named as JSON", () => {
    bootAt(`/?feed=${encodeURIComponent('https://example.org/feed.xml')}`);
    expect(readers()).toEqual([{ url: READER, options: { type: 'module' } }]);
    const reader = window.broadsheetReader;
    expect(reader?.state).toBe('starting');
    // What it says before the app runs is kept for the app.
    reader?.worker.dispatchEvent(new MessageEvent('message', { data: { ready: true } }));
    expect(reader?.state).toBe('ready');
    reader?.worker.dispatchEvent(new Event('error'));
    expect(reader?.state).toBe('failed');
  });

  it('starts none for a JSON Feed, nor where the browser has no workers', () => {
    bootAt(`/?feed=${encodeURIComponent('https://example.org/feed.json')}`);
    bootAt(`/?feed=${encodeURIComponent('https://example.org/feed/json?page=1')}`);
    expect(readers()).toEqual([]);
    vi.stubGlobal('Worker', undefined);
    bootAt(`/?feed=${encodeURIComponent('https://example.org/feed.xml')}`);
    expect(window.broadsheetReader).toBeUndefined();
    expect(appScripts()).toContain(ENTRY);
  });

  it('starts one for all the feeds a page downloads', () => {
    localStorage.setItem(
      'broadsheet:subscriptions',
      JSON.stringify({
        state: { feeds: { '/a.xml': { title: 'A' }, '/b.atom': { title: 'B' } } },
        version: 1,
      }),
    );
    bootAt('/tags/Europe');
    expect(readers()).toHaveLength(1);
    localStorage.clear();
  });
});

describe('public/boot.js and the reader’s locale', () => {
  /** The workers started, by address, with the page's own formats watched. */
  function watchedLocale() {
    const made: string[] = [];
    vi.stubGlobal(
      'Worker',
      vi.fn(function (url: string) {
        made.push(url);
      }),
    );
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    return { made, formatted: () => dates.mock.calls.length + numbers.mock.calls.length };
  }
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('on a page drawn from its feeds, a worker of its own loads the tables as the feeds download', () => {
    document.head.insertAdjacentHTML(
      'beforeend',
      `<meta name="app-early" content='${JSON.stringify({ feed: [], draw: '/assets/draw-list-abc.js' })}'>`,
    );
    document.body.innerHTML = '<div id="root"></div>';
    const paints = fakePaintObserver();
    const { made, formatted } = watchedLocale();
    bootAt('/?feed=%2Fother.json');
    expect(made).toEqual([LOCALE_WORKER]);
    paints.paint('first-contentful-paint');
    vi.runAllTimers();
    expect(appScripts()).toEqual([ENTRY]);
    // Once: not again as the app starts, nor by the page itself.
    expect(made).toEqual([LOCALE_WORKER]);
    expect(formatted()).toBe(0);
  });

  it('on the written page, once it has painted, with the app: not beside that paint', () => {
    document.body.innerHTML = '<div id="root"><main>Written front page</main></div>';
    const paints = fakePaintObserver();
    const { made, formatted } = watchedLocale();
    bootAt('/');
    expect(made).toEqual([]);
    paints.paint('first-contentful-paint');
    vi.runAllTimers();
    expect(appScripts()).toEqual([ENTRY]);
    expect(made).toEqual([LOCALE_WORKER]);
    expect(formatted()).toBe(0);
  });

  it('starts the app all the same where there are no workers', () => {
    vi.stubGlobal('Worker', undefined);
    bootAt('/?feed=%2Fother.json');
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('public/locale-worker.js formats a date, a plural, a number, a list of names and a comparison, then ends', () => {
    const worker = readFileSync(join(ROOT, 'public', 'locale-worker.js'), 'utf8');
    const used: string[] = [];
    const { DateTimeFormat, ListFormat, NumberFormat, PluralRules } = Intl;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args) {
      used.push('date');
      return new DateTimeFormat(...args);
    });
    vi.spyOn(Intl, 'PluralRules').mockImplementation(function (...args) {
      used.push('plural');
      return new PluralRules(...args);
    });
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args) {
      used.push('number');
      return new NumberFormat(...args);
    });
    vi.spyOn(Intl, 'ListFormat').mockImplementation(function (...args) {
      used.push('names');
      return new ListFormat(...args);
    });
    const { localeCompare } = String.prototype;
    vi.spyOn(String.prototype, 'localeCompare').mockImplementation(function (
      this: string,
      ...args
    ) {
      used.push('comparison');
      return localeCompare.apply(this, args);
    });
    const close = vi.fn();
    new Function('close', worker)(close);
    expect(used).toEqual(['date', 'plural', 'number', 'names', 'comparison']);
    expect(close).toHaveBeenCalledOnce();
  });

  it('public/locale-worker.js ends all the same where Intl is missing', () => {
    const worker = readFileSync(join(ROOT, 'public', 'locale-worker.js'), 'utf8');
    vi.stubGlobal('Intl', undefined);
    const close = vi.fn();
    expect(() => new Function('close', worker)(close)).not.toThrow();
    expect(close).toHaveBeenCalledOnce();
  });
});

describe('step 5: code of an older release, whose files are gone', () => {
  it('after an import failed online, the next link of the app followed loads its page afresh', () => {
    bootAt('/');
    const link = document.createElement('a');
    link.href = '/settings';
    document.body.append(link);
    const followedByTheBrowser = () => {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      link.dispatchEvent(click);
      return click.defaultPrevented;
    };
    try {
      expect(followedByTheBrowser()).toBe(false);
      window.dispatchEvent(new Event('vite:preloadError'));
      // The script takes the click, to load the page afresh (a navigation jsdom does not make).
      expect(followedByTheBrowser()).toBe(true);
    } finally {
      link.remove();
    }
  });
});
