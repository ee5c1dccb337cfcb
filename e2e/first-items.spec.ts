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
    await expect(page.getByRole('button', { name: 'Older posts' })).toBeVisible();
    await expect(page.getByText('Loading the rest of this feed…')).toHaveCount(0);
  } finally {
    release();
    site.close();
  }
});
