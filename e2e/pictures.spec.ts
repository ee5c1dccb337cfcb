import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Locator, Page } from '@playwright/test';
import { generateFeed } from '../bench/generate.mjs';
import {
  appStarted,
  expect,
  feedFixture,
  holdApp,
  layoutShifts,
  openApp,
  test,
  withFeedParam,
} from './support/browser';
import { articlePath } from './support/demo';
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
    // Not until "load": the first picture, held back here, may be asked for before it.
    await page.goto(`${site.origin}${withFeedParam('/', '/held/pictures.json')}`, {
      waitUntil: 'domcontentloaded',
    });
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

test('pictures a feed names over http are asked for over https, never refused by the page’s policy, and without the page’s address', async ({
  page,
}) => {
  await watchRefusals(page);
  const pictures: string[] = [];
  const referrers: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (request.resourceType() !== 'image') return;
    pictures.push(request.url());
    void request.allHeaders().then((headers) => referrers.push(headers.referer));
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
  // Loaded: its width depends on the `srcset` candidate the browser takes (the list has asked
  // for the 2x one already, as the entry's picture).
  await expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  expect(pictures.some((url) => url.startsWith('https://onefoottsunami.com/'))).toBe(true);
  expect(await refusals(page)).toEqual([]);
  // As a site that serves its pictures only to its own pages (or to none) sees it: no Referer.
  await expect.poll(() => referrers.length).toBeGreaterThan(0);
  expect(referrers.filter((referrer) => referrer !== undefined)).toEqual([]);
});

/** A Blogger photo: Blogger serves it in any width its address names. */
const BLOGGER_PHOTO =
  'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhX7Yk/s1600/dmz.jpg';

/**
 * Opens a feed whose first entry's picture is BLOGGER_PHOTO in a page `width` pixels wide at
 * `scale` device pixels to a CSS pixel, as its list or its `article`; `copies` says whether
 * Blogger has the copies asked of it. Returns the paths asked of Blogger once the picture has
 * arrived and the app, started, has drawn over it.
 */
async function openBloggerPicture(
  { browser, baseURL }: { browser: Browser; baseURL: string | undefined },
  width: number,
  scale: number,
  { copies = true, article = false } = {},
): Promise<string[]> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width, height: 800 },
    deviceScaleFactor: scale,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const asked: string[] = [];
  const feed = { ...BASE, items: [{ ...BASE.items[0], image: BLOGGER_PHOTO }] };
  await page.route(
    (url) => url.pathname === '/blogger/pictures.json',
    (route) => route.fulfill({ json: feed, contentType: 'application/feed+json' }),
  );
  await page.route(/^https:\/\/blogger\.googleusercontent\.com\//, (route) => {
    const { pathname } = new URL(route.request().url());
    asked.push(pathname);
    return copies || pathname.includes('/s1600/')
      ? route.fulfill({ body: PICTURE, contentType: 'image/png' })
      : route.fulfill({ status: 404 });
  });
  const path = article ? articlePath(String(BASE.items[0]?.id)) : '/';
  await page.goto(withFeedParam(path, '/blogger/pictures.json'));
  const picture = page.locator('img.entry-image, img.article-image').first();
  await expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  await appStarted(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return asked;
}

test('a picture service is asked for a copy as wide as the picture’s box, not the picture itself', async ({
  browser,
  baseURL,
}) => {
  const fixtures = { browser, baseURL };
  // A wide window's box is 192 pixels; a phone's, its width less the page's margins: 380.
  expect(await openBloggerPicture(fixtures, 1280, 1)).toEqual([
    '/img/b/R29vZ2xl/AVvXsEhX7Yk/w240/dmz.jpg',
  ]);
  expect(await openBloggerPicture(fixtures, 1280, 2)).toEqual([
    '/img/b/R29vZ2xl/AVvXsEhX7Yk/w480/dmz.jpg',
  ]);
  expect(await openBloggerPicture(fixtures, 412, 2)).toEqual([
    '/img/b/R29vZ2xl/AVvXsEhX7Yk/w800/dmz.jpg',
  ]);
  // An article's picture is as wide as its text: 640 pixels.
  expect(await openBloggerPicture(fixtures, 1280, 1, { article: true })).toEqual([
    '/img/b/R29vZ2xl/AVvXsEhX7Yk/w800/dmz.jpg',
  ]);
});

