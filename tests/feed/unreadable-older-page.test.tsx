import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSavedStore } from '../../src/features/offline/store/saved-store';
import { fakeFetch } from '../helpers/fake-fetch';
import { fixtureBytes } from '../helpers/fixtures';
import { renderApp } from '../helpers/render-app';

vi.mock('idb-keyval', () => import('../offline/saved-idb-memory'));

const FEED = 'https://docs.example/feeds/default/private/full';
const OLDER = 'https://docs.google.com/feeds/default/private/full?start-key=EAEaFgoSCb2YGEPMAAACAG';
const FIXTURE = 'atom-next-page-google-docs__feedjira__feedjira__GoogleDocsList.xml';

/** The feed's first page; the older page it names cannot be read (another site's, no CORS). */
function serve() {
  fakeFetch({
    [FEED]: () =>
      new Response(fixtureBytes('xml', FIXTURE), {
        headers: { 'Content-Type': 'application/atom+xml' },
      }),
    [OLDER]: () => Promise.reject(new TypeError('Failed to fetch')),
  });
}

describe('a feed whose older page cannot be read', () => {
  it('still opens the last article of the page it has, without an older neighbour', async () => {
    serve();
    const { user } = renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    const entry = await screen.findByRole('article', { name: "PDF's Title" });
    await user.click(within(entry).getByRole('link', { name: "PDF's Title" }));
    expect(
      await screen.findByRole('heading', { level: 1, name: "PDF's Title" }),
    ).toBeInTheDocument();
    const around = await screen.findByRole('navigation', { name: /articles/i });
    expect(within(around).getByRole('link', { name: /2010 Income Tax Policy/ })).toBeVisible();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
  });

  it('opens it by its own address too', async () => {
    serve();
    const id = 'https://docs.google.com/feeds/id/pdf%3A12345';
    renderApp(`/articles/${encodeURIComponent(id)}?feed=${encodeURIComponent(FEED)}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: "PDF's Title" }),
    ).toBeInTheDocument();
  });

  it('says which part failed for an article that is on the page it cannot read', async () => {
    serve();
    const id = 'https://docs.google.com/feeds/id/document%3Aolder';
    renderApp(`/articles/${encodeURIComponent(id)}?feed=${encodeURIComponent(FEED)}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Article unavailable' }),
    ).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This article could not be loaded.');
    expect(alert).toHaveTextContent(
      "It is not among the feed's latest posts, and its older posts could not be loaded: This site does not let other sites read its feed",
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('"Save the latest 20" saves what there is', async () => {
    serve();
    useSavedStore.setState({ saved: {} });
    const { user } = renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    await user.click(await screen.findByRole('button', { name: 'Save the latest 20' }));
    expect(await screen.findByText('2 articles saved for offline reading.')).toBeInTheDocument();
    expect(Object.keys(useSavedStore.getState().saved)).toHaveLength(2);
  });
});
