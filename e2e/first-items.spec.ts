import { generateFeed } from '../bench/generate.mjs';
import { expect, test, withFeedParam } from './support/browser';
import { serveBuildCopy } from './support/static-server';

// The benchmark's seeded 3,000-item feed (4.9 MB): its first 200 KB sent at once, the rest when
// the test says, as a slow network would bring it.
const FEED = generateFeed(3000);
const BYTES = Buffer.from(JSON.stringify(FEED));
const FEED_PATH = '/held/feed-3000.json';

test.use({ serviceWorkers: 'block' });

test('a long feed read for the first time lists its first articles while the rest downloads', async ({
  page,
}) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const site = await serveBuildCopy({
    [FEED_PATH]: (_request, response) => {
      response.writeHead(200, {
        'Content-Type': 'application/feed+json',
        'Cache-Control': 'no-cache',
      });
      response.write(BYTES.subarray(0, 200_000));
      void released.then(() => response.end(BYTES.subarray(200_000)));
    },
  });
  try {
    await page.goto(`${site.origin}${withFeedParam('/', FEED_PATH)}`);
    await expect(page.getByRole('link', { name: String(FEED.items[0]?.title) })).toBeVisible();
    await expect(page.getByText('Loading the rest of this feed…')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Older posts' })).toHaveCount(0);

    release();
    // The rest is 4.7 MB to read: on a busy machine that may take longer than an expectation's
    // usual five seconds.
    await expect(page.getByRole('button', { name: 'Older posts' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText('Loading the rest of this feed…')).toHaveCount(0);
  } finally {
    release();
    site.close();
  }
});

test('a long feed among the reader’s subscriptions is downloaded once, from the start, and the front page lists its first articles while the rest arrives', async ({
  page,
}) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let requests = 0;
  const site = await serveBuildCopy({
    [FEED_PATH]: (_request, response) => {
      requests += 1;
      response.writeHead(200, {
        'Content-Type': 'application/feed+json',
        'Cache-Control': 'no-cache',
      });
      response.write(BYTES.subarray(0, 200_000));
      void released.then(() => response.end(BYTES.subarray(200_000)));
    },
  });
  const feedUrl = `${site.origin}${FEED_PATH}`;
  await page.addInitScript(
    (feeds) => {
      if (localStorage.getItem('broadsheet:subscriptions') === null) {
        localStorage.setItem('broadsheet:subscriptions', feeds);
      }
    },
    JSON.stringify({
      state: {
        feeds: {
          [feedUrl]: {
            feedUrl,
            title: 'Bench',
            addedAt: '2026-01-01T00:00:00.000Z',
            changedAt: '2026-01-01T00:00:00.000Z',
          },
        },
      },
      version: 1,
    }),
  );
  try {
    await page.goto(`${site.origin}/`);
    await expect(page.getByRole('link', { name: String(FEED.items[0]?.title) })).toBeVisible();
    await expect(page.getByText('Loading more articles…')).toBeVisible();
    // Asked for by the page's first script, beside the app's code.
    expect(await page.locator(`link[rel="preload"][href="${feedUrl}"]`).count()).toBe(1);

    release();
    await expect(page.getByRole('button', { name: 'Older posts' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText('Loading more articles…')).toHaveCount(0);
    // That response is the one the app read: the feed was downloaded once.
    expect(requests).toBe(1);
  } finally {
    release();
    site.close();
  }
});

test('a feed of long articles lists a few, then more as they arrive, and nothing on screen shifts', async ({
  page,
}) => {
  // 40 articles of about 22 KB: 4 whole in the first part (past 64 KB), 20 in the next (past
  // 256 KB, where the next start is read).
  const items = FEED.items.slice(0, 40).map((item, index) => ({
    ...item,
    title: `Tide report ${index + 1}`,
    content_text: 'Tide report. '.repeat(1700),
  }));
  const text = JSON.stringify({ ...FEED, items });
  const bytes = Buffer.from(text);
  const cuts = [4, 20].map((whole) => text.indexOf(`"Tide report ${whole + 1}"`));
  const releases: (() => void)[] = [];
  const site = await serveBuildCopy({
    '/held/long-items.json': (_request, response) => {
      response.writeHead(200, {
        'Content-Type': 'application/feed+json',
        'Cache-Control': 'no-cache',
      });
      response.write(bytes.subarray(0, cuts[0]));
      // Each release sends the next part; the last sends the rest and ends.
      const next = (part: number) =>
        releases.push(() => {
          if (part === cuts.length) return response.end(bytes.subarray(cuts[part - 1]));
          response.write(bytes.subarray(cuts[part - 1], cuts[part]));
          next(part + 1);
        });
      next(1);
    },
  });
  // Tall enough for the status under the first few to be on screen.
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = async () => {
    await expect.poll(() => releases.length).toBeGreaterThan(0);
    releases.shift()?.();
  };
  try {
    await page.goto(`${site.origin}${withFeedParam('/', '/held/long-items.json')}`);
    // The rest is held until released, however long the app takes to start on a busy machine.
    await expect(page.getByRole('link', { name: 'Tide report 4', exact: true })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByRole('link', { name: 'Tide report 5', exact: true })).toHaveCount(0);
    await expect(page.getByText('Loading the rest of this feed…')).toBeVisible();

    await release();
    await expect(page.getByRole('link', { name: 'Tide report 11', exact: true })).toBeAttached();
    await expect(page.getByText('Loading the rest of this feed…')).toBeAttached();

    await release();
    await expect(page.getByRole('button', { name: 'Older posts' })).toBeAttached();
    await expect(page.getByRole('link', { name: 'Tide report 25', exact: true })).toBeAttached();
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual(
      [],
    );
  } finally {
    releases.forEach((release) => release());
    site.close();
  }
});
