import { screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { generateFeed } from '../../bench/generate.mjs';
import { firstListDrawn, drawFirstListInSteps } from '../../src/lib/first-draw';
import { fakeFetch } from '../helpers/fake-fetch';
import { ORIGIN } from '../helpers/render-app';
import { renderReader, resetReading } from '../reading/helpers';

const FEED = generateFeed(40);
let feedNumber = 0;

beforeEach(resetReading);
afterEach(() => {
  firstListDrawn();
  vi.unstubAllGlobals();
});

/**
 * Opens a 40-item feed, and returns how many entries each addition to the page brought, in
 * order: a commit inserts what it mounted, a list whole or an entry at a time.
 */
async function openFeed() {
  const path = `/first-draw/feed-${++feedNumber}.json`;
  fakeFetch({ [`${ORIGIN}${path}`]: FEED });
  const added: number[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const count = [...record.addedNodes]
        .filter((node): node is Element => node instanceof Element)
        .reduce(
          (sum, node) =>
            sum + (node.matches('article') ? 1 : node.querySelectorAll('article').length),
          0,
        );
      if (count > 0) added.push(count);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  renderReader(`/?feed=${encodeURIComponent(path)}`);
  await screen.findByRole('button', { name: 'Older posts' });
  observer.disconnect();
  return added;
}

it('opened on an empty page, a list draws a screenful of entries first, then the rest of its step', async () => {
  drawFirstListInSteps('default');
  const added = await openFeed();
  expect(added[0]).toBe(8);
  expect(added.reduce((sum, count) => sum + count, 0)).toBe(25);
  expect(screen.getAllByRole('article')).toHaveLength(25);
});

it('any other list draws its whole step at once', async () => {
  // The first list of the page load has been drawn; this one is a page the reader moved to.
  drawFirstListInSteps('default');
  firstListDrawn();
  const added = await openFeed();
  expect(added[0]).toBe(25);
  expect(screen.getAllByRole('article')).toHaveLength(25);
});
