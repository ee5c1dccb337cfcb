import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, renderApp } from '../helpers/render-app';

const SEED_TITLE = 'Putin Reiterates That North Korea Requires Security Guarantees';
const OFFLINE = 'You are offline: the feeds shown are the copies saved. Refresh once back online.';

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('"Refresh" offline', () => {
  it('pressed offline says so, asks for nothing, and works again once online', async () => {
    const { requests } = fakeFetch({ [DEMO_FEED]: demoPage('feed.json') });
    const { user } = renderApp('/', { subscriptions: [DEMO_FEED] });
    await screen.findByRole('link', { name: SEED_TITLE });
    const before = requests.length;
    act(() => onlineManager.setOnline(false));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText(OFFLINE)).toBeInTheDocument();
    expect(requests.length).toBe(before);
    // What was read stays on the page.
    expect(screen.getByRole('link', { name: SEED_TITLE })).toBeInTheDocument();

    act(() => onlineManager.setOnline(true));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('Every feed is up to date.')).toBeInTheDocument();
  });

  it('gone offline on the way, says so rather than that the feeds could not be read', async () => {
    let offline = false;
    fakeFetch({
      [DEMO_FEED]: () => {
        if (!offline) return new Response(JSON.stringify(demoPage('feed.json')));
        onlineManager.setOnline(false);
        return Promise.reject(new TypeError('Failed to fetch'));
      },
    });
    const { user } = renderApp('/', { subscriptions: [DEMO_FEED] });
    await screen.findByRole('link', { name: SEED_TITLE });
    offline = true;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText(OFFLINE)).toBeInTheDocument();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
    // Back online, the feeds are read again by themselves: nothing stale is left said.
    offline = false;
    act(() => onlineManager.setOnline(true));
    expect(screen.queryByText(OFFLINE)).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument());
  });
});
