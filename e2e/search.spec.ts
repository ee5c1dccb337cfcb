import { expect, openApp, test } from './support/browser';

const TRAM = {
  id: 'https://broadsheet.example/2019/07/02/tram-line-opens',
  title: 'Harbour Tram Line Opens to Passengers After Six-Year Build',
};

test.describe('search', () => {
  test('typing in the header box and pressing Enter lists highlighted results; one opens', async ({
    page,
    pageErrors,
  }) => {
    await openApp(page, '/');
    await expect(page.getByRole('article', { name: TRAM.title })).toBeVisible();

    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.focus();
    await page.keyboard.type('harbor tram');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL('/search?q=harbor%20tram');
    const heading = page.getByRole('heading', { level: 1, name: 'Search' });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'for “harbor tram”' })).toHaveText(
      /^\d+ results? for “harbor tram”$/,
    );
    const result = page.getByRole('article', { name: TRAM.title });
    await expect(result.locator('mark', { hasText: 'Harbour' }).first()).toBeVisible();
    await expect(result.locator('mark', { hasText: 'Tram' }).first()).toBeVisible();

    // From the heading, the first result's link is the next stop for the keyboard.
    await page.keyboard.press('Tab');
    await expect(result.getByRole('link', { name: TRAM.title })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: TRAM.title })).toBeVisible();
    await expect(page).toHaveURL(`/articles/${encodeURIComponent(TRAM.id)}`);
    expect(pageErrors.map((error) => error.message)).toEqual([]);
  });

  test('on the search page, results and the address follow the text as it is typed', async ({
    page,
  }) => {
    await openApp(page, '/search?q=ferry');
    await expect(page.getByRole('status').filter({ hasText: '“ferry”' })).toBeVisible();
    const entries = await page.evaluate(() => history.length);

    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.fill('');
    await box.pressSequentially('seagras', { delay: 40 });
    await expect(page.getByText('1 result for “seagras”')).toBeVisible();
    await expect(page).toHaveURL('/search?q=seagras');
    await expect(box).toBeFocused();
    // Typing replaces the entry instead of adding one per keystroke.
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });
});
