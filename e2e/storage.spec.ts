import type { Page } from '@playwright/test';
import { expect, test } from './support/browser';
import { articlePath, SEED } from './support/demo';

const ROASTERY = {
  id: 'https://broadsheet.example/2019/06/30/harbour-roasters-decade',
  title: 'A Decade On, Quay Street’s First Roastery Still Opens at Six',
};

function thread(page: Page) {
  return page.locator('section.comments');
}

test('unreadable comments filling the quota: told, commenting works, download then free the space', async ({
  page,
}) => {
  // About 3 MB of invalid JSON: a copy of it does not fit beside it in Chromium's quota.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', 'yes');
      localStorage.setItem('broadsheet:comments', `{"state": ${'x'.repeat(3_000_000)}`);
    }
  });
  await page.goto(articlePath(SEED.id));
  const notice = page.getByRole('alert').filter({ hasText: 'there is no room to set them aside' });
  await expect(notice).toBeVisible();

  await thread(page).getByLabel('Comment', { exact: true }).first().fill('Written while stuck.');
  await thread(page).getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByRole('region', { name: '1 comment' })).toBeVisible();
  await expect(notice).toContainText('not saved yet');

  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the unreadable comments' }).click();
  expect((await download).suggestedFilename()).toMatch(/unreadable\.json$/);
  await notice.getByRole('button', { name: 'Discard it and free the space' }).click();
  await expect(notice).toBeHidden();

  await page.reload();
  await expect(
    page.getByRole('region', { name: '1 comment' }).getByText('Written while stuck.'),
  ).toBeVisible();
});

test('two tabs saving different articles at once: both stay saved', async ({ context }) => {
  const left = await context.newPage();
  const right = await context.newPage();
  await left.goto(articlePath(SEED.id));
  await right.goto(articlePath(ROASTERY.id));
  await Promise.all([
    left.getByRole('button', { name: 'Save for offline' }).click(),
    right.getByRole('button', { name: 'Save for offline' }).click(),
  ]);
  await expect(left.getByRole('button', { name: 'Saved for offline' })).toBeVisible();
  await expect(right.getByRole('button', { name: 'Saved for offline' })).toBeVisible();

  for (const tab of [left, right]) {
    await tab.goto('/saved');
    await expect(tab.getByRole('link', { name: SEED.title })).toBeVisible();
    await expect(tab.getByRole('link', { name: ROASTERY.title })).toBeVisible();
  }
});
