import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  expect,
  feedFixture,
  openApp,
  serveTitledFeed,
  test,
  withFeedParam,
} from './support/browser';
import { articlePath, SEED } from './support/demo';

const TRAM = {
  id: 'https://broadsheet.example/2019/07/02/tram-line-opens',
  title: 'Harbour Tram Line Opens to Passengers After Six-Year Build',
};

// Requests here are answered by the tests' routes, not by a service worker's cache.
test.use({ serviceWorkers: 'block' });

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

test.describe('no WCAG 2.2 A or AA violations', () => {
  test('front page', async ({ page }) => {
    await openApp(page, '/');
    await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
    await expectNoViolations(page);
  });

  test('tag page', async ({ page }) => {
    await openApp(page, '/tags/North%20Korea');
    await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
    await expectNoViolations(page);
  });

  test('article with its comment thread and a reply form open', async ({ page }) => {
    // Two scans of a whole page: on a busy machine more than the default 30 s.
    test.setTimeout(60_000);
    await openApp(page, articlePath(TRAM.id));
    const thread = page.getByRole('region', { name: /comments/ });
    await expect(thread.getByRole('article').first()).toBeVisible();
    await expectNoViolations(page);
    await thread.getByRole('button', { name: 'Reply', exact: true }).first().click();
    await expect(thread.getByRole('button', { name: 'Post reply' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('the pages written at build time, before the app has started', async ({ browser }) => {
    test.setTimeout(60_000);
    // The app's code (every script the build puts in /assets/) never arrives, as on a network too
    // slow for it: the written pages stay, with the theme applied by the scripts beside them.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
    await expectNoViolations(page);
    await page.goto(articlePath(SEED.id));
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
    await expect(page.locator('html[data-app="started"]')).toHaveCount(0);
    await expectNoViolations(page);
    await context.close();
  });

  test('saved page', async ({ page }) => {
    await openApp(page, '/saved');
    await expect(page.getByRole('heading', { level: 1, name: 'Saved for offline' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('error page', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/broken.json',
      (route) => route.fulfill({ status: 500, body: 'oops' }),
    );
    await openApp(page, '/?feed=/broken.json');
    await expect(page.getByRole('alert')).toContainText('The server answered 500');
    await expectNoViolations(page);
  });

  test('article not found', async ({ page }) => {
    await openApp(page, articlePath('no-such-article'));
    await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
    await expectNoViolations(page);
  });

  // Feed HTML as its sites write it: pictures without alt, a picture that is a whole link, a
  // one-pixel tracker (Blogger, Medium), a row of hashtag links (Mastodon), code that scrolls.
  for (const [name, fixture, path] of [
    [
      'a Blogger post',
      'xml/blogger-atom-thr__I014__jorgeelconstructor.blogspot.com__feeds-posts-default.xml',
      '/fixtures/blogger.atom',
    ],
    ['a Medium post', 'xml/Ranchero-Software__RSParser__489.rss', '/fixtures/medium.rss'],
    [
      'a Mastodon post with several pictures',
      'xml/mastodon-media-rss__jocmp__capyreader__feed-multiple-media-content.xml',
      '/fixtures/mastodon.rss',
    ],
    [
      'a Ghost post with code',
      'xml/ghost-rss__nooptoday__feed-rs__feed.xml',
      '/fixtures/ghost.rss',
    ],
  ] as const) {
    test(`an article of real feed HTML: ${name}`, async ({ page }) => {
      await page.route(
        (url) => url.pathname === path,
        (route) => route.fulfill({ path: feedFixture(fixture), contentType: 'application/xml' }),
      );
      // Pictures and the rest of the web: not this test's business.
      await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(withFeedParam('/', path));
      await page.locator('article.entry h2 a, article.entry h3 a').first().click();
      await expect(page.locator('.article-body')).toBeVisible();
      await expectNoViolations(page);
    });
  }

  test('dark colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page, articlePath(TRAM.id));
    await expect(
      page
        .getByRole('region', { name: /comments/ })
        .getByRole('article')
        .first(),
    ).toBeVisible();
    await expectNoViolations(page);
  });
});

/** The focused element draws a visible outline (not "none", not zero width). */
async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline).not.toBeNull();
  expect(outline?.style).not.toBe('none');
  expect(outline?.width).toBeGreaterThan(0);
}

/** Presses Tab until `target` has focus, checking that focus is visible where it lands. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectVisibleFocus(page);
      return;
    }
  }
  throw new Error('the control was not reached with the keyboard');
}

test('keyboard only: open an article, comment, reply and collapse the thread', async ({ page }) => {
  await openApp(page, '/');
  const link = page.getByRole('link', { name: SEED.title });
  await expect(link).toBeVisible();

  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeFocused();

  const thread = page.locator('section.comments');
  await tabTo(page, thread.getByLabel('Comment', { exact: true }).first());
  await page.keyboard.type('Posted without a mouse.');
  await tabTo(page, thread.getByRole('button', { name: 'Post comment' }));
  await page.keyboard.press('Enter');
  await expect(thread.getByRole('heading', { level: 2, name: '1 comment' })).toBeVisible();
  const comment = thread.getByRole('article').filter({ hasText: 'Posted without a mouse.' });
  await expect(comment).toBeVisible();

  await tabTo(page, comment.getByRole('button', { name: 'Reply', exact: true }));
  await page.keyboard.press('Enter');
  const replyButton = comment.getByRole('button', { name: 'Post reply' });
  await expect(replyButton).toBeVisible();
  const replyBox = comment.getByLabel('Comment', { exact: true });
  if (!(await replyBox.evaluate((element) => element === document.activeElement))) {
    await tabTo(page, replyBox);
  }
  await page.keyboard.type('And a reply, also by keyboard.');
  await tabTo(page, replyButton);
  await page.keyboard.press('Enter');
  await expect(thread.getByRole('heading', { level: 2, name: '2 comments' })).toBeVisible();
  await expect(thread.getByText('And a reply, also by keyboard.')).toBeVisible();

  const collapse = comment.getByRole('button', { name: 'Collapse thread' }).first();
  await collapse.focus();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(thread.getByText('And a reply, also by keyboard.')).toBeHidden();
  await expect(comment.getByRole('button', { name: 'Expand thread' }).first()).toBeFocused();
  await expect(comment.getByText(/1 reply hidden/)).toBeVisible();
});

test('reduced motion turns transitions and animations off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '/');
  await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('*')].map(
      (element) =>
        parseFloat(getComputedStyle(element).transitionDuration) +
        parseFloat(getComputedStyle(element).animationDuration),
    ),
  );
  expect(Math.max(...durations)).toBeLessThanOrEqual(0.01);
});

test('forced colours keep a tag a chip: its outline stays where its background goes', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openApp(page, articlePath(SEED.id));
  const tag = page.getByRole('link', { name: 'North Korea' }).first();
  await expect(tag).toBeVisible();
  expect(await tag.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
});

test('text zoomed to 200% loses nothing: no sideways scrolling on a phone-sized window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await openApp(page, articlePath(SEED.id));
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByText('Featured image: The Kremlin')).toBeVisible();
});

test("a feed's description cut to two lines by wider text spacing can be read whole (WCAG 1.4.12)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, withFeedParam('/', '/data/feed.json'));
  const description = page.locator('.masthead-description');
  await expect(description).toContainText('a demo feed bundled with Broadsheet');
  const more = page.getByRole('button', { name: 'Whole description' });
  // Two lines hold it as written: nothing to show.
  await expect(more).toHaveCount(0);
  // WCAG's text spacing, as a reader's style sheet sets it (the page's CSP allows no <style>).
  await page.evaluate(() => {
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
  });
  await expect(more).toBeVisible();
  const hidden = () =>
    description.evaluate((element) => element.scrollHeight - element.clientHeight);
  expect(await hidden()).toBeGreaterThan(1);
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  expect(await hidden()).toBeLessThanOrEqual(1);
});

test('a 320-pixel screen scrolls only up and down, though a feed writes a long word, addresses and a wide formula', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const word = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(3);
  const address = `https://news.example/${'a-very-long-path-segment-'.repeat(8)}`;
  // A site whose name is one long word, as a home page and as the place of its discussions.
  const site = 'https://www.therarejazzvinylcollectorsweeklynewsletter.example/';
  await page.route(
    (url) => url.pathname === '/fixtures/long.rss',
    (route) =>
      route.fulfill({
        contentType: 'application/rss+xml',
        // Its new address, a file's and a title that is an address are long too.
        body: `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
          <title>${word}</title><link>${site}</link>
          <itunes:new-feed-url>${address}feed.xml</itunes:new-feed-url>
          <item><title>${word}</title><link>${address}</link><guid>${address}</guid>
          <comments>${site}discuss</comments>
          <pubDate>Mon, 01 Jul 2019 09:00:00 +0000</pubDate>
          <enclosure url="${address}episode.m4a" type="audio/x-m4a" length="1"/>
          <enclosure url="https://files.example/${'51C578C9'.repeat(8)}.torrent" type="application/x-bittorrent" length="1"/>
          <description>Read it at ${address} today. &lt;center&gt;&lt;math display="inline"&gt;&lt;mrow&gt;${'&lt;mi&gt;x&lt;/mi&gt;&lt;mo&gt;+&lt;/mo&gt;'.repeat(40)}&lt;mn&gt;1&lt;/mn&gt;&lt;/mrow&gt;&lt;/math&gt;&lt;/center&gt;</description></item>
          <item><title>${address}</title><link>${address}2</link>
          <pubDate>Sun, 30 Jun 2019 09:00:00 +0000</pubDate><description>Older.</description></item>
          </channel></rss>`,
      }),
  );
  await openApp(page, withFeedParam('/', '/fixtures/long.rss'));
  await expect(page.getByRole('heading', { name: word })).toBeVisible();
  const sideways = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  await expect(page.getByText(/This feed says it has moved to/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Visit www\.therarejazz/ })).toBeVisible();
  expect(await sideways()).toBeLessThanOrEqual(0);
  await page.getByRole('article').getByRole('link', { name: word }).click();
  await expect(page.getByRole('link', { name: /^Older/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Download/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Discussion on www\.therarejazz/ })).toBeVisible();
  // A file named by its hash, as torrent sites name theirs, wraps.
  await expect(page.getByRole('link', { name: /^51C578C9.*\.torrent$/ })).toBeVisible();
  // The formula (MathML) scrolls in its own box.
  await expect(page.locator('.article-body math')).toBeVisible();
  expect(await sideways()).toBeLessThanOrEqual(0);
  // A commenter's name of one long word (as long as a name may be) breaks too.
  const name = word.slice(0, 60);
  await page.getByLabel('Name').fill(name);
  await page.getByRole('textbox', { name: 'Comment' }).fill('Well put.');
  await page.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByRole('article', { name: new RegExp(name) })).toBeVisible();
  expect(await sideways()).toBeLessThanOrEqual(0);
  // The search box sits on the screen, not partly off its left edge.
  const search = await page
    .getByRole('banner')
    .getByRole('searchbox', { name: 'Search' })
    .boundingBox();
  expect(search?.x).toBeGreaterThanOrEqual(0);
  // A search for one long word says it found nothing, on the screen's width.
  await openApp(page, `/search?q=${'x'.repeat(300)}`);
  await expect(page.getByText(/^No articles match/)).toBeVisible();
  expect(await sideways()).toBeLessThanOrEqual(0);
});

test('a read article is told from an unread one by more than its colour', async ({ page }) => {
  await openApp(page, '/');
  const title = page.getByRole('link', { name: SEED.title });
  const weight = (link: Locator) =>
    link.evaluate((element) => getComputedStyle(element).fontWeight);
  const unread = await weight(title);
  await title.click();
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
  await page.goBack();
  await expect(title).toBeVisible();
  await expect.poll(() => weight(title)).not.toBe(unread);
});

test("a feed's title too long for a phone's line is read whole, not cut (WCAG 1.4.10)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const title = 'Articles on Smashing Magazine — For Web Designers And Developers';
  await serveTitledFeed(page, '/fixtures/longest-title.json', title);
  await openApp(page, withFeedParam('/', '/fixtures/longest-title.json'));
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  const overflow = await page
    .locator('.masthead-title')
    .evaluate((element) => [
      element.scrollWidth - element.clientWidth,
      element.scrollHeight - element.clientHeight,
    ]);
  expect(overflow).toEqual([0, 0]);
});

test('the hint in a field is as readable as any text, in every theme (WCAG 1.4.3)', async ({
  page,
}) => {
  await openApp(page, '/settings');
  for (const theme of ['Light', 'Dark', 'Sepia', 'High contrast']) {
    await page.getByRole('radio', { name: theme, exact: true }).check();
    const contrast = await page.getByRole('searchbox').evaluate((field) => {
      const channels = (color: string) =>
        (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
          const c = Number(value) / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = channels(color);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      let back: Element | null = field;
      let background = 'rgba(0, 0, 0, 0)';
      while (back && /rgba\(.*, 0\)|transparent/.test(background)) {
        background = getComputedStyle(back).backgroundColor;
        back = back.parentElement;
      }
      const [one, other] = [
        luminance(getComputedStyle(field, '::placeholder').color),
        luminance(background),
      ].sort((a, b) => b - a);
      return ((one ?? 0) + 0.05) / ((other ?? 0) + 0.05);
    });
    expect(contrast, theme).toBeGreaterThanOrEqual(4.5);
  }
});
