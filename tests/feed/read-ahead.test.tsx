import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import DOMPurify from 'dompurify';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { serveDemo } from '../helpers/demo-feed';
import { renderApp } from '../helpers/render-app';

// An article's text is sanitised (DOMPurify) before it is shown: for a long article, most of the
// wait on opening it. The one the reader points at, moves to, or reaches next with Older is
// sanitised beforehand, while the browser is idle, and opening it does not sanitise it again.

const SEED_TITLE = 'Putin Reiterates That North Korea Requires Security Guarantees';
const SEED_TEXT = 'told his South Korean counterpart Moon Jae-in';
const TRAM_TITLE = 'Harbour Tram Line Opens to Passengers After Six-Year Build';
const SEAGRASS_TITLE = 'Seagrass Meadows in Alder Sound Show Signs of Recovery, Survey Finds';
const SEAGRASS_TEXT = 'expanded for a fifth consecutive year';

let sanitize: MockInstance<typeof DOMPurify.sanitize>;

beforeEach(() => {
  serveDemo();
  // Watched, not replaced: every text is still sanitised by DOMPurify itself.
  sanitize = vi.spyOn(DOMPurify, 'sanitize');
});

afterEach(() => {
  sanitize.mockRestore();
});

/** Whether DOMPurify has been given the text holding `words`. */
const sanitised = (words: string) =>
  sanitize.mock.calls.some(([dirty]) => typeof dirty === 'string' && dirty.includes(words));

it("an entry pointed at has its article's text ready: opening it shows the text without sanitising it again", async () => {
  const { user } = renderApp('/');
  const link = await screen.findByRole('link', { name: SEED_TITLE });
  expect(sanitised(SEED_TEXT)).toBe(false);

  fireEvent.pointerOver(link);
  await waitFor(() => expect(sanitised(SEED_TEXT)).toBe(true));
  sanitize.mockClear();

  await user.click(link);
  const heading = await screen.findByRole('heading', { level: 1, name: SEED_TITLE });
  const article = heading.closest('article') as HTMLElement;
  expect(within(article).getByText(new RegExp(SEED_TEXT))).toBeInTheDocument();
  expect(sanitised(SEED_TEXT)).toBe(false);
});

it('the older article is made ready while one is read: Older shows it without sanitising it again', async () => {
  const { user } = renderApp('/');
  await user.click(await screen.findByRole('link', { name: TRAM_TITLE }));
  await screen.findByRole('heading', { level: 1, name: TRAM_TITLE });
  await waitFor(() => expect(sanitised(SEAGRASS_TEXT)).toBe(true));
  sanitize.mockClear();

  const more = screen.getByRole('navigation', { name: 'More articles' });
  await user.click(within(more).getByRole('link', { name: /Older.*Seagrass Meadows/ }));
  const heading = await screen.findByRole('heading', { level: 1, name: SEAGRASS_TITLE });
  const article = heading.closest('article') as HTMLElement;
  expect(within(article).getByText(new RegExp(SEAGRASS_TEXT))).toBeInTheDocument();
  expect(sanitised(SEAGRASS_TEXT)).toBe(false);
});
