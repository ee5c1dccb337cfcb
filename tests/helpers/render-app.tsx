import { QueryClient } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '../../src/app/app';
import {
  defaultSubscriptions,
  useSubscriptionStore,
} from '../../src/features/subscriptions/store/subscription-store';

/** Where the app looks for its bundled feed under jsdom. */
export const ORIGIN = window.location.origin;
export const DEMO_FEED = `${ORIGIN}/data/feed.json`;

/**
 * The subscriptions a tab would start with: those in localStorage, else a fresh browser's (the
 * bundled feeds), or `only` these feeds when given.
 */
export function startSubscriptions(only?: readonly string[]) {
  const store = useSubscriptionStore;
  store.setState(defaultSubscriptions());
  void store.persist.rehydrate();
  if (only) {
    const feeds = Object.fromEntries(
      only.map((feedUrl) => [
        feedUrl,
        { feedUrl, title: feedUrl, addedAt: EPOCH, changedAt: EPOCH },
      ]),
    );
    store.setState({ feeds });
  }
}

const EPOCH = new Date(0).toISOString();

/**
 * The real routes and providers, in memory, with a fresh cache that does not retry. The front
 * page reads the bundled feeds unless `subscriptions` names others.
 */
export function renderApp(
  path = '/',
  { subscriptions, container }: { subscriptions?: string[]; container?: HTMLElement } = {},
) {
  startSubscriptions(subscriptions);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[path]}>
      <App queryClient={queryClient} />
    </MemoryRouter>,
    container ? { container } : undefined,
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
