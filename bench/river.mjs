// The front page of many subscriptions: a river of 100 feeds × 50 entries read from the cache
// (RIVER_FEEDS and RIVER_ENTRIES for another size),
// refreshing all of it when every answer is a 304, and importing a 1,000-feed OPML file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFeed } from './generate.mjs';

export const RIVER_FEEDS = Number(process.env.RIVER_FEEDS ?? 100);
export const RIVER_ENTRIES_PER_FEED = Number(process.env.RIVER_ENTRIES ?? 50);

const OPML_FEEDS = 1000;
const SUBSCRIPTIONS_KEY = 'broadsheet:subscriptions';
const EPOCH = new Date(0).toISOString();

/** Counts long tasks from the start of the page, in `window.__long`. */
export const LONG_TASKS = `(() => {
  window.__long = [];
  new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => Math.round(e.duration))))
    .observe({ type: 'longtask', buffered: true });
})()`;

const feedPath = (index) => `/bench/river/feed-${index}.json`;

/** The river's feed number `index`. */
export function riverFeed(index) {
  const feed = generateFeed(RIVER_ENTRIES_PER_FEED, index + 1);
  feed.title = `Bench feed ${index}`;
  // Each feed's entries an hour apart from the next feed's, so the river interleaves them.
  for (const item of feed.items) {
    item.date_published = new Date(Date.parse(item.date_published) - index * 60_000).toISOString();
  }
  return feed;
}

/** Writes the river's feeds, and a 1,000-feed OPML export, under dist/bench. */
export function writeRiverFiles(dist) {
  const dir = join(dist, 'bench', 'river');
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < RIVER_FEEDS; index++) {
    writeFileSync(join(dir, `feed-${index}.json`), JSON.stringify(riverFeed(index)));
  }
  const outlines = Array.from(
    { length: OPML_FEEDS },
    (_, index) =>
      `<outline type="rss" text="Site ${index}" title="Site ${index}" xmlUrl="https://site${index}.example/feed.xml" htmlUrl="https://site${index}.example/"/>`,
  );
  const folders = Array.from(
    { length: 10 },
    (_, folder) =>
      `<outline text="Folder ${folder}">${outlines.slice(folder * 100, folder * 100 + 100).join('')}</outline>`,
  );
  writeFileSync(
    join(dir, 'subscriptions.opml'),
    `<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head><title>Bench</title></head><body>${folders.join('')}</body></opml>`,
  );
  return join(dir, 'subscriptions.opml');
}

/** localStorage as the subscription store writes it, for the river's first `count` feeds. */
export function riverSubscriptions(origin, count = RIVER_FEEDS) {
  const feeds = {};
  for (let index = 0; index < count; index++) {
    const feedUrl = `${origin}${feedPath(index)}`;
    feeds[feedUrl] = { feedUrl, title: `Bench feed ${index}`, addedAt: EPOCH, changedAt: EPOCH };
  }
  const value = JSON.stringify({ state: { feeds }, version: 1 });
  return `(() => {
    if (!localStorage.getItem(${JSON.stringify(SUBSCRIPTIONS_KEY)}))
      localStorage.setItem(${JSON.stringify(SUBSCRIPTIONS_KEY)}, ${JSON.stringify(value)});
  })()`;
}

/**
 * A context following the river's first `count` feeds, with every feed read once and the cache
 * saved.
 */
export async function riverContext(browser, origin, entrySelector, count = RIVER_FEEDS) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(riverSubscriptions(origin, count));
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.locator(entrySelector).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.entry-feed').length > 0);
  await page.waitForLoadState('networkidle');
  // The persisted cache is written a moment after the last change.
  await page.waitForTimeout(3000);
  await page.close();
  return context;
}

/** Keyboard events' durations (input to next paint), as the Event Timing API reports them. */
const KEY_EVENTS = `(() => {
  window.__keys = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') window.__keys.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})()`;

