import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFirstRequests } from '../../src/app/first-requests';
import { feedPageQuery, feedQuery } from '../../src/features/feed/api/queries';
import { createQueryClient, restoreCache } from '../../src/lib/query-client';
import { MAX_WRITTEN_ARTICLES, renderArticlePages, renderFrontPage } from '../../src/prerender';
import { generateFeed } from '../../bench/generate.mjs';
import { DEMO_FEED } from '../helpers/render-app';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** A saved cache that is back after `delay` ms, holding the demo feed's first page. */
function savedCopy(client: ReturnType<typeof createQueryClient>, delay: number) {
  return new Promise<void>((resolve) =>
    setTimeout(() => {
      void import('../../src/features/feed/api/formats/json-feed').then(({ parseFeedPage }) => {
        client.setQueryData(
          feedPageQuery(DEMO_FEED, DEMO_FEED).queryKey,
          parseFeedPage(demoPage('feed.json'), DEMO_FEED),
        );
        resolve();
      });
    }, delay),
  );
}

describe('the saved cache and the first request', () => {
  it('a failed request waits for the saved copy instead of failing first', async () => {
    fakeFetch({});
    const client = createQueryClient();
    restoreCache(client, savedCopy(client, 50));
    const list = await client.fetchInfiniteQuery({ ...feedQuery(DEMO_FEED), retry: false }).then(
      () => 'loaded',
      () => 'failed',
    );
    // The list's own request failed, but only once the saved page was back: it is shown.
    expect(list).toBe('failed');
    expect(client.getQueryData(feedPageQuery(DEMO_FEED, DEMO_FEED).queryKey)).toMatchObject({
      feed: { title: 'The Broadsheet Daily' },
    });
  });

  it('the first requests settle once the list has its first page', async () => {
    fakeFetch({ [DEMO_FEED]: demoPage('feed.json') });
    const client = createQueryClient();
    await startFirstRequests(client, '/articles/x', '');
    expect(client.getQueryData(feedQuery(DEMO_FEED).queryKey)?.pages).toHaveLength(1);
  });

  it('the first requests also settle when the feed cannot be had', async () => {
    fakeFetch({});
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
    await startFirstRequests(client, '/articles/x', '');
    expect(client.getQueryState(feedQuery(DEMO_FEED).queryKey)?.status).toBe('error');
  });
});

describe('the front page written into the built page', () => {
  const seedTitle = 'Putin Reiterates That North Korea Requires Security Guarantees';
  const seedPath = `/articles/${encodeURIComponent(
    'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees',
  )}`;

  it('is the seed article as the front page shows it, under its day', async () => {
    document.body.innerHTML = await renderFrontPage(demoPage('feed.json'));
    expect(screen.getByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
    const day = screen.getByRole('region', { name: 'Sunday, June 30, 2019' });
    expect(day).toBeInTheDocument();
    const seed = screen.getByRole('article', { name: seedTitle });
    expect(day).toContainElement(seed);
    expect(seed).toHaveTextContent('No comments');
    // Until the app's script runs, links work and buttons cannot.
    expect(screen.getByRole('link', { name: seedTitle })).toHaveAttribute('href', seedPath);
    expect(screen.getByRole('button', { name: 'Older posts' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // What is typed before the app runs would be lost when it replaces the page.
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAttribute('readonly');
  });
});

describe('the articles written into the built site', () => {
  const demo = ['feed.json', 'feed-2.json', 'feed-3.json'].map(demoPage);
  const seedId =
    'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees';

  it('is every article of the bundled feed, each at its own address', async () => {
    const pages = await renderArticlePages(demo);
    expect(pages).toHaveLength(21);
    expect(new Set(pages.map((page) => page.path)).size).toBe(21);
    // The last page's articles too, found through next_url.
    expect(pages.map((page) => page.id)).toContain(
      'https://broadsheet.example/2019/06/22/lighthouse-restoration-complete',
    );
  });

  it('is the newest articles only, for a long feed', async () => {
    const feed = generateFeed(MAX_WRITTEN_ARTICLES + 20);
    const pages = await renderArticlePages([feed]);
    expect(pages.map((page) => page.id)).toEqual(
      feed.items.slice(0, MAX_WRITTEN_ARTICLES).map((item) => item.id),
    );
  });

  it('is the seed article as the app shows it, with its title, and no thread yet', async () => {
    const seed = (await renderArticlePages(demo)).find((page) => page.id === seedId);
    expect(seed?.path).toBe(`/articles/${encodeURIComponent(seedId)}`);
    expect(seed?.title).toBe(
      'Putin Reiterates That North Korea Requires Security Guarantees · The Broadsheet Daily',
    );
    document.body.innerHTML = seed?.html ?? '';
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Putin Reiterates That North Korea Requires Security Guarantees',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Leo Byrne')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'North Korea' })).toBeInTheDocument();
    expect(screen.getByText('Featured image: The Kremlin')).toBeInTheDocument();
    // Comments are the reader's own, in the browser: the app brings the thread.
    expect(screen.getByText('Loading comments…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Save for offline' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
