import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { ORIGIN, shortcutsOn } from '../helpers/render-app';
import { renderReader, resetReading, serveDemo } from '../reading/helpers';

// jsdom does not scroll. The window here scrolls when told to, says so when the reader scrolls,
// and each time the app scrolls it, notes whether the result being watched was there to scroll to.
let scrollTop = 0;
let watched = '';
const restored: { y: number; listed: boolean }[] = [];
const jsdomScrollY = Object.getOwnPropertyDescriptor(window, 'scrollY');

/** The reader scrolls to `y`; scroll restoration notes it a frame later. */
async function scrollTo(y: number) {
  scrollTop = y;
  window.dispatchEvent(new Event('scroll'));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

beforeEach(() => {
  resetReading();
  scrollTop = 0;
  restored.length = 0;
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollTop });
  vi.spyOn(window, 'scrollTo').mockImplementation(((_x: number, y: number) => {
    scrollTop = y;
    restored.push({ y, listed: screen.queryByRole('article', { name: watched }) !== null });
  }) as typeof window.scrollTo);
});
afterEach(async () => {
  // Positions are remembered while the page lives: leave this one at the top.
  await scrollTo(0);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  if (jsdomScrollY) Object.defineProperty(window, 'scrollY', jsdomScrollY);
  resetReading();
});

function results(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('article');
}

function titleLink(result: HTMLElement): HTMLElement {
  const [link] = within(result).getAllByRole('link');
  if (!link) throw new Error('A result without a link');
  return link;
}

/** Opens `result` from where the reader has scrolled to, then goes back with u. */
async function openAndComeBack(
  { user, location }: ReturnType<typeof renderReader>,
  result: HTMLElement,
) {
  const address = location();
  watched = titleLink(result).textContent;
  await scrollTo(2400);
  await user.click(titleLink(result));
  await screen.findByRole('heading', { level: 1, name: watched });
  await user.keyboard('u');
  await waitFor(() => expect(location()).toBe(address));
}

describe('back to the search results', () => {
  it('the results are there when the page scrolls back, the one read current and focused', async () => {
    serveDemo();
    const rendered = renderReader('/search?q=harbour');
    await screen.findByText(/results for “harbour”/);
    await shortcutsOn();
    const [, second] = results();
    if (!second) throw new Error('Expected two results');

    await openAndComeBack(rendered, second);
    expect(restored.at(-1)).toEqual({ y: 2400, listed: true });
    const back = screen.getByRole('article', { name: watched });
    expect(back).toHaveAttribute('aria-current', 'true');
    expect(titleLink(back)).toHaveFocus();
  });

  it('"More results" hands its focus to the first result it adds, and a result it showed is listed again', async () => {
    const path = '/notes/feed.json';
    const items = Array.from({ length: 55 }, (_, index) => ({
      id: `https://notes.example/${index}`,
      title: `Harbour note ${index + 1}`,
      content_text: 'The harbour at dawn.',
      date_published: new Date(Date.UTC(2024, 5, 30) - index * 3_600_000).toISOString(),
    }));
    fakeFetch({
      [`${ORIGIN}${path}`]: { version: 'https://jsonfeed.org/version/1.1', title: 'Notes', items },
    });
    const rendered = renderReader(`/search?q=harbour&feed=${encodeURIComponent(path)}`);
    await screen.findByText(/results for “harbour”/);
    await shortcutsOn();
    await rendered.user.click(screen.getByRole('button', { name: 'More results' }));
    // The button is gone with the last results: focus is on the first of them, not lost.
    expect(screen.queryByRole('button', { name: 'More results' })).not.toBeInTheDocument();
    const added = results()[50];
    if (!added) throw new Error('Expected more than 50 results');
    await waitFor(() => expect(titleLink(added)).toHaveFocus());
    const later = results()[52];
    if (!later) throw new Error('Expected more than 52 results');

    await openAndComeBack(rendered, later);
    expect(restored.at(-1)).toEqual({ y: 2400, listed: true });
    expect(screen.getByRole('article', { name: watched })).toHaveAttribute('aria-current', 'true');
  });
});

describe('back from a search begun with "/"', () => {
  it('returns to where the reader was in the list, not to the search box at the top', async () => {
    serveDemo();
    const { user, location } = renderReader('/');
    await screen.findAllByRole('article');
    await shortcutsOn();
    await scrollTo(2400);
    await user.keyboard('/');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    // The browser brings the header's box into view.
    await scrollTo(0);
    await user.keyboard('harbour{Enter}');
    await screen.findByText(/results for “harbour”/);
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('u');
    await waitFor(() => expect(location()).toBe('/'));
    expect(restored.at(-1)?.y).toBe(2400);
  });
});
