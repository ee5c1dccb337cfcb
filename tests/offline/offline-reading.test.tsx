import { onlineManager } from '@tanstack/react-query';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSavedStore } from '../../src/features/offline/store/saved-store';
import { fakeFetch, jsonResponse } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { ORIGIN, renderApp } from '../helpers/render-app';
import { serveDemo } from '../helpers/demo-feed';
import { resetMemoryDb } from './saved-idb-memory';

// Saving for offline is only "saved" once the query cache is written to IndexedDB.
vi.mock('idb-keyval', () => import('./saved-idb-memory'));

const SEED_ID =
  'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees';
const SEED_TITLE = 'Putin Reiterates That North Korea Requires Security Guarantees';
const ROASTERY_ID = 'https://broadsheet.example/2019/06/30/harbour-roasters-decade';

function goOffline() {
  act(() => onlineManager.setOnline(false));
}

/** Opens the seed article offline, with nothing online to answer, and awaits its notice. */
async function openSeedOffline(notice: string) {
  fakeFetch({});
  goOffline();
  renderApp(`/articles/${encodeURIComponent(SEED_ID)}`);
  expect(await screen.findByRole('heading', { level: 1, name: notice })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back to the front page' })).toBeInTheDocument();
}

beforeEach(() => {
  useSavedStore.setState({ saved: {} });
  localStorage.clear();
  resetMemoryDb();
});

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('offline reading', () => {
  it('says so politely when the connection drops', async () => {
    serveDemo();
    renderApp('/');
    await screen.findByRole('link', { name: SEED_TITLE });
    goOffline();
    expect(screen.getByText('Offline — showing saved copies')).toHaveAttribute('role', 'status');
    act(() => onlineManager.setOnline(true));
    expect(screen.queryByText('Offline — showing saved copies')).not.toBeInTheDocument();
  });

  it('an article never fetched says it is not saved, with a way back', async () => {
    await openSeedOffline('This article is not saved for offline reading');
  });

  it('an article saved whose copy the browser has since cleared says so, offline', async () => {
    serveDemo();
    const { user, queryClient } = renderApp(`/articles/${encodeURIComponent(SEED_ID)}`);
    await user.click(await screen.findByRole('button', { name: 'Save for offline' }));
    await screen.findByRole('button', { name: 'Saved for offline' });
    // The browser clears the site's storage to make room: the saved list is left.
    queryClient.clear();
    resetMemoryDb();
    cleanup();
    await openSeedOffline('The saved copy of this article is gone');
  });

  it('a feed never fetched says it is not saved yet instead of spinning', async () => {
    fakeFetch({});
    goOffline();
    renderApp('/');
    expect(
      await screen.findByText(/have not been saved for offline reading yet/),
    ).toBeInTheDocument();
  });

  it('"Save for offline" marks the article saved and lists it on the saved page', async () => {
    serveDemo();
    const { user } = renderApp(`/articles/${encodeURIComponent(SEED_ID)}`);
    const save = await screen.findByRole('button', { name: 'Save for offline' });
    expect(save).toHaveAttribute('aria-pressed', 'false');
    await user.click(save);
    expect(await screen.findByRole('button', { name: 'Saved for offline' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('link', { name: 'Saved' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Saved for offline' }),
    ).toBeInTheDocument();
    const item = screen.getByRole('link', { name: SEED_TITLE }).closest('li') as HTMLElement;
    // Which feed it is from, among all the reader follows.
    expect(item).toHaveTextContent(/The Broadsheet Daily · Saved/);
    await user.click(within(item).getByRole('button', { name: /Remove/ }));
    expect(screen.queryByRole('link', { name: SEED_TITLE })).not.toBeInTheDocument();
    expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument();
  });

  it('leaving the page while "Saving…" asks first: the save would be lost with it', async () => {
    let arrive: (response: Response) => void = () => undefined;
    fakeFetch({
      [`${ORIGIN}/data/feed.json`]: demoPage('feed.json'),
      [`${ORIGIN}/data/comments/harbour-roasters.json`]: () =>
        new Promise<Response>((resolve) => (arrive = resolve)),
    });
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const { user } = renderApp(`/articles/${encodeURIComponent(ROASTERY_ID)}`);
    await user.click(await screen.findByRole('button', { name: 'Save for offline' }));
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeInTheDocument();
    expect(leaving()).toBe(true);

    arrive(jsonResponse(demoPage('comments/harbour-roasters.json')));
    await screen.findByRole('button', { name: 'Saved for offline' });
    expect(leaving()).toBe(false);
  });

  it('a saved article of a feed not followed says the name the feed gives itself', async () => {
    const feed = 'https://blog.example/feed.json';
    fakeFetch({
      [feed]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'A Series',
        items: [{ id: 'part-1', title: 'Part one', content_html: '<p>It begins.</p>' }],
      },
    });
    const { user } = renderApp(`/articles/part-1?feed=${encodeURIComponent(feed)}`);
    await user.click(await screen.findByRole('button', { name: 'Save for offline' }));
    await screen.findByRole('button', { name: 'Saved for offline' });
    await user.click(screen.getByRole('link', { name: 'Saved' }));
    const item = (await screen.findByRole('link', { name: 'Part one' })).closest('li');
    expect(item).toHaveTextContent(/A Series · Saved/);
  });

  it('"Save the latest 20" saves twenty articles across pages', async () => {
    const { requests } = serveDemo();
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Save the latest 20' }));
    expect(await screen.findByText('20 articles saved for offline reading.')).toBeInTheDocument();
    expect(Object.keys(useSavedStore.getState().saved)).toHaveLength(20);
    expect(requests).toContain(`${ORIGIN}/data/feed-3.json`);
  });

  it('"Save for offline" pressed offline saves the article shown at once, not once back online', async () => {
    serveDemo();
    // An article with comments, whose thread has not been read yet.
    const { user } = renderApp(`/articles/${encodeURIComponent(ROASTERY_ID)}`);
    const save = await screen.findByRole('button', { name: 'Save for offline' });
    fakeFetch({});
    goOffline();
    await user.click(save);
    expect(await screen.findByRole('button', { name: 'Saved for offline' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(Object.keys(useSavedStore.getState().saved)).toHaveLength(1);
  });

  it('"Save the latest 20" pressed offline saves the latest of what has been read', async () => {
    serveDemo();
    const { user } = renderApp('/');
    await screen.findByRole('link', { name: SEED_TITLE });
    fakeFetch({});
    goOffline();
    await user.click(screen.getByRole('button', { name: 'Save the latest 20' }));
    const said = await screen.findByText(/^\d+ articles saved for offline reading\.$/);
    const count = Object.keys(useSavedStore.getState().saved).length;
    expect(count).toBeGreaterThan(0);
    expect(said).toHaveTextContent(`${count} articles saved`);
  });

  it('a saved article opens offline from the cache', async () => {
    serveDemo();
    const { user, queryClient } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Save the latest 20' }));
    await screen.findByText('20 articles saved for offline reading.');
    fakeFetch({});
    goOffline();
    await user.click(screen.getByRole('link', { name: 'Saved' }));
    await user.click(await screen.findByRole('link', { name: SEED_TITLE }));
    expect(await screen.findByRole('heading', { level: 1, name: SEED_TITLE })).toBeInTheDocument();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  });
});
