import type { Page } from '@playwright/test';
import {
  expect,
  feedFixture,
  layoutShifts,
  offlineAgain,
  olderPostsUntil,
  openApp,
  reloadApp,
  test,
  withFeedParam,
} from './support/browser';
import { SEED } from './support/demo';

const RSS = '/fixtures/natasha.xml';
const JSON_FEED = '/fixtures/daringfireball.json';
const RSS_TITLE = 'Natasha The Robot';
const RSS_ENTRY = 'The Easiest Way to Get a URL for your Apple Wallet Passkit Pass';

/** Two feeds of other people, served at paths of the app's origin. */
async function serveFeeds(page: Page) {
  await page.route(
    (url) => url.pathname === RSS,
    (route) =>
      route.fulfill({
        path: feedFixture('xml/Ranchero-Software__RSParser__natasha.xml'),
        contentType: 'application/rss+xml',
      }),
  );
  await page.route(
    (url) => url.pathname === JSON_FEED,
    (route) =>
      route.fulfill({
        path: feedFixture('real/tfausak__json-feed__daringfireball.net.json'),
        contentType: 'application/feed+json',
      }),
  );
}

async function subscribe(page: Page, address: string, title: string) {
  await page.getByLabel('Feed or site address').fill(address);
  await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Subscribed to ${title}.` }),
  ).toBeVisible();
}

// A service worker's own requests bypass the feeds these tests serve: once one controls the page
// (it installs after the first load), a feed read through it would be the app's index.html.
test.describe('subscribing', () => {
  test.use({ serviceWorkers: 'block' });

  test('subscribing to a JSON feed and an RSS feed puts both on the front page, each entry naming its feed', async ({
    page,
  }) => {
    await serveFeeds(page);
    await openApp(page, '/subscriptions');
    await expect(page.getByRole('heading', { level: 1, name: 'Subscriptions' })).toBeVisible();
    await subscribe(page, RSS, RSS_TITLE);
    await subscribe(page, JSON_FEED, 'Daring Fireball');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Front page' })
      .click();
    const rssEntry = page.getByRole('article', { name: RSS_ENTRY });
    await olderPostsUntil(page, rssEntry);
    await expect(rssEntry.getByRole('link', { name: RSS_TITLE })).toBeVisible();
    const fireball = page
      .getByRole('article')
      .filter({ has: page.getByRole('link', { name: 'Daring Fireball' }) });
    await expect(fireball.first()).toBeVisible();
    // The bundled feeds are still followed: the seed article's feed names its entries too.
    await expect(page.getByRole('link', { name: 'The Broadsheet Daily' }).first()).toBeAttached();

    // The list survives a reload.
    await reloadApp(page);
    await olderPostsUntil(page, page.getByRole('article', { name: RSS_ENTRY }));

    // A feed's own page shows its entries only.
    await page
      .getByRole('article', { name: RSS_ENTRY })
      .getByRole('link', { name: RSS_TITLE })
      .click();
    await expect(page.getByRole('article', { name: RSS_ENTRY })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Daring Fireball' })).toHaveCount(0);
    await expect(page.locator('.entry-feed')).toHaveCount(0);

    // Unsubscribing removes its entries from the front page.
    await openApp(page, '/subscriptions');
    await page.getByRole('button', { name: `Unsubscribe from ${RSS_TITLE}` }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await openApp(page, '/');
    await olderPostsUntil(page, page.getByRole('link', { name: 'Daring Fireball' }).first());
    await expect(page.getByRole('article', { name: RSS_ENTRY })).toHaveCount(0);
  });

  test('subscribing by a site whose page names its feed only in its body follows that feed', async ({
    page,
  }) => {
    // nixos.org's home page: its one feed link sits after </head>, at a path of its own.
    await page.route(
      (url) => url.pathname === '/site/nixos/',
      (route) =>
        route.fulfill({
          path: feedFixture(
            'html/autodiscovery-body-link-relative__spacecowboy__Feeder__nixos.html',
          ),
          contentType: 'text/html; charset=utf-8',
        }),
    );
    await page.route(
      (url) => url.pathname === '/news-rss.xml',
      (route) =>
        route.fulfill({
          path: feedFixture('xml/shared-link-no-guid-rss__spacecowboy__Feeder__rss_nixos.xml'),
          contentType: 'application/rss+xml',
        }),
    );
    await openApp(page, '/subscriptions');
    await subscribe(page, '/site/nixos/', 'NixOS News');
    await page.getByRole('link', { name: 'NixOS News' }).first().click();
    // Its 99 items, though none has a guid and all link to one page.
    await expect(page.getByRole('article', { name: 'NixOS 18.09 released' })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Fastly supports NixOS' })).toBeAttached();
  });

  test('"Refresh" and "Subscribe" keep the focus of a reader at the keyboard while they work', async ({
    page,
  }) => {
    await serveFeeds(page);
    await openApp(page, '/');
    const refresh = page.getByRole('button', { name: 'Refresh' });
    await refresh.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: /^(Refresh|Every feed)/ }),
    ).toBeVisible();
    await expect(refresh).toBeFocused();

    await openApp(page, '/subscriptions');
    await page.getByLabel('Feed or site address').fill(RSS);
    const subscribe = page.getByRole('button', { name: 'Subscribe', exact: true });
    await subscribe.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Subscribed to /)).toBeVisible();
    await expect(subscribe).toBeFocused();
  });

  test('at the keyboard, Undo, a move to another folder and a folder renamed leave focus where they drew', async ({
    page,
  }) => {
    await openApp(page, '/subscriptions');
    await page.getByRole('button', { name: 'Unsubscribe from The Broadsheet Daily' }).focus();
    await page.keyboard.press('Enter');
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('link', { name: 'The Broadsheet Daily', exact: true }),
    ).toBeFocused();

    await page.getByRole('button', { name: 'Rename or move Harbour Notes' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Local');
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('region', { name: 'Local' })
        .getByRole('button', { name: 'Rename or move Harbour Notes' }),
    ).toBeFocused();

    // The whole folder renamed: focus on its Rename button under its new name.
    await page.getByRole('button', { name: 'Rename folder Local' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Folder name')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Harbour');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Rename folder Harbour' })).toBeFocused();
    await expect(
      page.getByRole('region', { name: 'Harbour' }).getByRole('link', { name: 'Harbour Notes' }),
    ).toBeVisible();
  });

  test('on a 320-pixel phone with extra-large text, renaming a folder stays on the screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openApp(page, '/settings');
    await page.getByRole('radio', { name: 'Extra large' }).check();
    await openApp(page, '/subscriptions');
    await page.getByRole('button', { name: 'Rename or move Harbour Notes' }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Local');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Rename folder Local' }).click();
    await expect(page.getByLabel('Folder name')).toBeFocused();
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBeLessThanOrEqual(0);
  });

  test('on a phone, a feed opened with ?feed= lists its entries without moving what is above them', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await serveFeeds(page);
    // The feed arrives after the page is drawn, as on a slow network.
    await page.route(
      (url) => url.pathname === RSS,
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await route.fulfill({
          path: feedFixture('xml/Ranchero-Software__RSParser__natasha.xml'),
          contentType: 'application/rss+xml',
        });
      },
    );
    await openApp(page, withFeedParam('/', RSS));
    await expect(page.getByRole('link', { name: RSS_ENTRY })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Subscribe' })).toBeEnabled();
    expect(await layoutShifts(page)).toEqual([]);
  });

  test('a feed opened with ?feed= offers "Subscribe", and then it is on the front page', async ({
    page,
  }) => {
    await serveFeeds(page);
    await openApp(page, withFeedParam('/', RSS));
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('link', { name: 'Manage subscriptions' })).toBeFocused();
    await openApp(page, '/');
    await olderPostsUntil(page, page.getByRole('article', { name: RSS_ENTRY }));
  });
});

test('an OPML import keeps its folders, and "Export OPML" holds every feed address', async ({
  page,
}) => {
  await openApp(page, '/subscriptions');
  await page
    .getByLabel('Import OPML')
    .setInputFiles(
      feedFixture('../opml/opml-feedly-folders__cudeso__OPML-Security-Feeds__feedly.opml'),
    );
  await expect(page.getByRole('status').filter({ hasText: /Imported \d+ feeds/ })).toBeVisible();
  const folders = page.getByRole('heading', { level: 2 });
  await expect(folders.first()).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export OPML' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('subscriptions.opml');
  const stream = await file.createReadStream();
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  expect(text).toContain('xmlUrl=');
  expect(text).toContain('/data/harbour-notes/posts.atom');
});

test('the front page of every subscription reads offline after one visit', async ({
  page,
  context,
}) => {
  await serveFeeds(page);
  await openApp(page, withFeedParam('/', RSS));
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await openApp(page, '/');
  await olderPostsUntil(page, page.getByRole('article', { name: RSS_ENTRY }));
  await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 30_000,
  });
  // What was read is in the saved cache once the page has said so.
  await expect(page.getByRole('button', { name: 'Refresh' })).not.toHaveAttribute('aria-disabled');

  await context.setOffline(true);
  await openApp(page, '/');
  await offlineAgain(context);
  await olderPostsUntil(page, page.getByRole('article', { name: RSS_ENTRY }));
  await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Offline — showing saved copies' }),
  ).toBeVisible();
});

test.describe('a long list of subscriptions, on a phone', () => {
  test.use({ viewport: { width: 412, height: 915 } });

  test('back from a feed far down the list returns to its line', async ({ page }) => {
    // Three hundred feeds from a file; none of them is on the network.
    const outlines = Array.from(
      { length: 300 },
      (_, index) =>
        `<outline type="rss" text="Feed ${String(index).padStart(3, '0')}" xmlUrl="https://feeds.example/${index}.xml"/>`,
    );
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Many</title></head><body>${outlines.join('')}</body></opml>`;
    await page.route(/feeds\.example\//, (route) => route.abort());
    await openApp(page, '/subscriptions');
    await page
      .getByLabel('Import OPML')
      .setInputFiles({ name: 'many.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
    const line = page.getByRole('link', { name: 'Feed 250' });
    await line.scrollIntoViewIfNeeded();
    await line.click();
    await expect(page).toHaveURL(/[?&]feed=/);

    await page.goBack();
    await expect(page.getByRole('link', { name: 'Feed 250' })).toBeInViewport();
  });
});
