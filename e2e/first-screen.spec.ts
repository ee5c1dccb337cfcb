import type { Page } from '@playwright/test';
import {
  appStarted,
  blockOtherOrigins,
  expect,
  fulfillFeed,
  holdApp,
  layoutShifts,
  openApp,
  test,
  withFeedParam,
} from './support/browser';
import { articlePath, SEED } from './support/demo';

/** Each entry listed, as its title and its distance from the top of the page, in order. */
function entryPlaces(page: Page): Promise<string[]> {
  return page
    .getByRole('article')
    .evaluateAll((entries) =>
      entries.map(
        (entry) =>
          `${entry.querySelector('h3')?.textContent ?? ''} @ ${entry.getBoundingClientRect().top + window.scrollY}`,
      ),
    );
}

test.describe('the first screen in the built page', () => {
  test('the front page reads without JavaScript: the seed article under its day', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const day = page.getByRole('region', { name: 'Sunday, June 30, 2019' });
    await expect(day.getByRole('article', { name: SEED.title })).toBeVisible();
    await expect(day.getByRole('link', { name: SEED.title })).toHaveAttribute(
      'href',
      articlePath(SEED.id),
    );
    await context.close();
  });

  test('the front page paints whole: a part read before the rest is not shown, to be moved', async ({
    page,
  }) => {
    // A busy processor or a slow network has the page read in parts. A script held back in the
    // middle of the header stops the reading there for a second, as such a pause does.
    await page.route('/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '<div class="quick-settings">',
        '<script src="/held-back.js"></script><div class="quick-settings">',
      );
      await route.fulfill({ response, body });
    });
    await page.route('**/held-back.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await openApp(page, '/');
    await expect(page.getByRole('button', { name: 'Older posts' })).not.toHaveAttribute(
      'aria-disabled',
    );
    // Painted before "Display settings" was read, the search box moved aside for it.
    expect(await layoutShifts(page)).toEqual([]);
  });

  test('the app takes over the front page without moving it', async ({ page, pageErrors }) => {
    await openApp(page, '/');
    // The app has rendered the page over the one written into the built file: its buttons work.
    const older = page.getByRole('button', { name: 'Older posts' });
    await expect(older).not.toHaveAttribute('aria-disabled');
    expect(await layoutShifts(page)).toEqual([]);
    // "Older posts" adds below: every entry shown stays where it was. (Not a layout-shift
    // count: the footer moving down is one, once the page takes over half a second to come.)
    const before = await entryPlaces(page);
    await older.click();
    await expect(
      page.getByRole('article', {
        name: 'Fishing Cooperative Reports Strong Start to Mackerel Season',
      }),
    ).toBeVisible();
    expect((await entryPlaces(page)).slice(0, before.length)).toEqual(before);
    expect(pageErrors).toEqual([]);
  });

  test('an article reads without JavaScript: its own file, with its title', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(articlePath(SEED.id));
    await expect(page).toHaveTitle(`${SEED.title} · The Broadsheet Daily`);
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
    await expect(page.getByText('Featured image: The Kremlin')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Latest news' })).toHaveCount(0);
    await context.close();
  });

  test('the app takes over an article without moving it, then works', async ({
    page,
    pageErrors,
  }) => {
    await openApp(page, articlePath(SEED.id));
    const save = page.getByRole('button', { name: 'Save for offline' });
    await expect(save).not.toHaveAttribute('aria-disabled');
    await expect(page.getByRole('heading', { name: 'No comments', exact: true })).toBeVisible();
    expect(await layoutShifts(page)).toEqual([]);
    await page.getByRole('link', { name: /Older.*A Decade On/ }).click();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'A Decade On, Quay Street’s First Roastery Still Opens at Six',
      }),
    ).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test('another address never shows a page written for another', async ({ page }) => {
    // Whether the written page is marked stale once the document is parsed (by theme-init.js, in
    // <head>), and whether any frame shows it (no frame is drawn before the stylesheet is in). The
    // written page is the one whose buttons still say aria-disabled: the app's own never do.
    await page.addInitScript(() => {
      const seen = { markedAtParse: false, shownInAFrame: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      const writtenShown = () => {
        const root = document.getElementById('root');
        return Boolean(
          root &&
          getComputedStyle(root).display !== 'none' &&
          root.querySelector('[aria-disabled="true"]'),
        );
      };
      document.addEventListener('DOMContentLoaded', () => {
        seen.markedAtParse = document.documentElement.hasAttribute('data-stale-first-screen');
        const everyFrame = () => {
          if (writtenShown()) seen.shownInAFrame = true;
          if (document.documentElement.dataset.app !== 'started') requestAnimationFrame(everyFrame);
        };
        requestAnimationFrame(everyFrame);
      });
    });
    const seen = () => page.evaluate(() => (window as unknown as { seen: unknown }).seen);
    await openApp(page, '/tags/North%20Korea');
    await expect(page.getByRole('heading', { level: 1, name: 'North Korea' })).toBeVisible();
    expect(await seen()).toEqual({ markedAtParse: true, shownInAFrame: false });
    await expect(page.getByRole('heading', { name: 'Latest news' })).toHaveCount(0);
    // The seed article's own file, at the same article in another feed: another page.
    await openApp(page, `${articlePath(SEED.id)}?feed=${encodeURIComponent('/data/feed.json')}`);
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
    expect(await seen()).toEqual({ markedAtParse: true, shownInAFrame: false });
  });
});

