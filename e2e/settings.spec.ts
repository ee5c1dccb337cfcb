import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, reloadApp, test } from './support/browser';
import { articlePath, SEED } from './support/demo';

interface Moment {
  moment: string;
  theme: string | undefined;
  bg: string;
  appStarted: boolean;
}

/**
 * Records the page before the app's scripts run: when <body> is parsed (theme-init.js, a
 * blocking script in <head>, has run; the app's script, started after the first paint, has not)
 * and at the first frame (the stylesheet has loaded). Also records Content-Security-Policy
 * violations.
 */
async function recordFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const log = { moments: [] as Moment[], violations: [] as string[] };
    (window as unknown as { firstPaint: typeof log }).firstPaint = log;
    const record = (moment: string) =>
      log.moments.push({
        moment,
        theme: document.documentElement.dataset.theme,
        bg: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
        // The built page holds the front page; elsewhere it waits under this mark, which the
        // app's script clears when it starts.
        appStarted: !document.documentElement.hasAttribute('data-stale-first-screen'),
      });
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      observer.disconnect();
      record('body');
    });
    observer.observe(document, { childList: true, subtree: true });
    // No frame is drawn before the stylesheet is in: the first one is what the reader sees.
    document.addEventListener('DOMContentLoaded', () =>
      requestAnimationFrame(() => record('first frame')),
    );
    document.addEventListener('securitypolicyviolation', (event) =>
      log.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

function firstPaint(page: Page) {
  return page.evaluate(
    () =>
      (window as unknown as { firstPaint: { moments: Moment[]; violations: string[] } }).firstPaint,
  );
}

async function tabTo(page: Page, name: string) {
  const target = page.getByRole('button', { name });
  await expect(target).toBeVisible();
  for (let step = 0; step < 20; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  return target;
}

test.describe('display settings', () => {
  test('a theme chosen on /settings is on the very first paint after a reload', async ({
    page,
    pageErrors,
  }) => {
    await openApp(page, '/settings');
    const form = page.getByRole('form', { name: 'Display settings' });
    await form.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await recordFirstPaint(page);
    await reloadApp(page);
    await expect(form.getByRole('radio', { name: 'Dark' })).toBeChecked();
    const { moments, violations } = await firstPaint(page);
    expect(moments[0]).toEqual({
      moment: 'body',
      theme: 'dark',
      bg: expect.any(String),
      appStarted: false,
    });
    expect(moments[1]).toMatchObject({ moment: 'first frame', theme: 'dark', bg: '#121212' });
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('an article prints on white, without the app’s tools, whatever the theme', async ({
    page,
    pageErrors,
  }) => {
    await page.addInitScript(() =>
      localStorage.setItem(
        'broadsheet:settings',
        JSON.stringify({ state: { theme: 'dark' }, version: 1 }),
      ),
    );
    await openApp(page, articlePath(SEED.id));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(255, 255, 255)');
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Display settings' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Post comment' })).toBeHidden();
    expect(pageErrors).toEqual([]);
  });

  test('unreadable stored settings give the defaults, without an error', async ({
    page,
    pageErrors,
  }) => {
    await page.addInitScript(() => localStorage.setItem('broadsheet:settings', '{not json'));
    await openApp(page, '/settings');
    await expect(
      page.getByRole('form', { name: 'Display settings' }).getByRole('radio', { name: 'System' }),
    ).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
    expect(pageErrors).toEqual([]);
  });

  test('the quick menu works with the keyboard alone', async ({ page }) => {
    await openApp(page, '/');
    const toggle = await tabTo(page, 'Display settings');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = page.getByRole('group', { name: 'Display settings' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('radio', { name: 'System' })).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(panel.getByRole('radio', { name: 'System' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(18, 18, 18)');

    await page.keyboard.press('Tab');
    await expect(panel.getByRole('radio', { name: 'Medium' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('radio', { name: 'Large', exact: true })).toBeChecked();
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
      .toBe('19.2px');

    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  for (const theme of ['Light', 'Dark', 'Sepia', 'High contrast']) {
    test(`${theme}: text on the front page and an article meets WCAG AA contrast`, async ({
      page,
    }) => {
      await openApp(page, '/settings');
      await page
        .getByRole('form', { name: 'Display settings' })
        .getByRole('radio', { name: theme })
        .check();
      for (const path of [
        '/',
        '/articles/https%3A%2F%2Fbroadsheet.example%2F2019%2F06%2F30%2Fputin-reiterates-north-korea-security-guarantees',
      ]) {
        await openApp(page, path);
        await expect(page.locator('.entry, .article').first()).toBeVisible();
        const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
        expect(
          results.violations.flatMap((violation) =>
            violation.nodes.map(
              (node) => `${path} ${node.target.join(' ')}: ${node.failureSummary}`,
            ),
          ),
        ).toEqual([]);
      }
    });
  }
});
