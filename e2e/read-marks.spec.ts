import type { Locator, Page } from '@playwright/test';
import { expect, openApp, reloadApp, test } from './support/browser';
import { articlePath, SEED } from './support/demo';

const ROASTERY = {
  id: 'https://broadsheet.example/2019/06/30/harbour-roasters-decade',
  title: 'A Decade On, Quay Street’s First Roastery Still Opens at Six',
};

/** What screen readers hear of a read entry; sighted readers see its title muted. */
const readMark = (entry: Locator) => entry.getByText('Read', { exact: true });

/** The article page's button, by either of its names. */
const readToggle = (page: Page) => page.getByRole('button', { name: /^Mark as (un)?read$/ });

const widthOf = (element: Locator) =>
  element.evaluate((node) => node.getBoundingClientRect().width);

test('"Mark as unread" takes the article’s mark back, without the button changing width', async ({
  page,
  pageErrors,
}) => {
  // Another article read first: the front page shows marks, just not this one's.
  await openApp(page, articlePath(ROASTERY.id));
  await expect(readToggle(page)).toHaveAccessibleName('Mark as unread');

  await openApp(page, articlePath(SEED.id));
  const toggle = readToggle(page);
  // Opening the article marked it read.
  await expect(toggle).toHaveAccessibleName('Mark as unread');
  const width = await widthOf(toggle);
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Mark as read');
  // Both labels are laid out in one cell: nothing beside the button moves.
  expect(await widthOf(toggle)).toBe(width);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Front page' })
    .click();
  const roastery = page.getByRole('article', { name: ROASTERY.title });
  const seed = page.getByRole('article', { name: SEED.title });
  await expect(readMark(roastery)).toHaveCount(1);
  await expect(roastery.getByRole('link', { name: ROASTERY.title })).toHaveCSS(
    'font-weight',
    '400',
  );
  await expect(seed).toBeVisible();
  await expect(readMark(seed)).toHaveCount(0);
  await expect(seed.getByRole('link', { name: SEED.title })).not.toHaveCSS('font-weight', '400');
  expect(pageErrors).toEqual([]);
});

test('m marks the current entry read, and m again takes the mark back', async ({ page }) => {
  await openApp(page, '/');
  const first = page.getByRole('article').first();
  await expect(first).toBeVisible();
  await expect(readMark(first)).toHaveCount(0);

  await page.keyboard.press('j');
  await expect(first).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('m');
  await expect(readMark(first)).toHaveCount(1);
  // Said aloud: nothing that holds focus changes.
  await expect(page.getByRole('status').filter({ hasText: /^Marked as read$/ })).toHaveCount(1);
  await page.keyboard.press('m');
  await expect(readMark(first)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Marked as unread$/ })).toHaveCount(1);
  // Still the current entry: the reader goes on from it.
  await expect(first).toHaveAttribute('aria-current', 'true');
});

test('"Mark as unread" in one tab takes the mark back in another, for good', async ({
  context,
}) => {
  const reader = await context.newPage();
  const list = await context.newPage();
  await openApp(list, '/');
  const seed = list.getByRole('article', { name: SEED.title });
  await expect(seed).toBeVisible();
  await expect(readMark(seed)).toHaveCount(0);

  await openApp(reader, articlePath(SEED.id));
  const toggle = readToggle(reader);
  await expect(toggle).toHaveAccessibleName('Mark as unread');
  // The list learns of the mark from the other tab's write.
  await expect(readMark(seed)).toHaveCount(1);

  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Mark as read');
  await expect(readMark(seed)).toHaveCount(0);

  // The list, which held the mark, does not bring it back.
  await reloadApp(list);
  await expect(seed).toBeVisible();
  await expect(readMark(seed)).toHaveCount(0);
});