test("a feed's description longer than its two lines brings its button without moving the site's link", async ({
  page,
}) => {
  // Curt Clifton's 113-character description is three lines on a phone.
  await page.route('**/fixtures/curt.json', (route) =>
    fulfillFeed(route, 'real/Ranchero-Software__RSParser__curt.json'),
  );
  await page.setViewportSize({ width: 412, height: 823 });
  await openApp(page, withFeedParam('/', '/fixtures/curt.json'));
  await expect(page.getByRole('button', { name: 'Whole description' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Visit curtclifton\.net/ })).toBeVisible();
  expect(await layoutShifts(page)).toEqual([]);
});

test('a long host name beside "Whole description" on a phone is cut short, not moved to a line of its own', async ({
  page,
}) => {
  // The Google Ads Developer Blog: three lines of description, and "Visit
  // googleadsdeveloper.blogspot.com", wider than a phone once the button is beside it.
  await page.route('**/fixtures/ads.atom', (route) =>
    fulfillFeed(route, 'xml/blogger-atom-feedburner__rbren__rss-parser__feedburner.atom'),
  );
  await page.setViewportSize({ width: 412, height: 823 });
  await openApp(page, withFeedParam('/', '/fixtures/ads.atom'));
  const more = page.getByRole('button', { name: 'Whole description' });
  const site = page.getByRole('link', { name: /^Visit googleadsdeveloper\.blogspot\.com/ });
  await expect(more).toBeVisible();
  await expect(site).toBeVisible();
  // Both on one line: the link beside the button, not wrapped onto a line below it.
  const [button, link] = [await more.boundingBox(), await site.boundingBox()];
  expect(Math.abs((link?.y ?? 0) - (button?.y ?? 0))).toBeLessThan(4);
  expect(link?.height).toBeLessThan((button?.height ?? 0) + 4);
  expect(await layoutShifts(page)).toEqual([]);
});

