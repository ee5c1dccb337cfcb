import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './support/browser';
import { articlePath } from './support/demo';

/** Third on the front page: the demo blog's newest post and a note come first. */
const THIRD = {
  id: 'https://broadsheet.example/2019/07/03/harbour-fog-delays-ferries',
  title: 'Harbour Fog Delays Morning Ferries Across Alder Sound',
};

/**
 * o opens the third article, focused on its heading; u comes back to it, current, in view and
 * focused on its link.
 */
async function openAndComeBack(page: Page, third: Locator) {
  await page.keyboard.press('o');
  await expect(page).toHaveURL(articlePath(THIRD.id));
  await expect(page.getByRole('heading', { level: 1, name: THIRD.title })).toBeFocused();
  await page.keyboard.press('u');
  await expect(page).toHaveURL('/');
  await expect(third).toHaveAttribute('aria-current', 'true');
  await expect(third).toBeInViewport();
  await expect(third.getByRole('link', { name: THIRD.title })).toBeFocused();
}

/** From the front page, j j j o opens the third article, and its skip link is followed. */
async function openThirdAndSkip(page: Page) {
  await openApp(page, '/');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('o');
  await expect(page).toHaveURL(articlePath(THIRD.id));
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${articlePath(THIRD.id)}#main`);
}

test.describe('keyboard only', () => {
  test('j j j o opens the third article, u returns to it in the list', async ({
    page,
    pageErrors,
  }) => {
    await openApp(page, '/');
    const third = page.getByRole('article', { name: THIRD.title });
    await expect(third).toBeVisible();

    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(third).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[aria-current="true"]')).toHaveCount(1);
    await expect(third.getByRole('link', { name: THIRD.title })).toBeFocused();

    await openAndComeBack(page, third);
    expect(pageErrors).toEqual([]);
  });

  test('u brings the article just read into view even if the list was scrolled away from it', async ({
    page,
  }) => {
    await openApp(page, '/');
    const third = page.getByRole('article', { name: THIRD.title });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(third.getByRole('link', { name: THIRD.title })).toBeFocused();
    // The reader scrolls far below it before opening it (again, should the scroll that j
    // started still be under way and take the page back).
    await expect(async () => {
      await page.keyboard.press('End');
      await expect(third).not.toBeInViewport({ timeout: 1000 });
    }).toPass();

    await openAndComeBack(page, third);
  });

  test('u after the skip link on an article goes back to the list, to the article read', async ({
    page,
  }) => {
    await openThirdAndSkip(page);
    const third = page.getByRole('article', { name: THIRD.title });
    // Back in the history, not a new visit to the list.
    const entries = await page.evaluate(() => history.length);

    await page.keyboard.press('u');
    await expect(page).toHaveURL('/');
    await expect(third).toHaveAttribute('aria-current', 'true');
    await expect(third.getByRole('link', { name: THIRD.title })).toBeFocused();
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('u after the skip link and then Older goes back to the list, to the article read', async ({
    page,
  }) => {
    await openThirdAndSkip(page);
    const entries = await page.evaluate(() => history.length);
    const older = page.getByRole('navigation', { name: 'More articles' }).getByRole('link', {
      name: /^Older /,
    });
    const title = ((await older.textContent()) ?? '').replace(/^Older\s*/, '');
    await older.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();

    await page.keyboard.press('u');
    await expect(page).toHaveURL('/');
    const read = page.getByRole('article', { name: title });
    await expect(read).toHaveAttribute('aria-current', 'true');
    await expect(read.getByRole('link', { name: title })).toBeFocused();
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('back over the skip link stays on the page: the heading does not take focus', async ({
    page,
  }) => {
    await openApp(page, '/settings');
    await page.getByRole('link', { name: 'Front page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/#main');

    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
    // Tab goes on from the content the skip link led to, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  test('in forced colours the current entry stays marked once focus leaves it', async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openApp(page, '/');
    await page.keyboard.press('j');
    const current = page.locator('[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    const outline = await current.evaluate((entry) => getComputedStyle(entry).outlineStyle);
    expect(outline).toBe('solid');
  });

  test('? opens the shortcuts; Escape closes them and focus returns', async ({ page }) => {
    await openApp(page, '/');
    const first = page.getByRole('article').first();
    await expect(first).toBeVisible();
    await page.keyboard.press('j');
    const link = first.getByRole('link').first();
    await expect(link).toBeFocused();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: /Next article in a list/ })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
  });
});
