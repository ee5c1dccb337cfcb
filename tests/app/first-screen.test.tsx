import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { ORIGIN, renderApp } from '../helpers/render-app';

const boot = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'boot.js'), 'utf8');
const ENTRY = '/assets/index-abc.js';
const FEED = `${ORIGIN}/other/feed.json`;
const ADDRESS = `/?feed=${encodeURIComponent(FEED)}`;
const SEED_TITLE = 'Putin Reiterates That North Korea Requires Security Guarantees';
const kept = (address: string) => localStorage.getItem(`broadsheet:first-screen:${address}`);

function appRoot() {
  const root = document.createElement('div');
  root.id = 'root';
  return document.body.appendChild(root);
}

/**
 * The list page at ADDRESS, drawn and then left (the tab hidden or closed) once the page listens
 * for that: its effects run a moment after the list shows.
 */
async function readAndLeave(address = ADDRESS) {
  renderApp(address, { container: appRoot() });
  await screen.findByRole('article', { name: SEED_TITLE });
  await waitFor(() => {
    window.dispatchEvent(new Event('pagehide'));
    expect(kept(address)).not.toBeNull();
  });
}

beforeEach(() => {
  document.head.innerHTML = `<meta name="app-entry" content="${ENTRY}">`;
  fakeFetch({ [FEED]: demoPage('feed.json') });
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  cleanup();
  document.head.replaceChildren();
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-stale-first-screen');
  localStorage.clear();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('a list page’s first screen, kept for the next visit', () => {
  it('is kept when the reader leaves, and shown at once next time, nothing clickable until the app runs', async () => {
    await readAndLeave();
    expect(kept(ADDRESS)).not.toBeNull();
    cleanup();
    document.body.replaceChildren();
    document.body.innerHTML = '<div id="root"><main>The page written at build time</main></div>';

    window.history.replaceState(null, '', ADDRESS);
    // boot.js starts the app once the screen has painted, or after two seconds: never here.
    vi.useFakeTimers();
    new Function(boot)();
    const root = document.getElementById('root') as HTMLElement;
    const article = within(root).getByRole('article', { name: SEED_TITLE });
    expect(article).toBeVisible();
    expect(within(root).queryByText('The page written at build time')).toBeNull();
    const buttons = within(root).getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) expect(button).toHaveAttribute('aria-disabled', 'true');
    for (const field of root.querySelectorAll('input')) expect(field).toHaveAttribute('readonly');
  });

  it('is kept without inline styles that something else put on the page', async () => {
    renderApp(ADDRESS, { container: appRoot() });
    await screen.findByRole('article', { name: SEED_TITLE });
    // As a password manager or a screenshot tool marks a field.
    for (const field of document.querySelectorAll('input')) field.setAttribute('style', 'x: 1');
    await waitFor(() => {
      window.dispatchEvent(new Event('pagehide'));
      expect(kept(ADDRESS)).not.toBeNull();
    });
    expect(document.querySelector('input[style]')).not.toBeNull();
    expect(kept(ADDRESS)).not.toMatch(/style=/);
  });

  it('is not kept before anything is listed, nor scrolled past the first screen', async () => {
    renderApp(ADDRESS, { container: appRoot() });
    window.dispatchEvent(new Event('pagehide'));
    expect(kept(ADDRESS)).toBeNull();
    await screen.findByRole('article', { name: SEED_TITLE });
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(window.innerHeight * 3);
    window.dispatchEvent(new Event('pagehide'));
    expect(kept(ADDRESS)).toBeNull();
  });

  it('is kept for the last four addresses only', async () => {
    const addresses = ['a', 'b', 'c', 'd', 'e'].map((name) => {
      const feed = `${ORIGIN}/${name}/feed.json`;
      return { feed, address: `/?feed=${encodeURIComponent(feed)}` };
    });
    fakeFetch(Object.fromEntries(addresses.map(({ feed }) => [feed, demoPage('feed.json')])));
    for (const { address } of addresses) {
      await readAndLeave(address);
      cleanup();
      document.body.replaceChildren();
    }
    await waitFor(() => expect(kept(addresses[4]?.address ?? '')).not.toBeNull());
    expect(addresses.map(({ address }) => kept(address) !== null)).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
  });
});
