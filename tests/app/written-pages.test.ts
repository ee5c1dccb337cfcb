import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startOnWrittenPages } from '../../src/app/written-pages';
import { fetchFeedPage } from '../../src/features/feed/api/fetch-feed-page';
import { feedPageQuery } from '../../src/features/feed/api/queries';
import type { Article, FeedPage } from '../../src/features/feed/api/types';
import { createQueryClient } from '../../src/lib/query-client';
import { writtenPages } from '../../src/prerender';
import { WRITTEN_PAGE_LIMIT, withWrittenPages } from '../../scripts/build-plugins';
import { fakeFetch } from '../helpers/fake-fetch';
import { ORIGIN } from '../helpers/render-app';

const ATOM = '/data/harbour-notes/posts.atom';
const atomText = readFileSync(join(import.meta.dirname, '..', '..', 'public', ATOM), 'utf8');
const FEED_URL = `${ORIGIN}${ATOM}`;
const BUNDLED_FEED = 'https://broadsheet.invalid/data/feed.json';

/** The built front page's body, with the written pages in it, as the browser would read it. */
function builtPage(pages: FeedPage[]) {
  const html = withWrittenPages(
    '<html><head><meta name="app-feed" content="/data/feed.json"></head><body><div id="root"></div></body></html>',
    pages,
    BUNDLED_FEED,
  );
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the first pages written into the built front page', () => {
  it('are the pages the app would read, and it starts on them', async () => {
    const pages = await writtenPages([{ url: ATOM, text: atomText }]);
    builtPage(pages);
    const client = createQueryClient();
    startOnWrittenPages(client);
    const page = client.getQueryData<FeedPage>(feedPageQuery(FEED_URL, FEED_URL).queryKey);
    expect(page?.feed.title).toBe('Harbour Notes');
    expect(page).toEqual(JSON.parse(JSON.stringify(pages[0])));
  });

  it('are not read again when the file comes back the same: the XML parser is never needed', async () => {
    builtPage(await writtenPages([{ url: ATOM, text: atomText }]));
    const client = createQueryClient();
    startOnWrittenPages(client);
    const page = client.getQueryData<FeedPage>(feedPageQuery(FEED_URL, FEED_URL).queryKey);
    fakeFetch({ [FEED_URL]: () => new Response(atomText) });
    expect(await fetchFeedPage(FEED_URL, undefined, page)).toBe(page);
    fakeFetch({
      [FEED_URL]: () => new Response(atomText.replace('Harbour Notes', 'Harbour News')),
    });
    const changed = await fetchFeedPage(FEED_URL, undefined, page);
    expect(changed.feed.title).toBe('Harbour News');
  });

  it('leave alone what the cache holds already, and anything unreadable', async () => {
    const [page] = await writtenPages([{ url: ATOM, text: atomText }]);
    if (!page) throw new Error('The Atom blog was not read.');
    builtPage([page]);
    const client = createQueryClient();
    const { queryKey } = feedPageQuery(FEED_URL, FEED_URL);
    const mine = { ...page, skipped: 7 };
    client.setQueryData(queryKey, mine);
    startOnWrittenPages(client);
    expect(client.getQueryData(queryKey)).toBe(mine);

    document.body.innerHTML =
      '<script type="application/json" id="app-written-pages">{"origin":</script>';
    expect(() => startOnWrittenPages(createQueryClient())).not.toThrow();
  });

  it('cannot end their element early, whatever a title says', async () => {
    const [page] = await writtenPages([{ url: ATOM, text: atomText }]);
    if (!page) throw new Error('The Atom blog was not read.');
    const title = 'Trams </script><script>alert(1)</script>';
    builtPage([{ ...page, feed: { ...page.feed, title } }]);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    const client = createQueryClient();
    startOnWrittenPages(client);
    expect(
      client.getQueryData<FeedPage>(feedPageQuery(FEED_URL, FEED_URL).queryKey)?.feed.title,
    ).toBe(title);
  });

  it('leave out a page too long for the front page, and say whether the bundled feed is there', async () => {
    const feedText = readFileSync(
      join(import.meta.dirname, '..', '..', 'public', 'data', 'feed.json'),
      'utf8',
    );
    const [bundled, atom] = await writtenPages([
      { url: '/data/feed.json', text: feedText },
      { url: ATOM, text: atomText },
    ]);
    if (!bundled || !atom) throw new Error('The default subscriptions were not read.');
    const shell =
      '<html><head><meta name="app-feed" content="/data/feed.json"></head><body></body></html>';
    const marked = /<meta name="app-feed" data-written/;
    expect(withWrittenPages(shell, [bundled, atom], bundled.url)).toMatch(marked);
    // Named in <head> too, for public/boot.js, which runs before the rest of the page has been
    // read: so before that script, which follows the bundled feed's <meta> (index.html).
    const named = withWrittenPages(shell, [bundled, atom], bundled.url);
    const meta = `<meta name="app-written" content='["/data/feed.json","${ATOM}"]'>`;
    expect(named).toContain(meta);
    expect(named.indexOf(meta)).toBeLessThan(named.indexOf('<meta name="app-feed"'));

    const long = {
      ...bundled,
      articles: Array<Article>(2000).fill(bundled.articles[0] as Article),
    };
    expect(JSON.stringify(long).length).toBeGreaterThan(WRITTEN_PAGE_LIMIT);
    const html = withWrittenPages(shell, [long, atom], bundled.url);
    expect(html).not.toMatch(marked);
    expect(html).toContain(`<meta name="app-written" content='["${ATOM}"]'>`);
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
    const client = createQueryClient();
    startOnWrittenPages(client);
    expect(client.getQueryData(feedPageQuery(bundled.url, bundled.url).queryKey)).toBeUndefined();
    expect(client.getQueryData(feedPageQuery(FEED_URL, FEED_URL).queryKey)).toBeDefined();
  });
});
