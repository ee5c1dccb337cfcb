import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { Page } from '@playwright/test';
import { generateFeed } from '../bench/generate.mjs';
import { expect, feedFixture, layoutShifts, test, withFeedParam } from './support/browser';
import { serveBuildCopy } from './support/static-server';

const PICTURE = readFileSync('public/icons/icon-512.png');
const BASE = generateFeed(8);
const FEED = {
  ...BASE,
  items: BASE.items.map((item, index) => ({ ...item, image: `/photos/${index}.png` })),
};

test.use({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });

/** Records what the page's policy refuses, from the start of each page. */
function watchRefusals(page: Page) {
  return page.addInitScript(() => {
    const refused: string[] = [];
    Object.assign(window, { refused });
    document.addEventListener('securitypolicyviolation', (event) => refused.push(event.blockedURI));
  });
}

const refusals = (page: Page) =>
  page.evaluate(() => (window as unknown as { refused: string[] }).refused);

test('a feed of pictures asks for the first at once, and for the rest once it has arrived', async ({
  page,
}) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const picture = (held: boolean) => (_request: unknown, response: ServerResponse) => {
    response.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-cache' });
    if (held) void released.then(() => response.end(PICTURE));
    else response.end(PICTURE);
  };
  const site = await serveBuildCopy({
    '/held/pictures.json': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/feed+json' });
      response.end(JSON.stringify(FEED));
    },
    ...Object.fromEntries(
      FEED.items.map((_, index) => [`/photos/${index}.png`, picture(index === 0)]),
    ),
  });
  const asked: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/photos/')) asked.push(pathname);
  });
  try {
    await page.goto(`${site.origin}${withFeedParam('/', '/held/pictures.json')}`);
    await expect(page.getByRole('link', { name: String(BASE.items[0]?.title) })).toBeVisible();
    // The browser's lazy loading would ask for the next few by now: they are within reach.
    await page.waitForTimeout(1000);
    expect(asked).toEqual(['/photos/0.png']);

    release();
    await expect.poll(() => asked.length).toBeGreaterThan(2);
    expect(asked).toContain('/photos/1.png');
    // The boxes were laid out before their pictures came: nothing moved.
    expect(await layoutShifts(page)).toEqual([]);
  } finally {
    release();
    site.close();
  }
});

test('pictures a feed names over http are asked for over https, never refused by the page’s policy', async ({
  page,
}) => {
  await watchRefusals(page);
  const pictures: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') pictures.push(request.url());
  });
  // One Foot Tsunami's Atom feed: its pictures, with their `srcset`, are on http.
  await page.route(
    (url) => url.pathname === '/fixtures/onefoot.atom',
    (route) =>
      route.fulfill({
        path: feedFixture('xml/Ranchero-Software__RSParser__OneFootTsunami.atom'),
        contentType: 'application/atom+xml',
      }),
  );
  await page.route(/^https:\/\/onefoottsunami\.com\//, (route) =>
    route.fulfill({ body: PICTURE, contentType: 'image/png' }),
  );
  await page.goto(withFeedParam('/', '/fixtures/onefoot.atom'));
  const title = 'At Least He Can Still Go to the Same Church';
  await page.getByRole('link', { name: title }).click();
  const picture = page.getByRole('img', { name: "That'sa Pizza!" });
  await picture.scrollIntoViewIfNeeded();
  await expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBe(512);
  expect(pictures.some((url) => url.startsWith('https://onefoottsunami.com/'))).toBe(true);
  expect(await refusals(page)).toEqual([]);
});

test('a feed at an http address on another site is read over https, never refused by the page’s policy', async ({
  page,
}) => {
  await watchRefusals(page);
  // An old OPML export's address: the site serves the same feed over https.
  await page.route('https://daringfireball.example/index.xml', (route) =>
    route.fulfill({
      path: feedFixture('xml/Ranchero-Software__RSParser__DaringFireball.rss'),
      contentType: 'application/rss+xml',
    }),
  );
  await page.goto(withFeedParam('/', 'http://daringfireball.example/index.xml'));
  await expect(page.getByRole('link', { name: 'Daring Fireball' }).first()).toBeVisible();
  await expect(page.locator('article.entry').first()).toBeVisible();
  expect(await refusals(page)).toEqual([]);
});
