import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startOnWrittenPages } from '../../src/app/written-pages';
import { fetchFeedPage } from '../../src/features/feed/api/fetch-feed-page';
import { feedPageQuery } from '../../src/features/feed/api/queries';
import type { FeedPage } from '../../src/features/feed/api/types';
import { createQueryClient } from '../../src/lib/query-client';
import { writtenPages } from '../../src/prerender';
import { withWrittenPages } from '../../scripts/build-plugins';
import { fakeFetch } from '../helpers/fake-fetch';
import { ORIGIN } from '../helpers/render-app';

const ATOM = '/data/harbour-notes/posts.atom';
const atomText = readFileSync(join(import.meta.dirname, '..', '..', 'public', ATOM), 'utf8');
const FEED_URL = `${ORIGIN}${ATOM}`;

/** The built front page's body, with the written pages in it, as the browser would read it. */
function builtPage(pages: object[]) {
  const html = withWrittenPages('<html><body><div id="root"></div></body></html>', pages);
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the first pages written into the built front page', () => {
  it('are the pages the app would read, and it starts on them', () => {
    const pages = writtenPages([{ url: ATOM, text: atomText }]);
    builtPage(pages);
    const client = createQueryClient();
    startOnWrittenPages(client);
    const page = client.getQueryData<FeedPage>(feedPageQuery(FEED_URL, FEED_URL).queryKey);
    expect(page?.feed.title).toBe('Harbour Notes');
    expect(page).toEqual(JSON.parse(JSON.stringify(pages[0])));
  });

  it('are not read again when the file comes back the same: the XML parser is never needed', async () => {
    builtPage(writtenPages([{ url: ATOM, text: atomText }]));
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

  it('leave alone what the cache holds already, and anything unreadable', () => {
    const [page] = writtenPages([{ url: ATOM, text: atomText }]);
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

  it('cannot end their element early, whatever a title says', () => {
    const [page] = writtenPages([{ url: ATOM, text: atomText }]);
    const title = 'Trams </script><script>alert(1)</script>';
    builtPage([{ ...page, feed: { ...page?.feed, title } }]);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    const client = createQueryClient();
    startOnWrittenPages(client);
    expect(
      client.getQueryData<FeedPage>(feedPageQuery(FEED_URL, FEED_URL).queryKey)?.feed.title,
    ).toBe(title);
  });
});
