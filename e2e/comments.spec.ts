import type { Page } from '@playwright/test';
import { expect, openApp, reloadApp, test } from './support/browser';
import { articlePath, SEED } from './support/demo';

function thread(page: Page) {
  return page.locator('section.comments');
}

async function post(page: Page, text: string) {
  await thread(page).getByLabel('Comment', { exact: true }).first().fill(text);
  await thread(page).getByRole('button', { name: 'Post comment' }).click();
}

test('post, reply, reload: the thread and the count on the front page keep them', async ({
  page,
}) => {
  await openApp(page, articlePath(SEED.id));
  await expect(page.getByRole('region', { name: 'No comments' })).toBeVisible();
  await thread(page).getByLabel('Name').fill('Ada');
  await post(page, 'First thoughts.');
  await expect(page.getByRole('region', { name: '1 comment' })).toBeVisible();
  const first = thread(page).getByRole('article').first();
  await expect(first).toContainText('First thoughts.');

  await first.getByRole('button', { name: 'Reply', exact: true }).click();
  await first.getByLabel('Comment', { exact: true }).fill('A reply underneath.');
  await first.getByRole('button', { name: 'Post reply' }).click();
  // The reply sits inside its parent's article.
  await expect(first.getByRole('article')).toContainText('A reply underneath.');

  await reloadApp(page);
  const reloaded = page.getByRole('region', { name: '2 comments' });
  await expect(reloaded.getByText('A reply underneath.')).toBeVisible();
  await expect(reloaded.getByLabel('Name')).toHaveValue('Ada');

  await openApp(page, '/');
  const entry = page.getByRole('article', { name: SEED.title });
  await expect(entry).toContainText('2 comments');
});

test('two tabs: a comment posted in one appears in the other, and both tabs keep theirs', async ({
  context,
}) => {
  const left = await context.newPage();
  const right = await context.newPage();
  await left.goto(articlePath(SEED.id));
  await right.goto(articlePath(SEED.id));
  await expect(left.getByRole('region', { name: 'No comments' })).toBeVisible();
  await expect(right.getByRole('region', { name: 'No comments' })).toBeVisible();

  await post(left, 'From the left tab.');
  await expect(right.getByText('From the left tab.')).toBeVisible();

  // Both post at once: neither overwrites the other's thread.
  await Promise.all([post(left, 'Left again.'), post(right, 'Right at the same time.')]);
  for (const tab of [left, right]) {
    await expect(tab.getByRole('region', { name: '3 comments' })).toBeVisible();
    await expect(tab.getByText('Left again.')).toBeVisible();
    await expect(tab.getByText('Right at the same time.')).toBeVisible();
  }
  await left.reload();
  await expect(left.getByRole('region', { name: '3 comments' })).toBeVisible();
});

test('a full storage quota: the reader is told, the text stays, nothing saved is lost', async ({
  page,
}) => {
  await openApp(page, articlePath(SEED.id));
  await post(page, 'Saved before the disk filled up.');
  await expect(page.getByRole('region', { name: '1 comment' })).toBeVisible();

  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'broadsheet:comments') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  await post(page, 'This one does not fit.');
  await expect(
    page.getByRole('alert').filter({ hasText: 'storage is full or unavailable' }),
  ).toBeVisible();
  await expect(thread(page).getByLabel('Comment', { exact: true }).first()).toHaveValue(
    'This one does not fit.',
  );
  await expect(page.getByRole('region', { name: '1 comment' })).toBeVisible();

  await reloadApp(page);
  await expect(
    page.getByRole('region', { name: '1 comment' }).getByText('Saved before the disk filled up.'),
  ).toBeVisible();
});

test('corrupt stored comments are set aside, not overwritten, and the app still opens', async ({
  page,
}) => {
  // Written from a page of the same origin where the app does not run.
  await page.goto('/robots.txt');
  await page.evaluate(() =>
    localStorage.setItem('broadsheet:comments', '{"state": {"comments": [broken'),
  );
  await openApp(page, articlePath(SEED.id));
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Saved comments could not be read; they were set aside.' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'No comments' })).toBeVisible();

  await post(page, 'A fresh start.');
  await expect(page.getByRole('region', { name: '1 comment' })).toBeVisible();
  const setAside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('broadsheet:comments:unreadable:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(setAside).toEqual(['{"state": {"comments": [broken']);
});

test('a front page opened before any comment counts the first one, posted in another tab', async ({
  context,
}) => {
  const list = await context.newPage();
  await openApp(list, '/');
  const entry = list.getByRole('article', { name: SEED.title });
  await expect(entry).toContainText('No comments');

  const article = await context.newPage();
  await openApp(article, articlePath(SEED.id));
  await post(article, 'Written in the other tab.');
  await expect(article.getByRole('region', { name: '1 comment' })).toBeVisible();

  await expect(entry).toContainText('1 comment');
});

test('replies of the reader past the deepest level are indented no further', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, articlePath(SEED.id));
  await post(page, 'Level 1.');
  let parent = thread(page).getByRole('article').first();
  const widths: number[] = [];
  for (let level = 2; level <= 8; level++) {
    await parent.getByRole('button', { name: 'Reply', exact: true }).last().click();
    await parent.getByLabel('Comment', { exact: true }).last().fill(`Level ${level}.`);
    await parent.getByRole('button', { name: 'Post reply' }).click();
    parent = thread(page)
      .getByRole('article')
      .filter({ hasText: `Level ${level}.` })
      .last();
    await expect(parent).toBeVisible();
    widths.push((await parent.boundingBox())?.width ?? 0);
  }
  // Levels 2 to 6 indent; 7 and 8 keep the width of the sixth.
  const sixth = widths[4] ?? Infinity;
  expect(widths.slice(5)).toEqual([sixth, sixth]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Each level takes a little of a phone's width, whatever the text size.
  expect((widths[0] ?? 0) - sixth).toBeLessThanOrEqual(4 * 16);
});

test("on a phone in large text, what the keyboard reaches is never under the deletion's Undo bar", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, '/settings');
  await page.getByRole('radio', { name: 'Extra large' }).check();
  await openApp(page, articlePath(SEED.id));
  for (const text of ['One.', 'Two.', 'Three.', 'Four.']) await post(page, text);
  await thread(page)
    .getByRole('article')
    .filter({ hasText: 'Four.' })
    .getByRole('button', { name: 'Delete' })
    .click();
  const bar = page.locator('.comment-undo[data-open]');
  await expect(bar).toBeVisible();
  await page.getByLabel('Sort comments').focus();
  const hidden: string[] = [];
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    const covered = await page.evaluate(() => {
      const focused = document.activeElement;
      const undo = document.querySelector('.comment-undo[data-open]');
      if (!focused || !undo || undo.contains(focused)) return 0;
      const a = focused.getBoundingClientRect();
      const b = undo.getBoundingClientRect();
      return Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    });
    if (covered > 0)
      hidden.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
  }
  expect(hidden).toEqual([]);
});
