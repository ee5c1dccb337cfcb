import type { Page } from '@playwright/test';
import { expect, openApp, test, watchPolicyReports, withFeedParam } from './support/browser';

const FEED_PATH = '/hardening/feed.json';
const COMMENTS_PATH = '/hardening/comments.json';

const IDS = [
  'https://example.org/x%2Fy',
  'https://example.org/?url=https%3A%2F%2Fa.example%2Fb',
  'tag:example.org,2024:post%2F7',
  'https://example.org/caf%C3%A9',
  'https://example.org/a%20b',
  'https://example.org/100%25',
  'https://example.org/50%off',
];

const NOISY_HTML =
  '<p id="comment-c1" style="color:red" onclick="a()">Feed paragraph</p>' +
  '<style>p { color: blue }</style>' +
  '<img src="/missing-1.png" onerror="alert(1)" alt="one"><img src="/missing-2.png" onerror="alert(2)" alt="two">' +
  '<p>See<a href="#fn1">1</a></p><p id="fn1">The note</p>';

function item(index: number, id: string) {
  return {
    id,
    title: `Post ${index + 1}`,
    content_html: index === 0 ? NOISY_HTML : `<p onmouseover="x()">Body ${index + 1}</p>`,
    date_published: new Date(Date.UTC(2024, 0, 20 - index, 10)).toISOString(),
    _broadsheet: index === 0 ? { comments_url: COMMENTS_PATH } : undefined,
  };
}

async function serveFeed(page: Page) {
  await page.route(
    (url) => url.pathname === FEED_PATH,
    (route) =>
      route.fulfill({
        contentType: 'application/feed+json',
        body: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Hardening',
          items: IDS.map((id, index) => item(index, id)),
        }),
      }),
  );
  await page.route(
    (url) => url.pathname === COMMENTS_PATH,
    (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          version: 1,
          comments: [
            {
              id: 'c1',
              parent_id: null,
              author: { name: 'Mira' },
              content_text: 'The real comment',
              date_published: '2024-01-20T12:00:00Z',
            },
          ],
        }),
      }),
  );
}

const articleAt = (id: string, hash = '') =>
  `${withFeedParam(`/articles/${encodeURIComponent(id)}`, FEED_PATH)}${hash}`;

// The feeds here are served by page.route, which a service worker's fetches would bypass.
test.use({ serviceWorkers: 'block' });

test.describe('bad input in a real browser', () => {
  for (const [index, id] of IDS.entries()) {
    test(`the id ${id} opens from the app’s link, after a reload and directly`, async ({
      page,
      pageErrors,
    }) => {
      await serveFeed(page);
      const title = `Post ${index + 1}`;
      await page.goto(withFeedParam('/', FEED_PATH));
      await page.getByRole('link', { name: title, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await page.goto(articleAt(id));
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(pageErrors).toEqual([]);
    });
  }

  test('feed HTML with inline handlers and styles raises no CSP violation report', async ({
    page,
  }) => {
    const violations = await watchPolicyReports(page);
    await serveFeed(page);
    await page.goto(withFeedParam('/', FEED_PATH));
    await expect(page.getByRole('link', { name: 'Post 1', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Post 1', exact: true }).click();
    await expect(page.getByText('Feed paragraph')).toBeVisible();
    // Its pictures are missing: each gives way to its description, and no handler of the feed's runs.
    await expect(page.getByText('two', { exact: true })).toBeVisible();
    // Reports are queued as tasks: give them time to arrive before counting.
    await page.waitForTimeout(500);
    expect(await violations()).toEqual([]);
    await page.goto(articleAt(IDS[0] ?? ''));
    await expect(page.getByText('Feed paragraph')).toBeVisible();
    await page.waitForTimeout(500);
    expect(await violations()).toEqual([]);
  });

  test('a comment’s address highlights the comment, not the feed’s paragraph with its id', async ({
    page,
  }) => {
    await serveFeed(page);
    await page.goto(articleAt(IDS[0] ?? '', '#comment-c1'));
    const comment = page.getByRole('article', { name: /Mira/ });
    await expect(comment).toHaveClass(/comment-highlight/);
    await expect(comment).toBeFocused();
    await expect(page.getByText('Feed paragraph')).not.toHaveClass(/comment-highlight/);
    // The article's own footnote link still reaches its note, in this tab.
    await page.getByRole('link', { name: '1', exact: true }).click();
    await expect(page).toHaveURL(/#user-content-fn1$/);
    await expect(page.getByText('The note')).toBeInViewport();
  });

  test('a feed that never answers shows an error with Try again after 15 seconds', async ({
    page,
  }) => {
    await page.clock.install();
    // Taken, never answered.
    await page.route(
      (url) => url.pathname === '/hardening/silent.json',
      () => undefined,
    );
    await page.goto(withFeedParam('/', '/hardening/silent.json'));
    await expect(page.getByText('Loading articles…')).toBeVisible();
    await page.clock.runFor(15_000);
    await expect(page.getByRole('alert')).toContainText(
      'The feed did not answer within 15 seconds.',
    );
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByText('Loading articles…')).toBeHidden();
  });

  test('code of a release replaced meanwhile: a link to a page whose code is gone loads that page afresh, in the release installed', async ({
    page,
  }) => {
    // As after another tab updated the app: the settings page's file of this release is gone
    // until the page is loaded again.
    let gone = true;
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.url().endsWith('/settings')) gone = false;
    });
    await page.route(/\/assets\/settings-page-[^/]+\.js$/, (route) =>
      gone ? route.fulfill({ status: 404, body: '' }) : route.continue(),
    );
    await openApp(page, '/');
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByText('Something went wrong')).toBeHidden();
    expect(page.url()).toMatch(/\/settings$/);
  });
});
