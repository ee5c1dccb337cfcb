import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateFeed } from '../../bench/generate.mjs';
import { parseFeedPage } from '../../src/features/feed/api/normalize';
import { dayRows, rowsToMount } from '../../src/features/feed/components/day-rows';
import { groupByDay } from '../../src/features/feed/utils/group-by-day';
import { fakeFetch } from '../helpers/fake-fetch';
import { ORIGIN, shortcutsOn } from '../helpers/render-app';
import { renderReader, resetReading } from '../reading/helpers';

// generateFeed: newest first, 20 minutes apart from 2024-06-30 18:00 UTC, so the first day holds
// items 0–54 and the second 55–126.
const ITEMS = 300;
const FEED = generateFeed(ITEMS);
const titleOf = (index: number) => String(FEED.items[index]?.title);
const FIRST_DAY = 'Sunday, June 30, 2024';
const SECOND_DAY = 'Saturday, June 29, 2024';

/** Heights of the fake layout below, in CSS pixels. */
const HEADING = 50;
const ENTRY = 150;

// jsdom lays nothing out and does not scroll. This fakes just enough: the window scrolls when
// told to (and says so, as a browser does, a moment later), and a long list's rows are as high
// as HEADING or ENTRY, at the offset the list gives them, under a list at the top of the page.
let scrollTop = 0;
const jsdomScrollY = Object.getOwnPropertyDescriptor(window, 'scrollY');
function scrollWindow(y: number) {
  scrollTop = y;
  window.dispatchEvent(new Event('scroll'));
}
function fakeRect(element: HTMLElement): DOMRect {
  const row = element.closest<HTMLElement>('.virtual-row');
  if (row) {
    const offset = Number(/translateY\((-?[\d.]+)px\)/.exec(row.style.transform)?.[1] ?? 0);
    const height = row.querySelector('h2') ? HEADING : ENTRY;
    return DOMRect.fromRect({ y: offset - scrollTop, width: 800, height });
  }
  if (element.classList.contains('virtual-days')) {
    return DOMRect.fromRect({
      y: -scrollTop,
      width: 800,
      height: parseFloat(element.style.height),
    });
  }
  return DOMRect.fromRect({ width: 0, height: 0 });
}

let feedNumber = 0;
/** A fresh feed URL for each test: measured row sizes are remembered per feed. */
function serveLongFeed() {
  const path = `/long/feed-${++feedNumber}.json`;
  fakeFetch({ [`${ORIGIN}${path}`]: FEED });
  return `/?feed=${encodeURIComponent(path)}`;
}

const articles = () => screen.queryAllByRole('article');
const current = () => articles().filter((a) => a.getAttribute('aria-current') === 'true');
const longList = () => document.querySelector<HTMLElement>('.virtual-days');
const entry = (index: number) => screen.getByRole('article', { name: titleOf(index) });

beforeEach(() => {
  resetReading();
  scrollTop = 0;
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollTop });
  vi.spyOn(window, 'scrollTo').mockImplementation(((x: ScrollToOptions | number, y?: number) => {
    const top = typeof x === 'number' ? (y ?? 0) : (x.top ?? scrollTop);
    setTimeout(() => scrollWindow(top));
  }) as typeof window.scrollTo);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    return fakeRect(this);
  });
});
afterEach(async () => {
  // Scroll restoration remembers positions while the page lives: leave this one at the top.
  scrollWindow(0);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  vi.unstubAllGlobals();
  if (jsdomScrollY) Object.defineProperty(window, 'scrollY', jsdomScrollY);
  resetReading();
});

