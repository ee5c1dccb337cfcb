import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Mock } from 'vitest';
import { MemoryRouter, useLocation } from 'react-router';
import { App } from '../../src/app/app';
import { useCountedComments } from '../../src/features/comments/store/comment-counts';
import { useReadingStore } from '../../src/features/reading/store/reading-store';
import { articleKey } from '../../src/lib/article-ref';
import { resetComments } from '../comments/reset';
import { DEMO_FEED, ORIGIN } from '../helpers/render-app';

export const SEED = {
  id: 'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees',
  title: 'Putin Reiterates That North Korea Requires Security Guarantees',
};
/** Has four existing comments: c1 (11:02), c2 (13:45), c3 reply to c2, c4 reply to c3. */
export const ROASTERY = {
  id: 'https://broadsheet.example/2019/06/30/harbour-roasters-decade',
  title: 'A Decade On, Quay Street’s First Roastery Still Opens at Six',
};
export const ROASTERY_COMMENTS = `${ORIGIN}/data/comments/harbour-roasters.json`;

export const articlePath = (id: string, query = '') =>
  `/articles/${encodeURIComponent(id)}${query}`;

import { serveDemo } from '../helpers/demo-feed';

export { serveDemo };

function LocationProbe() {
  const { pathname, search } = useLocation();
  return <output aria-label="location">{pathname + search}</output>;
}

/** The real routes in a memory router, with the current location readable by the test. */
export function renderReader(path = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[path]}>
      <App queryClient={queryClient} />
      <LocationProbe />
    </MemoryRouter>,
  );
  return { queryClient, user, location: () => screen.getByLabelText('location').textContent };
}

/** A first visit: no read marks, no visits, nothing from other tabs. */
export function resetReading() {
  useReadingStore.setState({
    read: {},
    visits: {},
    sessions: {},
    unread: undefined,
    pruned: undefined,
  });
  useCountedComments.setState({ arrived: {} });
  resetComments();
}

/** A read mark as the store keeps it. */
export const readKey = (feedUrl: string, id: string) => articleKey({ feedUrl, id });

/** As if the reader had last been here at `at` (a previous session). */
export function previousVisit(at: string, feedUrl = DEMO_FEED) {
  useReadingStore.setState({ visits: { [feedUrl]: { current: at } }, sessions: {} });
}

export function entry(title: string): HTMLElement {
  return screen.getByRole('article', { name: title });
}

/**
 * Each test starts with no reading state and the demo feed served; jsdom does not scroll, so
 * `scrollIntoView` is a spy whose calls show how each jump would. Returns the spy of the test
 * running.
 */
export function readerWithScrollSpy(): () => Mock<Element['scrollIntoView']> {
  let scrollIntoView = vi.fn<Element['scrollIntoView']>();
  beforeEach(() => {
    resetReading();
    serveDemo();
    scrollIntoView = vi.fn<Element['scrollIntoView']>();
    Element.prototype.scrollIntoView = scrollIntoView;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    resetReading();
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });
  return () => scrollIntoView;
}
