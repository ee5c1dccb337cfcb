import {
  blockOtherOrigins,
  expect,
  fulfillFeed,
  openApp,
  reloadApp,
  scrollYOf,
  settledScrollY,
  serveTitledFeed,
  test,
  withFeedParam,
} from './support/browser';
import { articlePath, SEED } from './support/demo';

const ROASTERY_TITLE = 'A Decade On, Quay Street’s First Roastery Still Opens at Six';
/** On feed-3.json: reaching it takes a walk of next_url pages. */
const FERRY = {
  id: 'https://broadsheet.example/2019/06/20/summer-ferry-timetable',
  title: 'Alder Sound Ferries Switch to Summer Timetable on Monday',
};
const PAGE_TWO_TITLE = 'Fishing Cooperative Reports Strong Start to Mackerel Season';

test.describe('front page and article', () => {
  test('opening an article lower in the list, then going back, restores the list and its scroll position', async ({
    page,
  }) => {
    await openApp(page, '/');
    // Every entry of the front page names its feed.
    await expect(page.getByRole('link', { name: 'The Broadsheet Daily' }).first()).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Sunday, June 30, 2019' }),
    ).toBeVisible();

    // Load the second page, so the list is longer than one request's worth.
    await page.getByRole('button', { name: 'Older posts' }).click();
    await expect(page.getByRole('article', { name: PAGE_TWO_TITLE })).toBeVisible();

    const entry = page.getByRole('article', { name: ROASTERY_TITLE });
    const link = entry.getByRole('link', { name: ROASTERY_TITLE });
    await link.scrollIntoViewIfNeeded();
    await expect.poll(() => scrollYOf(page)).toBeGreaterThan(500);
    // Settle: the position the list will be left at.
    const before = await settledScrollY(page);
    await expect(link).toBeInViewport();

    await link.click();
    const heading = page.getByRole('heading', { level: 1, name: ROASTERY_TITLE });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page).toHaveURL(
      articlePath('https://broadsheet.example/2019/06/30/harbour-roasters-decade'),
    );

    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('article', { name: ROASTERY_TITLE })).toBeVisible();
    // The second page is still listed, so the old position exists to return to.
    await expect(page.getByRole('article', { name: PAGE_TWO_TITLE })).toBeAttached();
    await expect
      .poll(async () => Math.abs((await scrollYOf(page)) - before))
      .toBeLessThanOrEqual(50);
  });

  test('the seed article shows its byline and image credit', async ({ page }) => {
    await openApp(page, '/');
    await page
      .getByRole('article', { name: SEED.title })
      .getByRole('link', { name: SEED.title })
      .click();
    const heading = page.getByRole('heading', { level: 1, name: SEED.title });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page).toHaveURL(articlePath(SEED.id));
    await expect(page.getByText('Leo Byrne').first()).toBeVisible();
    await expect(page.getByText('Featured image: The Kremlin')).toBeVisible();
  });

  test('a deep link to an article beyond page one opens it, also after a reload', async ({
    page,
  }) => {
    await openApp(page, articlePath(FERRY.id));
    await expect(page.getByRole('heading', { level: 1, name: FERRY.title })).toBeVisible();
    await reloadApp(page);
    await expect(page.getByRole('heading', { level: 1, name: FERRY.title })).toBeVisible();
    await expect(page.getByRole('link', { name: 'The Broadsheet Daily' })).toBeVisible();
  });

  test("a page opened by its address in the same tab starts at its top, not at another page's place; a reload keeps its own", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, '/');
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => scrollYOf(page)).toBeGreaterThan(2000);
    // As a bookmark or a pasted link opens it: a new document in the same tab.
    await openApp(page, articlePath(SEED.id));
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
    expect(await scrollYOf(page)).toBe(0);
    await openApp(page, '/');
    expect(await scrollYOf(page)).toBe(0);

    await page.mouse.wheel(0, 1500);
    await expect.poll(() => scrollYOf(page)).toBeGreaterThan(1000);
    const place = await settledScrollY(page);
    await reloadApp(page);
    await expect.poll(() => scrollYOf(page)).toBe(place);
  });

  test("back after a footnote and the note's own way back returns to each place in turn, in an article opened from the list and in one opened by its address", async ({
    page,
  }) => {
    const paragraphs = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => `<p>Paragraph ${from + index} of the essay.</p>`);
    const html = [
      ...paragraphs(1, 30),
      '<p>As the survey found<a id="fnref1" href="#fn1">1</a>, the quay was rebuilt.</p>',
      ...paragraphs(31, 40),
      '<p id="fn1">The harbour survey of 1911. <a href="#fnref1">Back to the text</a></p>',
    ].join('');
    await page.route(
      (url) => url.pathname === '/notes/feed.json',
      (route) =>
        route.fulfill({
          contentType: 'application/feed+json',
          body: JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Essays',
            items: [{ id: 'essay', title: 'The Quay', content_html: html }],
          }),
        }),
    );
    await page.setViewportSize({ width: 390, height: 844 });
    const footnoteAndBack = async () => {
      const link = page.getByRole('link', { name: '1', exact: true });
      await link.scrollIntoViewIfNeeded();
      const place = await settledScrollY(page);
      expect(place).toBeGreaterThan(500);
      await link.click();
      await expect(page.getByText('The harbour survey of 1911.')).toBeInViewport();
      await expect(link).not.toBeInViewport();
      const note = await settledScrollY(page);
      // The note's way back to the text, then the browser's Back: to the note again.
      await page.getByRole('link', { name: 'Back to the text' }).click();
      await expect(link).toBeInViewport();
      await page.evaluate(() => window.scrollBy(0, -300));
      await settledScrollY(page);
      await page.goBack();
      await expect.poll(() => scrollYOf(page)).toBe(note);
      await page.goBack();
      await expect(link).toBeInViewport();
      expect(Math.abs((await settledScrollY(page)) - place)).toBeLessThan(5);
    };

    await openApp(page, withFeedParam('/', '/notes/feed.json'));
    await page.getByRole('link', { name: 'The Quay' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The Quay' })).toBeVisible();
    await footnoteAndBack();

    await openApp(page, withFeedParam('/articles/essay', '/notes/feed.json'));
    await expect(page.getByRole('heading', { level: 1, name: 'The Quay' })).toBeVisible();
    await footnoteAndBack();
  });

  test('"Older posts" pressed at the keyboard keeps the focus while the older page is read, then hands it to the first entry added', async ({
    page,
  }) => {
    // The older page takes a moment, as on a real network: the button says it is reading.
    await page.route(
      (url) => url.pathname === '/data/feed-2.json',
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      },
    );
    await openApp(page, withFeedParam('/', '/data/feed.json'));
    const older = page.getByRole('button', { name: /older posts/i });
    const shown = await page.getByRole('article').count();
    await older.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Loading older posts…' })).toBeFocused();
    await expect(page.getByRole('article', { name: PAGE_TWO_TITLE })).toBeVisible();
    const added = page.getByRole('article').nth(shown);
    await expect(added.getByRole('heading').getByRole('link')).toBeFocused();
    await expect(added).toBeInViewport();
  });

  test('an unknown article id shows "Article not found" with a way back', async ({ page }) => {
    await openApp(page, articlePath('https://broadsheet.example/no-such-article'));
    await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the front page' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('article', { name: SEED.title })).toBeVisible();
  });

  test('no uncaught errors on the front page and the seed article', async ({
    page,
    pageErrors,
  }) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    await openApp(page, '/');
    await expect(page.getByRole('article', { name: SEED.title })).toBeVisible();
    await page
      .getByRole('article', { name: SEED.title })
      .getByRole('link', { name: SEED.title })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
    await reloadApp(page);
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();

    expect(pageErrors.map((error) => error.message)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('?feed= reads any JSON Feed', () => {
  // These feeds exist only as page.route() fixtures. Requests a service worker makes on the
  // page's behalf never reach page.route(), so once the app's worker controls the page (it claims
  // clients on first install) a retry would go to the preview server instead. Block the worker here.
  test.use({ serviceWorkers: 'block' });
  // Real-world feeds link pictures on their own sites; keep the tests off the network.
  test.beforeEach(({ page, baseURL }) => blockOtherOrigins(page, baseURL));

  test('a real-world fixture feed lists its entries and keeps feed= on in-app links', async ({
    page,
  }) => {
    await page.route('**/fixtures/manton.json', (route) =>
      fulfillFeed(route, 'real/tfausak__json-feed__manton.org.json'),
    );
    await openApp(page, withFeedParam('/', '/fixtures/manton.json'));

    const masthead = page.getByRole('link', { name: 'Manton Reece' });
    await expect(masthead).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(10);
    await expect(page.getByRole('article', { name: 'First week of JSON Feed' })).toBeVisible();

    await page
      .getByRole('article', { name: 'Micro.blog photos' })
      .getByRole('link', { name: 'Micro.blog photos' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Micro.blog photos' })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('feed')).toBe('/fixtures/manton.json');
    expect(new URL(page.url()).pathname).toBe(
      articlePath('https://www.manton.org/2017/05/micro-blog-photos.html'),
    );
    // The masthead still leads home within the same feed.
    await masthead.click();
    await expect(page.getByRole('article', { name: 'First week of JSON Feed' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).searchParams.get('feed')).toBe('/fixtures/manton.json');
  });

  test("on a phone a long title is set smaller, read whole, in the masthead's same line", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const title = 'The Guardian: World news | The Guardian';
    await serveTitledFeed(page, '/fixtures/long-title.json', title);
    await openApp(page, '/');
    const line = page.locator('.masthead-title');
    const height = (await line.boundingBox())?.height;

    await openApp(page, withFeedParam('/', '/fixtures/long-title.json'));
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    const [scrollWidth, clientWidth] = await line.evaluate((element) => [
      element.scrollWidth,
      element.clientWidth,
    ]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect((await line.boundingBox())?.height).toBe(height);
  });

  test("on a phone the front page's header leaves the screen to the news: the first entry's text shows in it", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await openApp(page, '/');
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.height).toBeLessThan(823 / 3);
    const first = page.getByRole('article').first();
    const excerpt = await first.locator('.excerpt').boundingBox();
    expect((excerpt?.y ?? Infinity) + (excerpt?.height ?? 0)).toBeLessThan(823);
    // On a wide screen the app's masthead is as tall as a feed's: the page starts at one place.
    await page.setViewportSize({ width: 1280, height: 900 });
    const main = async () => (await page.locator('#main').boundingBox())?.y;
    const onRiver = await main();
    await openApp(page, withFeedParam('/', '/data/feed.json'));
    await expect(page.getByRole('link', { name: 'The Broadsheet Daily' }).first()).toBeVisible();
    expect(await main()).toBe(onRiver);
  });

  test('a broken feed explains why, and "Try again" recovers once it is fixed', async ({
    page,
  }) => {
    let serve: 'error' | 'cut-off' | 'not-a-feed' | 'fixed' = 'error';
    await page.route('**/fixtures/broken.json', (route) => {
      switch (serve) {
        case 'error':
          return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Server error' });
        case 'cut-off':
          return fulfillFeed(route, 'invalid/Ranchero-Software__RSParser__allthis-partial.json');
        case 'not-a-feed':
          return fulfillFeed(
            route,
            'invalid/danmactough__jsonfeed-schema-validator__invalid-missing-version.json',
          );
        case 'fixed':
          return fulfillFeed(route, 'real/tfausak__json-feed__manton.org.json');
      }
    });

    await openApp(page, withFeedParam('/', '/fixtures/broken.json'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This feed could not be loaded.');
    await expect(alert).toContainText('The server answered 500');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feed could not be loaded');

    serve = 'cut-off';
    await reloadApp(page);
    await expect(alert).toContainText('This feed could not be loaded.');
    await expect(alert).toContainText(
      'The document is not valid JSON; it may be cut off or broken.',
    );

    serve = 'not-a-feed';
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toContainText('This is not a JSON Feed');

    serve = 'fixed';
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('article', { name: 'First week of JSON Feed' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Manton Reece' })).toBeVisible();
  });
});
