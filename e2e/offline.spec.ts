import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateFeed } from '../bench/generate.mjs';
import { expect, offlineAgain, openApp, reloadApp, test, withFeedParam } from './support/browser';
import { serveBuildCopy } from './support/static-server';
import { articlePath, SEED } from './support/demo';

/** On the third page of the demo feed: never fetched unless asked for. */
const FERRY = {
  id: 'https://broadsheet.example/2019/06/20/summer-ferry-timetable',
  title: 'Alder Sound Ferries Switch to Summer Timetable on Monday',
};
const LIGHTHOUSE = {
  id: 'https://broadsheet.example/2019/06/22/lighthouse-restoration-complete',
  title: 'Signal Point Lighthouse Shines Again After Restoration',
};

/** Waits until the service worker controls the page, so what the page reads is cached. */
async function controlledByServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 30_000,
  });
}

async function firstVisit(page: Page) {
  await openApp(page, '/');
  await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
  await controlledByServiceWorker(page);
}

test.describe('offline reading', () => {
  test('the front page and an article read before open again with the network off', async ({
    page,
    context,
  }) => {
    await firstVisit(page);
    await page.getByRole('link', { name: SEED.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();

    await context.setOffline(true);
    await openApp(page, '/');
    await offlineAgain(context);
    await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Offline — showing saved copies' }),
    ).toBeVisible();

    await openApp(page, articlePath(SEED.id));
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
    await expect(page.getByText('Featured image: The Kremlin')).toBeVisible();

    await context.setOffline(false);
    await expect(page.getByText('Offline — showing saved copies')).toBeHidden();
  });

  test("the first visit's pictures, shown before the service worker started, are kept for offline", async ({
    page,
  }) => {
    await firstVisit(page);
    const shown = await page.evaluate(() =>
      [...document.images].map((image) => image.currentSrc).filter(Boolean),
    );
    expect(shown.length).toBeGreaterThan(0);
    await expect
      .poll(() =>
        page.evaluate(async (urls) => {
          const cache = await caches.open('broadsheet-images');
          const kept = await Promise.all(urls.map((url) => cache.match(url)));
          return kept.filter(Boolean).length;
        }, shown),
      )
      .toBe(shown.length);
  });

  test('comments can be posted and replied to offline, and are kept', async ({ page, context }) => {
    await firstVisit(page);
    await openApp(page, articlePath(SEED.id));
    await expect(page.getByRole('heading', { level: 2, name: 'No comments' })).toBeVisible();

    await context.setOffline(true);
    await reloadApp(page);
    const thread = page.getByRole('region', { name: 'No comments' });
    await thread.getByLabel('Name').fill('Offline reader');
    await thread.getByLabel('Comment', { exact: true }).fill('Written on the train, no signal.');
    await thread.getByRole('button', { name: 'Post comment' }).click();
    const comments = page.getByRole('region', { name: '1 comment' });
    await expect(comments.getByText('Written on the train, no signal.')).toBeVisible();

    await comments.getByRole('button', { name: 'Reply', exact: true }).click();
    await comments.getByRole('button', { name: 'Post reply' }).waitFor();
    await comments.getByLabel('Comment', { exact: true }).last().fill('A reply, still offline.');
    await comments.getByRole('button', { name: 'Post reply' }).click();
    await expect(page.getByRole('region', { name: '2 comments' })).toBeVisible();

    await reloadApp(page);
    await expect(
      page.getByRole('region', { name: '2 comments' }).getByText('A reply, still offline.'),
    ).toBeVisible();
  });

  test('an article never opened says it is not saved, with a way back', async ({
    page,
    context,
  }) => {
    await firstVisit(page);
    await context.setOffline(true);
    await openApp(page, articlePath(FERRY.id));
    await offlineAgain(context);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'This article is not saved for offline reading',
      }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Back to the front page' }).click();
    await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
  });

  test('a saved article opens offline from the saved page', async ({ page, context }) => {
    await firstVisit(page);
    await openApp(page, articlePath(LIGHTHOUSE.id));
    await expect(page.getByRole('heading', { level: 1, name: LIGHTHOUSE.title })).toBeVisible();
    await page.getByRole('button', { name: 'Save for offline' }).click();
    await expect(page.getByRole('button', { name: 'Saved for offline' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await context.setOffline(true);
    await openApp(page, '/saved');
    await expect(page.getByRole('heading', { level: 1, name: 'Saved for offline' })).toBeVisible();
    await expect(page.getByText(/Using .* available in this browser/)).toBeVisible();
    await page.getByRole('link', { name: LIGHTHOUSE.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: LIGHTHOUSE.title })).toBeVisible();
    const picture = page.locator('.article-image');
    await expect(picture).toBeVisible();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
  });

  test('"Save the latest 20" makes older pages readable offline', async ({ page, context }) => {
    await firstVisit(page);
    await page.getByRole('button', { name: 'Save the latest 20' }).click();
    await expect(page.getByText('20 articles saved for offline reading.')).toBeVisible();
    await context.setOffline(true);
    await openApp(page, articlePath(LIGHTHOUSE.id));
    await expect(page.getByRole('heading', { level: 1, name: LIGHTHOUSE.title })).toBeVisible();
  });
});

test.describe('updates', () => {
  test('a new deployment is offered with "Reload", and a tab with a draft is never reloaded for it', async ({
    browser,
  }) => {
    const deploy = await serveBuildCopy();
    const context = await browser.newContext({ baseURL: deploy.origin });
    try {
      const reader = await context.newPage();
      await reader.goto('/');
      await expect(reader.getByRole('link', { name: SEED.title })).toBeVisible();
      await controlledByServiceWorker(reader);

      // A second tab holds a half-written comment.
      const writer = await context.newPage();
      await writer.goto(articlePath(SEED.id));
      await writer.getByLabel('Comment', { exact: true }).fill('Half-written thought');
      await writer.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      });

      // Deploy a new version: any change to the service worker is one.
      appendFileSync(join(deploy.root, 'sw.js'), '\n// next deployment\n');
      await reader.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const prompt = reader.getByRole('status').filter({ hasText: 'A new version is available.' });
      await expect(prompt).toBeVisible({ timeout: 30_000 });

      await reader.getByRole('button', { name: 'Reload' }).click();
      // The new worker takes over, then the page reloads: as slow as the update on a busy machine.
      await expect(reader.getByText('A new version is available.')).toBeHidden({ timeout: 30_000 });
      await expect(reader.getByRole('link', { name: SEED.title })).toBeVisible();

      // The other tab kept its page and its draft.
      await expect
        .poll(() =>
          writer.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
        )
        .toBe(true);
      await expect(writer.getByLabel('Comment', { exact: true })).toHaveValue(
        'Half-written thought',
      );
    } finally {
      await context.close();
      deploy.close();
    }
  });

  test('the app is kept for offline once the first feed has arrived, not while it downloads', async ({
    page,
  }) => {
    const feed = generateFeed(20);
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const site = await serveBuildCopy({
      '/held/feed.json': (_request, response) => {
        response.writeHead(200, {
          'Content-Type': 'application/feed+json',
          'Cache-Control': 'no-cache',
        });
        void released.then(() => response.end(JSON.stringify(feed)));
      },
    });
    const registration = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    try {
      await page.goto(`${site.origin}${withFeedParam('/', '/held/feed.json')}`);
      // The page has loaded and gone idle; the feed, fetched by the app, has not arrived.
      await page.waitForLoadState('load');
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 1000))),
      );
      expect(await registration()).toBe(false);

      release();
      await expect(page.getByRole('link', { name: String(feed.items[0]?.title) })).toBeVisible();
      await expect.poll(registration, { timeout: 15_000 }).toBe(true);
    } finally {
      release();
      site.close();
    }
  });
});
