import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/browser';

/**
 * Everything the front page downloads until the network is idle, JavaScript only, gzip: the
 * entry, the river's chunk, the saved cache's code and the small helpers that load at start.
 * The libraries the app is built on are most of it (React DOM alone about 62 KB, React, the
 * router and TanStack Query about 26 KB more). No feed is read: the built page holds the default
 * subscriptions' first pages, so neither the JSON Feed reader nor the XML parser is downloaded.
 */
// 118.4 KB before "Mark as unread" (taken back in every tab), the sorting of old read marks,
// writing a large store when idle and small pictures at their own size: 1.2 KB together. 120.0 KB
// once excerpts lost headings' anchors and tags cut off at their end. About 121 KB once lists linked
// a discussion page the feed does not count and j and k on an article took its place in the
// history. 122.0 KB with the worker that loads the locale's tables off the main thread (0.2 KB
// for some thirty milliseconds of a task). 124.0 KB once lists handed the focus of "Older posts"
// to what it adds, `u` knew the history's in-page steps, excerpts left out the title they begin
// with, and the saved cache's parts left by a closed page were swept (1.0 KB together). 124.2 KB
// once a feed's "Subscribe" knew the feed a site names and a feed followed at another spelling
// of its address, saving for offline asked before the page was left mid-save, and the cache of
// builds that named its format by their version was read (0.25 KB together). 124.9 KB once lists
// asked picture services (Blogger's, WordPress's, Substack's, Medium's) for copies as wide as
// their boxes instead of the 2,000-pixel pictures feeds name (0.7 KB). 125.4 KB once a Ghost
// blog's, Squarespace's and the BBC's pictures came in the copies each makes of them, and a
// picture whose copies failed was asked for as named from then on (0.4 KB together).
const FRONT_PAGE_JS_BUDGET = 126 * 1024;

const dist = join(import.meta.dirname, '..', 'dist');

test('the front page downloads at most its budget of JavaScript until the network is idle', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.push(pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const gzip = scripts.map((path) => gzipSync(readFileSync(join(dist, path))).length);
  const total = gzip.reduce((sum, size) => sum + size, 0);
  expect(
    scripts.some((path) => /read-feed-document|feed-document\.worker|xml-parser/.test(path)),
  ).toBe(false);
  expect(total, `${(total / 1024).toFixed(1)} KB: ${scripts.join(', ')}`).toBeLessThanOrEqual(
    FRONT_PAGE_JS_BUDGET,
  );
});
