import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import type { BrowserContext, Locator, Page, Route } from '@playwright/test';

export { expect };

/** Absolute path of a file under tests/fixtures/feeds (e.g. 'real/…json'). */
export function feedFixture(name: string): string {
  return fileURLToPath(new URL(`../../tests/fixtures/feeds/${name}`, import.meta.url));
}

/** A fixture feed served as JSON at a path in the app's origin (e.g. '/fixtures/a.json'). */
export function fulfillFeed(route: Route, fixture: string): Promise<void> {
  return route.fulfill({ path: feedFixture(fixture), contentType: 'application/json' });
}

/** A JSON Feed of one short story under `title`, served at `feedPath` (e.g. '/fixtures/a.json'). */
export async function serveTitledFeed(page: Page, feedPath: string, title: string) {
  await page.route(`**${feedPath}`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title,
        items: [{ id: '1', title: 'A story', content_text: 'Words.' }],
      }),
    }),
  );
}

/** `?feed=` link to a feed at `feedPath`, as the reader would type it. */
export function withFeedParam(path: string, feedPath: string): string {
  return `${path}?feed=${encodeURIComponent(feedPath)}`;
}

/** The page's current vertical scroll offset. */
export function scrollYOf(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

/** Waits until the page stops scrolling (two reads alike); returns where it came to rest. */
export async function settledScrollY(page: Page): Promise<number> {
  let before = await scrollYOf(page);
  await expect
    .poll(async () => {
      const now = await scrollYOf(page);
      const settled = now === before;
      before = now;
      return settled;
    })
    .toBe(true);
  return before;
}

/**
 * Refuses, at once, requests that leave the app's origin (images and links in real-world fixture
 * feeds), so a test neither waits on a network that may not be there nor depends on one. Opt-in,
 * because some tests serve a copy of the build from a second origin (e2e/support/static-server.ts).
 */
export async function blockOtherOrigins(page: Page, baseURL = 'http://localhost:4173') {
  const origin = new URL(baseURL).origin;
  await page.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort('blockedbyclient'),
  );
}

/**
 * Waits for the app's one sign of readiness, `<html data-app="started">`: the app has taken over
 * the page and its keyboard shortcuts listen (see "Real-browser tests" in the README). The page
 * written at build time shows, and its links work, before that; its buttons say aria-disabled and
 * its text boxes are read-only until then, which Playwright's clicks and fills wait out by
 * themselves. Wait for this before what only the app does: keys, in-app navigation, focus.
 */
export async function appStarted(page: Page) {
  await page.locator('html[data-app="started"]').waitFor({ state: 'attached' });
}

/**
 * Holds the app's code back until the returned function is called: what a page shows before it
 * (a screen drawn from the feeds) can be looked at. Open the page without waiting for "load":
 * the app's script, asked for before it, holds it back too.
 */
export async function holdApp(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Opens `url` and waits until the app has started there. */
export async function openApp(page: Page, url: string) {
  const response = await page.goto(url);
  await appStarted(page);
  return response;
}

/**
 * Presses "Older posts" until `entry` is listed. The river lists an entry once every feed's newer
 * ones are read: the fixture feeds, years older than the bundled demo, come after its pages.
 */
export async function olderPostsUntil(page: Page, entry: Locator) {
  await expect(async () => {
    if (await entry.isVisible()) return;
    await page.getByRole('button', { name: 'Older posts', exact: true }).click({ timeout: 5_000 });
    await expect(entry).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Reloads the page and waits until the app has started again. */
export async function reloadApp(page: Page) {
  const response = await page.reload();
  await appStarted(page);
  return response;
}

/** Playwright's `test`, plus `pageErrors`: every uncaught exception thrown in the page. */
export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: async ({ page }, provide) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await provide(errors);
  },
});

/**
 * Takes the context offline again after a navigation made while offline. Chromium 150's network
 * emulation leaves `navigator.onLine` true in a page that such a navigation opens, with no
 * `offline` event, where a browser that is really offline says false.
 */
export async function offlineAgain(context: BrowserContext) {
  await context.setOffline(false);
  await context.setOffline(true);
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/**
 * Every layout shift of the page so far, as CLS counts them, read from the browser's buffer of
 * them. The shifts of a frame are reported once it is drawn: two frames from now, every frame
 * that shows what the page holds now has been.
 */
export function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const shifts: number[] = [];
        const record = (entries: PerformanceEntryList) => {
          for (const entry of entries as LayoutShift[]) {
            // A shift right after the reader's own input is expected, and not counted by CLS.
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        };
        const observer = new PerformanceObserver((list) => record(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            record(observer.takeRecords());
            observer.disconnect();
            resolve(shifts);
          }),
        );
      }),
  );
}

/**
 * Records, from the start of each page, every report of the page's security policy (what it
 * refused, and where); the function returned reads them. Reports come as tasks of their own:
 * wait a little after the page is done before reading them.
 */
export async function watchPolicyReports(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const reports: string[] = [];
    Object.assign(window, { policyReports: reports });
    document.addEventListener('securitypolicyviolation', (event) =>
      reports.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { policyReports: string[] }).policyReports);
}
