import { expect, openApp, test } from './support/browser';
import { articlePath } from './support/demo';

const SECOND = {
  id: 'https://broadsheet.example/2019/07/03/harbour-fog-delays-ferries',
  title: 'Harbour Fog Delays Morning Ferries Across Alder Sound',
};

test.describe('keyboard only', () => {
  test('j j o opens the second article, u returns to it in the list', async ({
    page,
    pageErrors,
  }) => {
    await openApp(page, '/');
    const second = page.getByRole('article', { name: SECOND.title });
    await expect(second).toBeVisible();

    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(second).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[aria-current="true"]')).toHaveCount(1);
    await expect(second.getByRole('link', { name: SECOND.title })).toBeFocused();

    await page.keyboard.press('o');
    await expect(page).toHaveURL(articlePath(SECOND.id));
    await expect(page.getByRole('heading', { level: 1, name: SECOND.title })).toBeFocused();

    await page.keyboard.press('u');
    await expect(page).toHaveURL('/');
    await expect(second).toHaveAttribute('aria-current', 'true');
    await expect(second).toBeInViewport();
    expect(pageErrors).toEqual([]);
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