test('a picture the service has no copy of is asked for as the feed names it, and shown; the app asks for no copy again', async ({
  browser,
  baseURL,
}) => {
  const fixtures = { browser, baseURL };
  const asked = await openBloggerPicture(fixtures, 1280, 1, { copies: false });
  expect(asked).toEqual([
    '/img/b/R29vZ2xl/AVvXsEhX7Yk/w240/dmz.jpg',
    '/img/b/R29vZ2xl/AVvXsEhX7Yk/s1600/dmz.jpg',
  ]);
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

/** A PNG of one colour, `width` by `height`: a feed's thumbnail. */
function smallPicture(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample
  header[9] = 2; // RGB
  // Each row: filter type 0, then its pixels.
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(width * 3, Buffer.from([31, 95, 140])),
  ]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const THUMBNAIL = { id: 'https://fit.example/thumbnail', title: 'A Thumbnail Under a Wide Title' };
const PHOTO = { id: 'https://fit.example/photo', title: 'A Photograph Larger Than Its Box' };
/** Something to play: its page is the app's alone to lay out. */
const EPISODE = { id: 'https://fit.example/episode', title: 'An Episode With Its Artwork' };
const FIT_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Pictures of all sizes',
  home_page_url: 'https://fit.example/',
  items: [
    { ...THUMBNAIL, image: '/fit/thumbnail.png', date_published: '2024-06-30T18:00:00Z' },
    { ...PHOTO, image: '/fit/photo.png', date_published: '2024-06-30T17:00:00Z' },
    {
      ...EPISODE,
      image: '/fit/photo.png',
      date_published: '2024-06-30T16:00:00Z',
      attachments: [{ url: '/fit/episode.mp3', mime_type: 'audio/mpeg' }],
    },
  ].map((item) => ({ ...item, url: item.id, content_html: '<p>A few words.</p>' })),
};

/** Serves FIT_FEED, its 90 × 60 thumbnail (once `thumbnailSent`) and its 512 × 512 photograph. */
function serveFitFeed(thumbnailSent = Promise.resolve()) {
  const thumbnail = smallPicture(90, 60);
  const send =
    (type: string, body: string | Buffer) => (_request: unknown, response: ServerResponse) => {
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      response.end(body);
    };
  return serveBuildCopy({
    '/fit/pictures.json': send('application/feed+json', JSON.stringify(FIT_FEED)),
    '/fit/thumbnail.png': (request, response) =>
      void thumbnailSent.then(() => send('image/png', thumbnail)(request, response)),
    '/fit/photo.png': send('image/png', PICTURE),
  });
}

/** Waits until `image` has arrived; returns its own size and its box's. */
async function loadedSizes(image: Locator) {
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
    .toBeGreaterThan(0);
  return image.evaluate((element: HTMLImageElement) => ({
    naturalWidth: element.naturalWidth,
    naturalHeight: element.naturalHeight,
    width: element.clientWidth,
    height: element.clientHeight,
  }));
}

/** A picture much smaller than its box: shown at its own size in it, not enlarged to fill it. */
async function expectOwnSize(image: Locator) {
  const sizes = await loadedSizes(image);
  expect(sizes).toMatchObject({ naturalWidth: 90, naturalHeight: 60 });
  // Filling the box would enlarge it more than one and a half times.
  expect(sizes.width).toBeGreaterThan(1.5 * 90);
  await expect(image).toHaveAttribute('data-fit', 'own-size');
  // scale-down draws it at the smaller of its own size and the box's: its own.
  await expect(image).toHaveCSS('object-fit', 'scale-down');
}

test('a picture much smaller than its box is shown at its own size, a large one fills its box', async ({
  page,
}) => {
  const site = await serveFitFeed();
  try {
    // Fitting a picture is the app's: the screen drawn before it shows the boxes alone.
    await openApp(page, `${site.origin}${withFeedParam('/', '/fit/pictures.json')}`);
    const thumbnail = page.getByRole('article', { name: THUMBNAIL.title }).locator('img');
    const photo = page.getByRole('article', { name: PHOTO.title }).locator('img');

    await expectOwnSize(thumbnail);
    const sizes = await loadedSizes(photo);
    expect(sizes.width).toBeLessThan(1.5 * sizes.naturalWidth);
    await expect(photo).not.toHaveAttribute('data-fit');
    await expect(photo).toHaveCSS('object-fit', 'cover');
    // The box was the same size before the picture came and after: nothing moved.
    expect(await layoutShifts(page)).toEqual([]);
  } finally {
    site.close();
  }
});

test('an article’s lead picture much smaller than its box is shown at its own size', async ({
  page,
}) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const site = await serveFitFeed(released);
  try {
    await page.goto(
      `${site.origin}${withFeedParam(articlePath(THUMBNAIL.id), '/fit/pictures.json')}`,
    );
    await expect(page.getByRole('heading', { level: 1, name: THUMBNAIL.title })).toBeVisible();
    // Opening the article marks it read, once the app has drawn over the screen drawn before it.
    // Shifts are counted from then on: what moves before the picture comes is not its doing.
    await appStarted(page);
    await expect(page.getByRole('button', { name: 'Mark as unread' })).not.toHaveAttribute(
      'aria-disabled',
    );
    const before = await layoutShifts(page);

    release();
    await expectOwnSize(page.locator('img.article-image'));
    expect(await layoutShifts(page)).toEqual(before);
  } finally {
    release();
    site.close();
  }
});