/** The river in a new page of `context`, its keys timed, once it has settled. */
async function openRiver(context, origin, ...initScripts) {
  const page = await context.newPage();
  for (const script of [...initScripts, KEY_EVENTS]) await page.addInitScript(script);
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Refresh' }).waitFor();
  // Keys work once the app says it has started (the shortcuts' code is in).
  await page.locator('html[data-app="started"]').waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

/**
 * Refreshing every feed of the river: time, long tasks, and how fast j answers meanwhile (the
 * slowest of five presses, input to next paint; the API reports nothing under 16 ms). Every
 * feed answers 304, or with `changed` each has one new entry (a 200 with the whole feed).
 */
export async function riverRefresh(context, origin, { changed = false } = {}) {
  const page = await openRiver(context, origin, LONG_TASKS);
  if (changed) {
    const stamp = new Date().toISOString();
    await page.route(/\/bench\/river\/feed-(\d+)\.json$/, (route) => {
      const index = Number(/feed-(\d+)\.json$/.exec(route.request().url())[1]);
      const feed = riverFeed(index);
      feed.items.unshift({
        ...feed.items[0],
        id: `${feed.items[0].id}#new-${stamp}`,
        title: `New in bench feed ${index}`,
        date_published: stamp,
      });
      return route.fulfill({ contentType: 'application/feed+json', body: JSON.stringify(feed) });
    });
  }
  let notModified = 0;
  page.on('response', (response) => {
    if (response.status() === 304 && response.url().includes('/bench/river/')) notModified++;
  });
  await page.evaluate(() => {
    window.__long = [];
    window.__keys = [];
  });
  const started = Date.now();
  await page.getByRole('button', { name: 'Refresh' }).click();
  for (let press = 0; press < 5; press++) {
    await page.keyboard.press('j');
    await page.waitForTimeout(40);
  }
  await page.getByText('Every feed is up to date.').waitFor({ timeout: 60_000 });
  const ms = Date.now() - started;
  // Event entries are reported once the frame after the event has painted.
  await page.waitForTimeout(300);
  const { longTasks, keys } = await page.evaluate(() => ({
    longTasks: window.__long,
    keys: window.__keys,
  }));
  await page.close();
  return {
    ms,
    notModified,
    longTasks: longTasks.length,
    longest: Math.max(0, ...longTasks),
    slowestKey: Math.max(0, ...keys),
  };
}

/**
 * Opening an entry with `o` while every feed of the river is being refreshed: the key's response
 * (input to next paint, Event Timing) and the time until the article's heading shows.
 */
export async function openDuringRefresh(context, origin) {
  const page = await openRiver(context, origin);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await page.keyboard.press('j');
  await page.waitForTimeout(40);
  await page.evaluate(() => {
    window.__keys = [];
  });
  const started = Date.now();
  await page.keyboard.press('o');
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Latest news' }).waitFor();
  const shownMs = Date.now() - started;
  await page.waitForTimeout(300);
  const keys = await page.evaluate(() => window.__keys);
  await page.close();
  return { shownMs, response: Math.max(0, ...keys) };
}

/**
 * Importing a 1,000-feed OPML file on /subscriptions: time to the report and to the whole list
 * drawn, and the long tasks until then (the list drawn and each line's feed asked for).
 */
export async function opmlImport(browser, origin, file) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  // Nothing is fetched: the feeds imported are not on the network.
  await page.route(/\.example\//, (route) => route.abort());
  await page.goto(`${origin}/subscriptions`);
  await page.getByLabel('Import OPML').waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    window.__long = [];
  });
  const started = Date.now();
  await page.getByLabel('Import OPML').setInputFiles(file);
  await page.getByText(/Imported 1,?000 feeds/).waitFor({ timeout: 60_000 });
  const ms = Date.now() - started;
  await page.waitForFunction(() => document.querySelectorAll('li.subscription').length >= 1000);
  const listedMs = Date.now() - started;
  await page.waitForTimeout(1000);
  const longTasks = await page.evaluate(() => window.__long);
  await context.close();
  return { ms, listedMs, longTasks: longTasks.length, longest: Math.max(0, ...longTasks) };
}
