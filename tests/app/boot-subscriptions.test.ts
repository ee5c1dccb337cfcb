import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SUBSCRIPTIONS } from '../../src/config/env';
import {
  subscribe,
  unsubscribe,
  updateSubscription,
} from '../../src/features/subscriptions/store/subscription-actions';
import {
  SUBSCRIPTIONS_KEY,
  defaultSubscriptions,
  useSubscriptionStore,
} from '../../src/features/subscriptions/store/subscription-store';

const ROOT = join(import.meta.dirname, '..', '..');
const script = readFileSync(join(ROOT, 'public', 'boot.js'), 'utf8');
const indexHtml = readFileSync(join(ROOT, 'index.html'), 'utf8');
const html = document.documentElement;

/** The `<meta name="app-subscriptions">` of index.html, as the built page carries it. */
function metaOfIndex(): string {
  const match = /name="app-subscriptions"\s+content='([^']+)'/.exec(indexHtml);
  if (!match?.[1]) throw new Error('index.html names no default subscriptions');
  return match[1];
}

function bootAtFrontPage() {
  window.history.replaceState(null, '', '/');
  new Function(script)();
}

const hidden = () => html.hasAttribute('data-stale-first-screen');

/** The bundled JSON Feed's subscription, as a fresh browser has it. */
const BUNDLED = new URL(DEFAULT_SUBSCRIPTIONS[0]?.url ?? '', location.href).href;

beforeEach(() => {
  const meta = document.createElement('meta');
  meta.name = 'app-subscriptions';
  meta.content = metaOfIndex();
  document.head.append(meta);
  useSubscriptionStore.setState(defaultSubscriptions());
});

afterEach(() => {
  document.head.replaceChildren();
  html.removeAttribute('data-stale-first-screen');
  localStorage.clear();
});

describe('the written front page and the reader’s subscriptions', () => {
  it('index.html names the same default subscriptions as the app', () => {
    expect(JSON.parse(metaOfIndex())).toEqual(
      DEFAULT_SUBSCRIPTIONS.map(({ url, title }) => [url, title]),
    );
  });

  it('a fresh browser (nothing stored) keeps the written front page', () => {
    bootAtFrontPage();
    expect(hidden()).toBe(false);
  });

  it('the defaults as the store writes them keep it too', () => {
    // A move into a folder and back is stored, and shows the same front page.
    updateSubscription(BUNDLED, { folder: 'News' });
    updateSubscription(BUNDLED, { folder: '' });
    expect(localStorage.getItem(SUBSCRIPTIONS_KEY)).not.toBeNull();
    bootAtFrontPage();
    expect(hidden()).toBe(false);
  });

  it('one more subscription hides it before the first paint', () => {
    subscribe([{ feedUrl: 'https://example.com/feed.xml', title: 'Example' }]);
    bootAtFrontPage();
    expect(hidden()).toBe(true);
  });

  it('an unsubscribed default hides it', () => {
    unsubscribe(BUNDLED);
    bootAtFrontPage();
    expect(hidden()).toBe(true);
  });

  it('a renamed default hides it: the written page names it otherwise', () => {
    updateSubscription(BUNDLED, { title: 'My paper' });
    bootAtFrontPage();
    expect(hidden()).toBe(true);
  });

  it('an unreadable stored list hides it: the app cannot promise the defaults', () => {
    localStorage.setItem(SUBSCRIPTIONS_KEY, '{not json');
    bootAtFrontPage();
    expect(hidden()).toBe(true);
  });
});
