import type { Page } from '@playwright/test';
import { expect, feedFixture, test, watchPolicyReports, withFeedParam } from './support/browser';

/** Serves a fixture under tests/fixtures/feeds at a path of the app's origin. */
async function serve(page: Page, path: string, fixture: string, contentType: string) {
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ path: feedFixture(fixture), contentType }),
  );
}

const BLOG = '/data/harbour-notes/posts.atom';
const FERRY = 'The night ferry comes back';

function thread(page: Page) {
  return page.locator('section.comments');
}

test('an RSS feed reads end to end, parsed in a worker', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // The parser's code on the page itself is for comment feeds and browsers without workers.
  const parserOnPage: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/xml-parser-/.test(request.url())) parserOnPage.push(request.url());
  });
  await serve(
    page,
    '/fixtures/natasha.xml',
    'xml/Ranchero-Software__RSParser__natasha.xml',
    'application/rss+xml',
  );
  await page.goto(withFeedParam('/', '/fixtures/natasha.xml'));
  await expect(page.getByRole('link', { name: 'Natasha The Robot' })).toBeVisible();
  const title = 'The Easiest Way to Get a URL for your Apple Wallet Passkit Pass';
  const entry = page.getByRole('article', { name: title });
  await expect(entry).toContainText('6 comments');
  // One, started by the page's boot script beside the app's code, and taken over by the app.
  expect(workers.filter((url) => /feed-document\.worker/.test(url))).toHaveLength(1);
  expect(parserOnPage).toEqual([]);

  await entry.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('.article-body')).toContainText('create a PassKit Pass');
});

