import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/browser';

/**
 * Everything the front page downloads until the network is idle, JavaScript only, gzip: the
 * entry, the river's chunk, what the first requests need (reading a JSON Feed, the saved cache)
 * and the small helpers that load at start. React DOM alone is about 66 KB of it. The XML parser
 * is not among them: the bundled Atom blog's first page is written into the built page.
 */
const FRONT_PAGE_JS_BUDGET = 128 * 1024;

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
  expect(scripts.some((path) => /feed-document\.worker|xml-parser/.test(path))).toBe(false);
  expect(total, `${(total / 1024).toFixed(1)} KB: ${scripts.join(', ')}`).toBeLessThanOrEqual(
    FRONT_PAGE_JS_BUDGET,
  );
});