describe('a long list', () => {
  it('with 300 entries shown, puts only those near the screen in the document, under real day headings', async () => {
    sessionStorage.setItem('broadsheet:history:default:shown', String(ITEMS));
    renderReader(serveLongFeed());
    await screen.findByRole('article', { name: titleOf(0) });
    await waitFor(() => expect(longList()).not.toBeNull());

    const first = screen.getByRole('region', { name: FIRST_DAY });
    expect(within(first).getByRole('heading', { level: 2 })).toHaveTextContent(FIRST_DAY);
    expect(within(first).getByRole('article', { name: titleOf(0) })).toBeInTheDocument();
    expect(within(first).getByRole('article', { name: titleOf(3) })).toBeInTheDocument();
    expect(articles().length).toBeGreaterThan(4);
    expect(articles().length).toBeLessThan(20);
    // The list keeps the height of all 300, so the page scrolls as if they were there.
    expect(parseFloat(longList()?.style.height ?? '0')).toBeGreaterThanOrEqual(
      HEADING * 5 + ENTRY * ITEMS,
    );

    // Halfway down: the entries there, under their own day's heading; the top ones gone.
    scrollWindow(parseFloat(longList()?.style.height ?? '0') / 2);
    await waitFor(() => expect(screen.queryByRole('article', { name: titleOf(0) })).toBeNull());
    const shown = articles().map((article) =>
      FEED.items.findIndex((item) => article.getAttribute('data-entry') === item.id),
    );
    expect(shown.length).toBeGreaterThan(4);
    expect(shown.length).toBeLessThan(25);
    expect(Math.min(...shown)).toBeGreaterThan(120);
    expect(Math.max(...shown)).toBeLessThan(180);
    for (const section of screen.getAllByRole('region')) {
      const heading = within(section).getByRole('heading', { level: 2 });
      expect(section).toHaveAccessibleName(heading.textContent ?? '');
    }
  });

  it('"Older posts" turns a list of more than 100 into a long list, and the button keeps focus', async () => {
    const { user } = renderReader(serveLongFeed());
    await screen.findByRole('article', { name: titleOf(0) });
    const older = screen.getByRole('button', { name: 'Older posts' });
    for (let step = 1; step <= 3; step++) {
      await user.click(older);
      await screen.findByRole('article', { name: titleOf(step * 25) });
    }
    expect(articles()).toHaveLength(100);
    expect(longList()).toBeNull();

    await user.click(older);
    await waitFor(() => expect(longList()).not.toBeNull());
    expect(articles().length).toBeLessThan(20);
    expect(older).toHaveFocus();
    expect(screen.getByRole('article', { name: titleOf(0) })).toBeInTheDocument();

    await user.click(older);
    expect(parseFloat(longList()?.style.height ?? '0')).toBeGreaterThanOrEqual(ENTRY * 150);
    expect(older).toHaveFocus();
  });

  it('j walks on past the entries that were mounted, across a day, and focus stays with it', async () => {
    sessionStorage.setItem('broadsheet:history:default:shown', String(ITEMS));
    const { user } = renderReader(serveLongFeed());
    await screen.findByRole('article', { name: titleOf(0) });
    await waitFor(() => expect(longList()).not.toBeNull());
    const mountedAtFirst = articles().length;
    expect(screen.queryByRole('article', { name: titleOf(60) })).toBeNull();

    // jsdom does not scroll to the entry j reveals: only the list can bring the next one.
    for (let index = 0; index <= 60; index++) {
      await user.keyboard('j');
      expect(current().map((a) => a.getAttribute('aria-labelledby'))).toHaveLength(1);
    }
    const sixtieth = screen.getByRole('article', { name: titleOf(60) });
    expect(current()).toEqual([sixtieth]);
    expect(within(sixtieth).getByRole('link', { name: titleOf(60) })).toHaveFocus();
    expect(sixtieth.closest('section')).toHaveAccessibleName(SECOND_DAY);
    expect(articles().length).toBeLessThanOrEqual(mountedAtFirst + 3);

    await user.keyboard('kk');
    const fiftyEighth = screen.getByRole('article', { name: titleOf(58) });
    expect(current()).toEqual([fiftyEighth]);
    expect(within(fiftyEighth).getByRole('link', { name: titleOf(58) })).toHaveFocus();

    // Scrolled far away, the entry holding focus stays in the document, with its neighbours.
    scrollWindow(parseFloat(longList()?.style.height ?? '0') * 0.8);
    await waitFor(() => expect(screen.queryByRole('article', { name: titleOf(0) })).toBeNull());
    expect(screen.queryByRole('article', { name: titleOf(56) })).toBeNull();
    expect(screen.getByRole('article', { name: titleOf(57) })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: titleOf(59) })).toBeInTheDocument();
    expect(within(fiftyEighth).getByRole('link', { name: titleOf(58) })).toHaveFocus();
    await user.keyboard('j');
    expect(current()).toEqual([screen.getByRole('article', { name: titleOf(59) })]);
  });

  it(
    'keeps the article just read current as "Older posts" makes the list long, and j goes on from it',
    { timeout: 60_000 },
    async () => {
      sessionStorage.setItem('broadsheet:history:default:shown', '100');
      const { user, location } = renderReader(serveLongFeed());
      await screen.findByRole('article', { name: titleOf(0) });
      await shortcutsOn();
      // Text, not role, queries while 100 entries are in the document: naming them all is slow.
      await user.click(screen.getByText(titleOf(90)));
      await screen.findByRole('heading', { level: 1, name: titleOf(90) });
      await user.keyboard('u');
      await waitFor(() => expect(location()).toMatch(/^\/\?feed=/));
      await waitFor(() =>
        expect(screen.getByText(titleOf(90)).closest('article')).toHaveAttribute(
          'aria-current',
          'true',
        ),
      );
      expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
      expect(longList()).toBeNull();

      await user.click(screen.getByText('Older posts'));
      await waitFor(() => expect(longList()).not.toBeNull());
      // Far below the screen, yet in the document with its neighbours, and still current.
      expect(articles().length).toBeLessThan(30);
      expect(current()).toEqual([entry(90)]);
      expect(entry(89)).toBeInTheDocument();
      expect(entry(91)).toBeInTheDocument();
      expect(screen.queryByRole('article', { name: titleOf(80) })).toBeNull();

      await user.keyboard('j');
      expect(current()).toEqual([entry(91)]);
      expect(within(entry(91)).getByRole('link', { name: titleOf(91) })).toHaveFocus();
      await user.keyboard('o');
      expect(await screen.findByRole('heading', { level: 1, name: titleOf(91) })).toHaveFocus();
    },
  );
});

describe('rows to mount', () => {
  const { articles: parsed } = parseFeedPage(FEED, `${ORIGIN}/long/feed.json`);
  const rows = dayRows(groupByDay(parsed.slice(0, 130)));

  it('adds the entry the reader is on, the entries either side and the headings of their days', () => {
    // Rows 0 (heading), 1–55 (first day's entries), 56 (heading), 57… (second day's).
    expect(rows[56]?.kind).toBe('heading');
    expect(rowsToMount(rows, [100, 101, 102], 55)).toEqual([0, 54, 55, 56, 57, 100, 101, 102]);
    expect(rowsToMount(rows, [10, 11], 57)).toEqual([0, 10, 11, 55, 56, 57, 58]);
    expect(rowsToMount(rows, [10, 11], -1)).toEqual([0, 10, 11]);
  });
});
