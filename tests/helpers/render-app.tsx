import { QueryClient } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '../../src/app/app';

/** Where the app looks for its bundled feed under jsdom. */
export const ORIGIN = window.location.origin;
export const DEMO_FEED = `${ORIGIN}/data/feed.json`;

/** The real routes and providers, in memory, with a fresh cache that does not retry. */
export function renderApp(path = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[path]}>
      <App queryClient={queryClient} />
    </MemoryRouter>,
  );
  return { queryClient, user };
}

/**
 * The keyboard shortcuts load beside the first page: keys pressed before that do nothing. The
 * app says it has started once they listen.
 */
export async function shortcutsOn() {
  await waitFor(() => {
    if (document.documentElement.getAttribute('data-app') !== 'started') {
      throw new Error('The keyboard shortcuts are not listening yet.');
    }
  });
}
