import { expect, openApp, scrollYOf, settledScrollY, test } from './support/browser';

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

  test('back from a result down the list returns to it, where the reader left the results', async ({
    page,
  }) => {
    // A word of every article: a list of results longer than the screen.
    await openApp(page, '/search?q=the');
    // Every feed read: the results are all there, not "so far".
    await expect(page.getByRole('status').filter({ hasText: '“the”' })).toHaveText(
      /^\d+ results for “the”$/,
    );
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('article');
    expect(await results.count()).toBeGreaterThan(8);
    // The reader scrolls down until the fifth result is at the top of the screen.
    const result = results.nth(4);
    await result.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const before = await settledScrollY(page);
    expect(before).toBeGreaterThan(500);
    const link = result.getByRole('link').first();
    const title = (await link.textContent()) ?? '';

    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();

    await page.goBack();
    await expect(page).toHaveURL('/search?q=the');
    const back = page.getByRole('article', { name: title });
    await expect(back).toBeInViewport();
    await expect
      .poll(async () => Math.abs((await scrollYOf(page)) - before))
      .toBeLessThanOrEqual(50);
    await expect(back.getByRole('link', { name: title })).toBeFocused();
  });
});