/** Lists the paths of the pictures at /fit/ the page asks for, in order. */
function picturesAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/fit/') && pathname.endsWith('.png')) asked.push(pathname);
  });
  return asked;
}

test('a list’s first picture shows, fitted to its box, before the app’s code has arrived', async ({
  page,
}) => {
  const site = await serveFitFeed();
  const release = await holdApp(page);
  const asked = picturesAsked(page);
  try {
    await page.goto(`${site.origin}${withFeedParam('/', '/fit/pictures.json')}`, {
      waitUntil: 'domcontentloaded',
    });
    const thumbnail = page.getByRole('article', { name: THUMBNAIL.title }).locator('img');
    await expectOwnSize(thumbnail);
    await expect(page.locator('html[data-app="started"]')).toHaveCount(0);
    // The boxes below wait for the app, which asks for their pictures after the first.
    expect(asked).toEqual(['/fit/thumbnail.png']);

    release();
    await appStarted(page);
    await expectOwnSize(thumbnail);
    await expect.poll(() => asked).toContain('/fit/photo.png');
    expect(await layoutShifts(page)).toEqual([]);
  } finally {
    release();
    site.close();
  }
});

for (const { article, drawn } of [
  { article: PHOTO, drawn: true },
  { article: EPISODE, drawn: false },
]) {
  test(`an article’s lead picture is asked for before the app’s code has arrived, and once: ${drawn ? 'drawn and shown before the app' : 'a page left to the app'}`, async ({
    page,
  }) => {
    const site = await serveFitFeed();
    const release = await holdApp(page);
    const asked = picturesAsked(page);
    try {
      await page.goto(
        `${site.origin}${withFeedParam(articlePath(article.id), '/fit/pictures.json')}`,
        { waitUntil: 'domcontentloaded' },
      );
      await expect.poll(() => asked).toEqual(['/fit/photo.png']);
      if (drawn) {
        await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
        await loadedSizes(page.locator('img.article-image'));
      }
      await expect(page.locator('html[data-app="started"]')).toHaveCount(0);

      release();
      await appStarted(page);
      await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
      await loadedSizes(page.locator('img.article-image'));
      expect(asked).toEqual(['/fit/photo.png']);
    } finally {
      release();
      site.close();
    }
  });
}

test('an article’s text on a phone: a wide table scrolls in its box, a player leaves a link, a lost picture its description', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const article = {
    id: 'results',
    url: 'https://news.example/results',
    title: 'Results by district',
    date_published: '2026-11-30T10:00:00Z',
    content_html:
      '<p>The counts:</p><table><tr><th>District</th><th>Registered voters</th><th>Turnout in percent</th><th>Leading candidate</th><th>Margin of victory</th></tr><tr><td>Harbourside North</td><td>123,456</td><td>67.8</td><td>Maeve Costigan-Whitfield</td><td>12,345</td></tr></table>' +
      '<figure><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player"></iframe></figure>' +
      '<p>The route: <img src="https://gone.example/map.png" alt="A map of the walk"> and back.</p>' +
      // livedoor Blog names its pictures by their hash.
      '<ol><li><img src="https://gone.example/shield.png" alt="473ed65d458df3b6e6eaf3404009bac010a592d0 (1)"></li></ol>',
  };
  await page.route(
    (url) => url.pathname === '/fixtures/results.json',
    (route) =>
      route.fulfill({
        json: { version: 'https://jsonfeed.org/version/1.1', title: 'Results', items: [article] },
      }),
  );
  await page.route(/^https:\/\/(gone\.example|i\.ytimg\.com)\//, (route) => route.abort());
  // Measured on the app's page: the screen drawn before it is replaced as the app starts, and a
  // box measured as it leaves the document has no size.
  await openApp(page, withFeedParam(articlePath(article.id), '/fixtures/results.json'));
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();

  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  // The page does not scroll sideways: the table's box does, and the keyboard reaches it.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = table.locator('xpath=..');
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

  await expect(page.getByRole('link', { name: 'Watch the video on YouTube' })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  );
  // The map could not be had: its description stands in its place, in its line.
  await expect(page.getByRole('img', { name: 'A map of the walk' })).toHaveCount(0);
  await expect(page.getByText('The route: A map of the walk and back.')).toBeVisible();
  // A description that is one long word wraps in its box: the page still does not scroll sideways.
  await expect(page.getByText('473ed65d458df3b6e6eaf3404009bac010a592d0 (1)')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
