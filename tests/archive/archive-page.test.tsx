import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, ORIGIN, renderApp } from '../helpers/render-app';
import { serveDemo } from '../helpers/demo-feed';

const TRAM_TITLE = 'Harbour Tram Line Opens to Passengers After Six-Year Build';
const FERRY_TITLE = 'Alder Sound Ferries Switch to Summer Timetable on Monday';

describe('archive', () => {
  beforeEach(() => {
    serveDemo();
  });

  it('lists months with counts, newest first under year headings, once every page is read', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('article', { name: TRAM_TITLE });
    await user.click(screen.getByRole('link', { name: 'Archive' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Archive' })).toBeInTheDocument();
    // July is whole on the first page; June only once all three pages are in.
    expect(await screen.findByRole('link', { name: 'June 2019 (14)' })).toHaveAttribute(
      'href',
      '/archive/2019/06',
    );
    expect(screen.queryByText('Loading older posts…')).not.toBeInTheDocument();
    const year = screen.getByRole('region', { name: '2019' });
    expect(within(year).getByRole('heading', { level: 2, name: '2019' })).toBeInTheDocument();
    expect(
      within(year)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['July 2019 (7)', 'June 2019 (14)']);
    await waitFor(() => expect(document.title).toBe('Archive · Broadsheet'));
  });

  it('counts a post that two followed feeds carry once (a site’s RSS and Atom)', async () => {
    const copy = `${ORIGIN}/copy.json`;
    const first = demoPage('feed.json') as { items: { id: string }[]; next_url?: string };
    const base = DEMO_FEED.slice(0, DEMO_FEED.lastIndexOf('/') + 1);
    fakeFetch({
      [DEMO_FEED]: first,
      [`${base}feed-2.json`]: demoPage('feed-2.json'),
      [`${base}feed-3.json`]: demoPage('feed-3.json'),
      [copy]: {
        ...first,
        next_url: undefined,
        items: first.items.map((item) => ({ ...item, id: `copy-${item.id}` })),
      },
    });
    renderApp('/archive', { subscriptions: [DEMO_FEED, copy] });
    expect(await screen.findByRole('link', { name: 'June 2019 (14)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'July 2019 (7)' })).toBeInTheDocument();
  });

  it('says it is loading older posts while it reads them, counting as pages arrive', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const base = DEMO_FEED.slice(0, DEMO_FEED.lastIndexOf('/') + 1);
    fakeFetch({
      [DEMO_FEED]: demoPage('feed.json'),
      [`${base}feed-2.json`]: demoPage('feed-2.json'),
      [`${base}feed-3.json`]: async () => {
        await held;
        return jsonResponse(demoPage('feed-3.json'));
      },
    });
    renderApp('/archive');
    expect(await screen.findByText('Loading older posts…')).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('link', { name: 'July 2019 (7)' })).toBeInTheDocument();
    release();
    await screen.findByRole('link', { name: 'June 2019 (14)' });
    expect(screen.queryByText('Loading older posts…')).not.toBeInTheDocument();
  });

  it('says when an older page fails, keeps the counts so far, and goes on after "Try again"', async () => {
    let failing = true;
    const base = DEMO_FEED.slice(0, DEMO_FEED.lastIndexOf('/') + 1);
    const { requests } = fakeFetch({
      [DEMO_FEED]: demoPage('feed.json'),
      [`${base}feed-2.json`]: () =>
        failing ? new Response('', { status: 503 }) : jsonResponse(demoPage('feed-2.json')),
      [`${base}feed-3.json`]: demoPage('feed-3.json'),
    });
    const { user } = renderApp('/archive', { subscriptions: [DEMO_FEED] });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Older posts could not be loaded.');
    expect(alert).toHaveTextContent(
      'The server answered 503. The site has a problem of its own: try again later.',
    );
    const july = screen.getByRole('link', { name: 'July 2019 (7)' });
    // Told below the months: arriving after them, it moves none of them down.
    expect(july.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'June 2019 (14)' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Pages already read come from the page cache: only the failed one is asked for again.
    expect(requests.filter((url) => url === DEMO_FEED)).toHaveLength(1);
    expect(requests.filter((url) => url.endsWith('feed-3.json'))).toHaveLength(1);
  });

  it('shows one month’s articles by day, with the nearest months either side', async () => {
    const { user } = renderApp('/archive/2019/07');
    expect(await screen.findByRole('heading', { level: 1, name: 'July 2019' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: TRAM_TITLE })).toBeInTheDocument();
    const days = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent)
      .filter((text) => /day, /.test(text ?? ''));
    expect(days).toEqual([
      'Wednesday, July 3, 2019',
      'Tuesday, July 2, 2019',
      'Monday, July 1, 2019',
    ]);
    expect(screen.getAllByRole('article', { name: /.+/ })).toHaveLength(7);

    const nav = await screen.findByRole('navigation', { name: 'Other months' });
    expect(within(nav).queryByRole('link', { name: /Next month/ })).not.toBeInTheDocument();
    const previous = await within(nav).findByRole('link', { name: 'Previous month June 2019' });
    expect(previous).toHaveAttribute('href', '/archive/2019/06');

    const months = screen.getByRole('region', { name: 'All months' });
    expect(within(months).getByRole('link', { name: 'July 2019 (7)' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(previous);
    expect(await screen.findByRole('heading', { level: 1, name: 'June 2019' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: FERRY_TITLE })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: TRAM_TITLE })).not.toBeInTheDocument();
    const juneNav = await screen.findByRole('navigation', { name: 'Other months' });
    expect(within(juneNav).getByRole('link', { name: 'Next month July 2019' })).toHaveAttribute(
      'href',
      '/archive/2019/07',
    );
    expect(within(juneNav).queryByRole('link', { name: /Previous month/ })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('June 2019 · Archive · Broadsheet'));
  });

  it('a month without articles says so and still links to its neighbours', async () => {
    renderApp('/archive/2019/05');
    expect(await screen.findByRole('heading', { level: 1, name: 'May 2019' })).toBeInTheDocument();
    expect(
      await screen.findByText('No loaded articles were published in May 2019.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByRole('link', { name: 'Next month June 2019' })[0]).toHaveAttribute(
        'href',
        '/archive/2019/06',
      ),
    );
  });

  it('an address that names no month is not found', async () => {
    renderApp('/archive/2019/13');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});

describe('archive of another feed', () => {
  it('keeps ?feed= on month links and counts undated articles apart', async () => {
    const feedParam = '/other/feed.json';
    const page = demoPage('feed-3.json') as { items: Record<string, unknown>[] };
    const items = page.items.map((item, index) =>
      index === 0 ? { ...item, date_published: undefined } : item,
    );
    fakeFetch({ [`${ORIGIN}${feedParam}`]: { ...page, items } });
    const query = `?feed=${encodeURIComponent(feedParam)}`;
    renderApp(`/archive${query}`);
    expect(await screen.findByRole('link', { name: 'June 2019 (2)' })).toHaveAttribute(
      'href',
      `/archive/2019/06${query}`,
    );
    expect(screen.getByText('1 undated article is not listed.')).toBeInTheDocument();
  });

  it('tells of an older page it could not read below the months', async () => {
    const feedParam = '/other/feed.json';
    fakeFetch({
      [`${ORIGIN}${feedParam}`]: {
        ...(demoPage('feed.json') as object),
        next_url: `${ORIGIN}/other/feed-2.json`,
      },
      [`${ORIGIN}/other/feed-2.json`]: () => new Response('', { status: 503 }),
    });
    renderApp(`/archive?feed=${encodeURIComponent(feedParam)}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server answered 503.');
    const july = screen.getByRole('link', { name: 'July 2019 (7)' });
    // Arriving after the months, it moves none of them down.
    expect(july.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
