import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { startFirstRequests } from '../../src/app/first-requests';
import { feedKeys, feedPageQuery, feedQuery } from '../../src/features/feed/api/queries';
import { fetchText, LoadError } from '../../src/lib/http';
import { createQueryClient } from '../../src/lib/query-client';
import { setRelay } from '../../src/lib/relay';
import { fakeFetch, jsonResponse } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, ORIGIN, renderApp } from '../helpers/render-app';

const CLOSED = 'https://closed.example/feed.json';
const RELAY = 'https://relay.example/feed?url={url}';
const viaRelay = (url: string) => `https://relay.example/feed?url=${encodeURIComponent(url)}`;

const failure = (url: string) =>
  fetchText(url).then(
    () => undefined,
    (error: unknown) => error as LoadError,
  );

afterEach(() => {
  setRelay('');
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a feed the browser may not read', () => {
  it('on another origin, while online: the site may refuse other sites, or the network is down', async () => {
    fakeFetch({});
    const error = await failure(CLOSED);
    expect(error).toBeInstanceOf(LoadError);
    expect(error?.kind).toBe('blocked');
    expect(error?.message).toBe(
      'This site does not let other sites read its feed, or the network is down. If the network is fine, a relay of your own can read it: set one in Settings under “Fetch feeds through”.',
    );
  });

  it('on the page’s own origin, or while offline, it is a network failure as before', async () => {
    fakeFetch({});
    expect(await failure(DEMO_FEED)).toMatchObject({
      kind: 'network',
      message: 'Could not reach localhost:3000. Check your connection and try again.',
    });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(await failure(CLOSED)).toMatchObject({
      kind: 'network',
      message: 'Could not reach closed.example. Check your connection and try again.',
    });
  });

  it('where the words for it cannot be loaded either (the network went before the app was kept), says plainly', async () => {
    vi.doMock('../../src/lib/unreachable', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    try {
      fakeFetch({});
      expect(await failure(CLOSED)).toMatchObject({
        kind: 'network',
        message: 'Could not reach closed.example. Check your connection.',
      });
    } finally {
      vi.doUnmock('../../src/lib/unreachable');
    }
    expect(await failure(CLOSED)).toMatchObject({ kind: 'blocked' });
  });

  it('an address that is not a web address is said to be none, not a site that refused', async () => {
    fakeFetch({});
    renderApp(`/?feed=${encodeURIComponent('javascript:alert(1)')}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“javascript:alert(1)” is not a web address.');
    expect(alert).not.toHaveTextContent(/does not let other sites|network/);
    expect(
      screen.queryByRole('link', { name: 'Set “Fetch feeds through” in Settings' }),
    ).not.toBeInTheDocument();
  });

  it('the front page says so, with a link to the setting', async () => {
    fakeFetch({});
    renderApp(`/?feed=${encodeURIComponent(CLOSED)}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This feed could not be loaded.');
    expect(alert).toHaveTextContent('This site does not let other sites read its feed');
    const link = screen.getByRole('link', { name: 'Set “Fetch feeds through” in Settings' });
    expect(link).toHaveAttribute('href', `/settings?feed=${encodeURIComponent(CLOSED)}`);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe("another site's feed at an http: address", () => {
  const OLD = 'http://old.example/feed.json';

  it('is asked for over https, as a page on the web must, and read from there', async () => {
    const { requests } = fakeFetch({ 'https://old.example/feed.json': demoPage('feed.json') });
    renderApp(`/?feed=${encodeURIComponent(OLD)}`);
    expect(await screen.findByRole('link', { name: 'The Broadsheet Daily' })).toBeInTheDocument();
    expect(requests).toEqual(['https://old.example/feed.json']);
  });

  it('goes to a relay as it is written: the relay reads it', async () => {
    setRelay(RELAY);
    const { requests } = fakeFetch({ [viaRelay(OLD)]: demoPage('feed.json') });
    await fetchText(OLD);
    expect(requests).toEqual([viaRelay(OLD)]);
  });

  it('that cannot be read over https is said to be http, with what to do', async () => {
    fakeFetch({});
    expect(await failure(OLD)).toMatchObject({
      kind: 'blocked',
      message:
        'This address starts with http:, and a page on the web reads other sites over https only: old.example could not be read there, or does not let other sites read its feed, or the network is down. If the site offers its feed over https, subscribe to that address; otherwise a relay of your own can read it: set one in Settings under “Fetch feeds through”.',
    });
  });
});

describe('fetching through a relay', () => {
  it('takes feeds from other origins through the relay, under their own cache key', async () => {
    setRelay(RELAY);
    const { requests } = fakeFetch({ [viaRelay(CLOSED)]: demoPage('feed.json') });
    const client = new QueryClient();
    const page = await client.fetchQuery(feedPageQuery(CLOSED, CLOSED));
    expect(requests).toEqual([viaRelay(CLOSED)]);
    expect(page.url).toBe(CLOSED);
    expect(client.getQueryData(feedKeys.page(CLOSED, CLOSED))).toBe(page);
  });

  it('appends the address to a template without {url}', async () => {
    setRelay('https://relay.example/get?u=');
    const { requests } = fakeFetch({});
    await failure(CLOSED);
    expect(requests).toEqual([`https://relay.example/get?u=${encodeURIComponent(CLOSED)}`]);
  });

  it('fetches the page’s own origin directly', async () => {
    setRelay(RELAY);
    const { requests } = fakeFetch({ [DEMO_FEED]: () => jsonResponse(demoPage('feed.json')) });
    await fetchText(DEMO_FEED);
    expect(requests).toEqual([DEMO_FEED]);
  });

  it('a relay that cannot be reached is named as the relay', async () => {
    setRelay(RELAY);
    fakeFetch({});
    expect(await failure(CLOSED)).toMatchObject({
      kind: 'network',
      message:
        'Could not reach the relay at relay.example, set in Settings under “Fetch feeds through”. Check that address and your connection.',
    });
  });
});

describe('comments from other sites', () => {
  it('are fetched through the relay too', async () => {
    const { commentsQuery } = await import('../../src/features/comments/api/comments-query');
    setRelay(RELAY);
    const url = 'https://blog.example/comments.json';
    const { requests } = fakeFetch({
      [viaRelay(url)]: {
        version: 1,
        comments: [{ id: 1, content_text: 'Hi', date_published: '2025-04-01T08:00:00Z' }],
      },
    });
    const comments = await new QueryClient().fetchQuery(commentsQuery(url));
    expect(requests).toEqual([viaRelay(url)]);
    expect(comments).toMatchObject([{ id: '1', text: 'Hi' }]);
  });
});

describe('a feed that failed a moment ago', () => {
  const GONE = `${ORIGIN}/gone.xml`;
  const notFound = () => new Response('Not found', { status: 404 });

  /** The app as a page opened at `?feed=` starts it: the request first, then the screen. */
  async function openFailing() {
    const { requests } = fakeFetch({ [GONE]: notFound });
    const client = createQueryClient();
    const search = `?feed=${encodeURIComponent(GONE)}`;
    await startFirstRequests(client, '/', search);
    render(
      <MemoryRouter initialEntries={[`/${search}`]}>
        <App queryClient={client} />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The server answered 404');
    return { client, requests: () => requests.filter((url) => url === GONE) };
  }

  it('is not asked for again when its page shows the failure', async () => {
    const { requests } = await openFailing();
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(requests()).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(requests()).toHaveLength(2));
  });

  it('is asked for again when a screen shows it a minute later', async () => {
    const { client, requests } = await openFailing();
    const query = client.getQueryCache().find({ queryKey: feedQuery(GONE).queryKey });
    query?.setState({ errorUpdatedAt: Date.now() - 61_000 });
    cleanup();
    render(
      <MemoryRouter initialEntries={[`/?feed=${encodeURIComponent(GONE)}`]}>
        <App queryClient={client} />
      </MemoryRouter>,
    );
    await waitFor(() => expect(requests()).toHaveLength(2));
  });
});