test.describe("a feed's page opened cold", () => {
  const FEED = '/fixtures/manton.json';
  const FIRST = 'NSDrinking tonight, 8pm at Ginger Man. We were thinking near the front instead…';

  /** Serves the feed, and holds the app's code back until the returned function is called. */
  async function servedWithAppHeld(page: Page, baseURL: string | undefined) {
    await blockOtherOrigins(page, baseURL);
    await page.route(`**${FEED}`, (route) =>
      fulfillFeed(route, 'real/tfausak__json-feed__manton.org.json'),
    );
    return holdApp(page);
  }

  test("shows the feed's entries, drawn from the feed, before the app's code has arrived; the app then takes over without moving them", async ({
    page,
    pageErrors,
    baseURL,
  }) => {
    const release = await servedWithAppHeld(page, baseURL);
    await page.goto(withFeedParam('/', FEED), { waitUntil: 'domcontentloaded' });
    const day = page.getByRole('region', { name: 'Thursday, May 25, 2017' });
    await expect(day.getByRole('heading', { level: 3, name: FIRST })).toBeVisible();
    await expect(page).toHaveTitle('Manton Reece · Broadsheet');
    // Drawn, not the app's yet: nothing works but links.
    await expect(page.getByRole('button', { name: 'Subscribe' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(page.locator('html[data-app="started"]')).toHaveCount(0);
    const before = await entryPlaces(page);

    release();
    await appStarted(page);
    await expect(page.getByRole('button', { name: 'Subscribe' })).not.toHaveAttribute(
      'aria-disabled',
    );
    expect((await entryPlaces(page)).slice(0, 3)).toEqual(before.slice(0, 3));
    expect(await layoutShifts(page)).toEqual([]);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByText('Subscribed.')).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test("the app's first draw over it holds the drawn entries alone, and the rest of the list follows", async ({
    page,
    baseURL,
  }) => {
    const release = await servedWithAppHeld(page, baseURL);
    await page.goto(withFeedParam('/', FEED), { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 3, name: FIRST })).toBeVisible();
    // The list as each change to the page leaves it: its entries, and whether they are drawn.
    await page.evaluate(() => {
      const states: string[] = [];
      Object.assign(window, { listStates: states });
      new MutationObserver(() => {
        const entries = document.querySelectorAll('#root article.entry').length;
        const drawn = document.querySelector('#root [id^="drawn-entry-"]') !== null;
        const state = `${entries} ${drawn ? 'drawn' : 'by the app'}`;
        if (states.at(-1) !== state) states.push(state);
      }).observe(document.getElementById('root') as HTMLElement, {
        childList: true,
        subtree: true,
      });
    });
    release();
    await appStarted(page);
    // Manton's feed has ten entries: eight are drawn, as many as the app draws first.
    await expect(page.getByRole('article')).toHaveCount(10);
    const states = await page.evaluate(
      () => (window as unknown as { listStates: string[] }).listStates,
    );
    expect(states.find((state) => state.endsWith('by the app'))).toBe('8 by the app');
    expect(states.at(-1)).toBe('10 by the app');
  });

  test("shows an article of the feed, drawn from the feed, before the app's code has arrived; the app then takes over without moving it", async ({
    page,
    pageErrors,
    baseURL,
  }) => {
    const release = await servedWithAppHeld(page, baseURL);
    await page.goto(
      withFeedParam(
        `/articles/${encodeURIComponent('https://www.manton.org/2017/05/5177.html')}`,
        FEED,
      ),
      { waitUntil: 'domcontentloaded' },
    );
    const heading = page.getByRole('heading', { level: 1, name: FIRST });
    await expect(heading).toBeVisible();
    await expect(page.getByText('Cavs game')).toBeVisible();
    await expect(page).toHaveTitle(`${FIRST} · Manton Reece`);
    const save = page.getByRole('button', { name: 'Save for offline' });
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    const before = await page.getByText('Cavs game').boundingBox();

    release();
    await appStarted(page);
    await expect(save).not.toHaveAttribute('aria-disabled');
    expect(await page.getByText('Cavs game').boundingBox()).toEqual(before);
    expect(await layoutShifts(page)).toEqual([]);
    await expect(page.getByRole('heading', { name: 'No comments', exact: true })).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test('that cannot be read is left to the app, which says why', async ({ page }) => {
    await page.route(`**${FEED}`, (route) =>
      route.fulfill({
        body: '{"version": "https://jsonfeed.org/version/1.1"',
        contentType: 'application/json',
      }),
    );
    await openApp(page, withFeedParam('/', FEED));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Feed could not be loaded' }),
    ).toBeVisible();
  });
});

test.describe("the front page of a reader's own feeds opened cold", () => {
  const FEEDS = {
    '/fixtures/manton.json': ['Manton Reece', 'real/tfausak__json-feed__manton.org.json'],
    '/fixtures/df.rss': ['Daring Fireball', 'xml/Ranchero-Software__RSParser__DaringFireball.rss'],
  } as const;
  const FIRST = 'NSDrinking tonight, 8pm at Ginger Man. We were thinking near the front instead…';

  /**
   * Serves the feeds by others, follows `followed` (addresses on the site and their names),
   * and holds the app's code back until the returned function is called. Every request the
   * page makes is listed in `requests`, by path.
   */
  async function followedWithAppHeld(
    page: Page,
    baseURL: string | undefined,
    followed: Record<string, string>,
  ) {
    await blockOtherOrigins(page, baseURL);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    for (const [path, [, fixture]] of Object.entries(FEEDS)) {
      await page.route(`**${path}`, (route) => fulfillFeed(route, fixture));
    }
    const at = new Date(0).toISOString();
    const feeds = Object.fromEntries(
      Object.entries(followed).map(([path, title]) => {
        const feedUrl = `${baseURL}${path}`;
        return [feedUrl, { feedUrl, title, addedAt: at, changedAt: at }];
      }),
    );
    await page.addInitScript(
      (stored) => {
        if (localStorage.getItem('broadsheet:subscriptions') === null) {
          localStorage.setItem('broadsheet:subscriptions', stored);
        }
      },
      JSON.stringify({ state: { feeds }, version: 1 }),
    );
    return { requests, release: await holdApp(page) };
  }

  test("shows their newest entries, drawn from the feeds, before the app's code has arrived; the app then takes over without moving them", async ({
    page,
    pageErrors,
    baseURL,
  }) => {
    const { requests, release } = await followedWithAppHeld(
      page,
      baseURL,
      Object.fromEntries(Object.entries(FEEDS).map(([path, [title]]) => [path, title])),
    );

    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const day = page.getByRole('region', { name: 'Thursday, May 25, 2017' });
    const first = day.getByRole('article', { name: FIRST });
    await expect(first).toBeVisible();
    await expect(first.getByRole('link', { name: 'Manton Reece' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible();
    await expect(page).toHaveTitle('Broadsheet');
    const refresh = page.getByRole('button', { name: 'Refresh' });
    await expect(refresh).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('html[data-app="started"]')).toHaveCount(0);
    const before = await entryPlaces(page);

    release();
    await appStarted(page);
    await expect(refresh).not.toHaveAttribute('aria-disabled');
    expect((await entryPlaces(page)).slice(0, 3)).toEqual(before.slice(0, 3));
    expect(await layoutShifts(page)).toEqual([]);
    // Each feed downloaded once: the app read the responses the screen was drawn from.
    expect(requests.filter((path) => path in FEEDS).toSorted()).toEqual(
      Object.keys(FEEDS).toSorted(),
    );
    expect(pageErrors).toEqual([]);
  });

  test('drawn too with the default feeds kept beside one more, read from the page that carries them: neither is downloaded', async ({
    page,
    pageErrors,
    baseURL,
  }) => {
    const { requests, release } = await followedWithAppHeld(page, baseURL, {
      '/data/feed.json': 'The Broadsheet Daily',
      '/data/harbour-notes/posts.atom': 'Harbour Notes',
      '/fixtures/manton.json': 'Manton Reece',
    });

    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const day = page.getByRole('region', { name: 'Thursday, July 4, 2019' });
    const first = day.getByRole('article', { name: 'The night ferry comes back' });
    await expect(first).toBeVisible();
    await expect(first.getByRole('link', { name: 'Harbour Notes' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible();
    await expect(page.locator('html[data-app="started"]')).toHaveCount(0);

    release();
    await appStarted(page);
    await expect(page.getByRole('button', { name: 'Refresh' })).not.toHaveAttribute(
      'aria-disabled',
    );
    await expect(first).toBeVisible();
    expect(requests.filter((path) => path === '/fixtures/manton.json')).toHaveLength(1);
    // Neither written feed, nor the XML reader the Atom one would need.
    expect(
      requests.filter((path) => path.startsWith('/data/') && !path.startsWith('/data/images/')),
    ).toEqual([]);
    expect(requests.filter((path) => path.includes('.worker'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
