import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, jsonResponse } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, renderApp } from '../helpers/render-app';

const SEED_TITLE = 'Putin Reiterates That North Korea Requires Security Guarantees';
const MINUTE = 60_000;

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The demo feed, answered with its ETag, and 304 to a request that names it. */
function serveWithEtag() {
  const etag = '"demo-1"';
  const answers: number[] = [];
  const network = fakeFetch({});
  network.fetchMock.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url !== DEMO_FEED) throw new TypeError('Failed to fetch');
    const asked = new Headers(init?.headers).get('If-None-Match');
    const response =
      asked === etag
        ? new Response(null, { status: 304, headers: { ETag: etag } })
        : jsonResponse(demoPage('feed.json'), { headers: { ETag: etag } });
    answers.push(response.status);
    return response;
  });
  return answers;
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  setVisibility('visible');
});

afterEach(() => {
  vi.useRealTimers();
  setVisibility('visible');
});

describe('refreshing every 30 minutes while the tab is in view', () => {
  it('reads every feed again after 30 minutes; a 304 keeps what is shown', async () => {
    const answers = serveWithEtag();
    renderApp('/', { subscriptions: [DEMO_FEED] });
    await screen.findByRole('article', { name: SEED_TITLE });
    expect(answers).toEqual([200]);

    await act(() => vi.advanceTimersByTimeAsync(29 * MINUTE));
    expect(answers).toEqual([200]);
    await act(() => vi.advanceTimersByTimeAsync(2 * MINUTE));
    expect(answers).toEqual([200, 304]);
    expect(screen.getByRole('article', { name: SEED_TITLE })).toBeInTheDocument();
  });

  it('waits while the tab is hidden, and refreshes as soon as it is in view again', async () => {
    const answers = serveWithEtag();
    renderApp('/', { subscriptions: [DEMO_FEED] });
    await screen.findByRole('article', { name: SEED_TITLE });
    setVisibility('hidden');
    await act(() => vi.advanceTimersByTimeAsync(90 * MINUTE));
    expect(answers).toEqual([200]);
    await act(async () => {
      setVisibility('visible');
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(answers).toEqual([200, 304]);
  });
});

describe('feeds read while offline', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.dispatchEvent(new Event('online'));
  });

  it('are read again as soon as the network is back: what came was the saved copy', async () => {
    const answers = serveWithEtag();
    // Opened offline: the service worker answers with its copy (here, the feed itself).
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderApp('/', { subscriptions: [DEMO_FEED] });
    await screen.findByRole('article', { name: SEED_TITLE });
    expect(answers).toEqual([200]);
    onLine.mockReturnValue(true);
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(answers).toEqual([200, 304]);
  });

  it('are not read again when nothing was read while offline', async () => {
    const answers = serveWithEtag();
    renderApp('/', { subscriptions: [DEMO_FEED] });
    await screen.findByRole('article', { name: SEED_TITLE });
    await act(async () => {
      window.dispatchEvent(new Event('offline'));
      await vi.advanceTimersByTimeAsync(MINUTE);
      window.dispatchEvent(new Event('online'));
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(answers).toEqual([200]);
  });
});