test('a feed naming rare entities reads them: the full table loads only for such a feed', async ({
  page,
}) => {
  const tables: string[] = [];
  page.on('request', (request) => {
    // The `entities` package's decoder (assets/decode-…), not the app's (decode-text-…).
    if (/\/assets\/decode-(?!text-)[\w-]+\.js$/.test(request.url())) tables.push(request.url());
  });
  const rss = (title: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Hearts</title>` +
    `<link>https://example.org/</link><item><title>${title}</title>` +
    `<link>https://example.org/1</link><guid>1</guid></item></channel></rss>`;
  const serveRss = (path: string, title: string) =>
    page.route(
      (url) => url.pathname === path,
      (route) => route.fulfill({ body: rss(title), contentType: 'application/rss+xml' }),
    );
  await serveRss('/fixtures/common.xml', 'Caf&eacute; &ndash; na&iuml;ve&hellip;');
  await serveRss('/fixtures/hearts.xml', 'I &hearts; caf&eacute;');

  await page.goto(withFeedParam('/', '/fixtures/common.xml'));
  await expect(page.getByRole('article', { name: 'Café – naïve…' })).toBeVisible();
  expect(tables).toEqual([]);

  await page.goto(withFeedParam('/', '/fixtures/hearts.xml'));
  await expect(page.getByRole('article', { name: 'I ♥ café' })).toBeVisible();
  expect(tables).toHaveLength(1);
});

test('a Blogger blog: comments arrive from its comment feed; a reply to one lasts', async ({
  page,
}) => {
  await page.goto(withFeedParam('/', BLOG));
  const entry = page.getByRole('article', { name: FERRY });
  await expect(entry).toContainText('3 comments');
  await entry.getByRole('link', { name: FERRY }).click();
  await expect(page.getByRole('heading', { level: 1, name: FERRY })).toBeVisible();

  const niamh = thread(page).getByRole('article', { name: /Niamh O'Dwyer/ });
  const maeve = niamh.getByRole('article', { name: /Maeve Costigan/ });
  await expect(maeve).toContainText('Same brass rail, new coffee machine.');

  await thread(page).getByLabel('Name').first().fill('Ada');
  await maeve.getByRole('button', { name: 'Reply', exact: true }).click();
  await maeve.getByLabel('Comment', { exact: true }).fill('Booked for Friday.');
  await maeve.getByRole('button', { name: 'Post reply' }).click();
  await expect(maeve.getByRole('article', { name: /Ada/ })).toContainText('Booked for Friday.');

  await page.reload();
  const reloaded = thread(page)
    .getByRole('article', { name: /Niamh O'Dwyer/ })
    .getByRole('article', { name: /Maeve Costigan/ });
  await expect(reloaded.getByRole('article', { name: /Ada/ })).toContainText('Booked for Friday.');
});

test('a WordPress feed with relative links and a wfw:commentRss thread', async ({ page }) => {
  await serve(
    page,
    '/category/raspberrypi/feed/',
    'xml/wordpress-rss-relative-links__8none1__old_whizzy_dot_org__category-raspberrypi-feed-index.xml',
    'application/rss+xml; charset=UTF-8',
  );
  await serve(
    page,
    '/2021/01/02/double-helping-of-pi-hole/feed/',
    'comments/wordpress-comments-rss-post-small__8none1__old_whizzy_dot_org__double-helping-of-pi-hole-feed-index.xml',
    'application/rss+xml; charset=UTF-8',
  );
  // The site's pictures, which the article's relative addresses name.
  await page.route(
    (url) => url.pathname.startsWith('/wp-content/uploads/'),
    (route) => route.fulfill({ path: 'public/icons/icon-192.png', contentType: 'image/png' }),
  );
  await page.goto(withFeedParam('/', '/category/raspberrypi/feed/'));
  const title = 'Double helping of Pi Hole';
  await page.getByRole('article', { name: title }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const origin = new URL(page.url()).origin;
  await expect(page.locator('.article-body img').first()).toHaveAttribute(
    'src',
    `${origin}/wp-content/uploads/2021/01/Double-Pi-Hole.png`,
  );
  await expect(thread(page).getByRole('article')).toHaveCount(4);
});

test('a web page leads to the feed it names (autodiscovery)', async ({ page }) => {
  await serve(
    page,
    '/ocr-d/',
    'html/autodiscovery-single-atom-relative__OCR-D__ocrd-website__index.html',
    'text/html; charset=utf-8',
  );
  await serve(
    page,
    '/feed.xml',
    'xml/jekyll-atom-xmlbase-relative__OCR-D__ocrd-website__feed.xml',
    'application/atom+xml',
  );
  await page.goto(withFeedParam('/', '/ocr-d/'));
  await expect(page.getByRole('link', { name: 'OCR-D' }).first()).toBeVisible();
  await expect(page.getByRole('article', { name: 'Auftakt der Pilotierungsphase' })).toBeVisible();
});

test('a podcast episode plays in the article', async ({ page }) => {
  await serve(
    page,
    '/fixtures/omni.rss',
    'xml/Ranchero-Software__RSParser__theomnishow.rss',
    'application/rss+xml',
  );
  const title = 'Andrea McVittie, User Experience Designer';
  await page.goto(withFeedParam('/', '/fixtures/omni.rss'));
  await page.getByRole('article', { name: title }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const player = page.locator('audio[controls]');
  await expect(player).toHaveAttribute(
    'src',
    'https://d2vstsfo8knv0p.cloudfront.net/audio/the-omni-show-004.mp3',
  );
});

test("an episode's show notes give its chapters, and their styles raise no CSP report", async ({
  page,
}) => {
  const violations = await watchPolicyReports(page);
  await serve(
    page,
    '/fixtures/jsj.xml',
    'xml/podcast-outline-between-links__alexangas__podcast-feed-reader__samplefeed2.xml',
    'application/rss+xml',
  );
  const title = '186 JSJ NativeScript with TJ VanToll and Burke Holland';
  await page.goto(withFeedParam('/', '/fixtures/jsj.xml'));
  await page.getByRole('article', { name: title }).getByRole('link', { name: title }).click();
  const chapters = page.getByRole('region', { name: 'Chapters' });
  await expect(chapters.getByRole('button')).toHaveCount(21);
  await chapters
    .getByRole('button', { name: 'Play from 16:19: React Native vs NativeScript' })
    .click();
  await expect
    .poll(() => page.getByLabel(title).evaluate((audio: HTMLAudioElement) => audio.currentTime))
    .toBe(979);
  // Reports are queued as tasks: give them time to arrive before counting.
  await page.waitForTimeout(500);
  expect(await violations()).toEqual([]);
});

test('an Atom feed read once opens again with the network off', async ({ page, context }) => {
  await page.goto(withFeedParam('/', BLOG));
  await expect(page.getByRole('article', { name: FERRY })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 30_000,
  });
  await page.reload();
  await page.getByRole('article', { name: FERRY }).getByRole('link', { name: FERRY }).click();
  await expect(page.getByRole('heading', { level: 1, name: FERRY })).toBeVisible();
  await expect(thread(page).getByRole('article', { name: /Colm Hegarty/ })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: FERRY })).toBeVisible();
  await expect(thread(page).getByRole('article', { name: /Colm Hegarty/ })).toBeVisible();
});
