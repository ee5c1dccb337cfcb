import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSeenDates } from '../../src/features/feed/api/seen-dates';
import type { Article, FeedPage } from '../../src/features/feed/api/types';
import { formatLongDate } from '../../src/lib/dates';
import { fakeFetch, jsonResponse } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, ORIGIN, renderApp } from '../helpers/render-app';

const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const UNDATED = `${ORIGIN}/undated/feed.json`;
const SEED_TITLE = 'Putin Reiterates That North Korea Requires Security Guarantees';

function pageOf(...articles: Partial<Article>[]): FeedPage {
  return { feed: { title: 'Notes' }, articles } as unknown as FeedPage;
}

describe('undated articles take the time they were first listed', () => {
  it('in the feed’s order, a millisecond apart; dated ones are left as they are', () => {
    const page = withSeenDates(
      undefined,
      pageOf({ id: 'a' }, { id: 'b', published: '2019-06-30T09:00:00Z' }, { id: 'c' }),
      NOW,
    );
    expect(page.articles.map((article) => article.seen)).toEqual([
      '2026-12-01T12:00:00.000Z',
      undefined,
      '2026-12-01T11:59:59.998Z',
    ]);
  });

  it('keep that time when read again; only new ones take the time of the new read', () => {
    const first = withSeenDates(undefined, pageOf({ id: 'a' }, { id: 'b' }), NOW);
    const later = withSeenDates(
      first,
      pageOf({ id: 'new' }, { id: 'a' }, { id: 'b' }),
      NOW + 60_000,
    );
    expect(later.articles.map(({ id, seen }) => [id, seen])).toEqual([
      ['new', '2026-12-01T12:01:00.000Z'],
      ['a', '2026-12-01T12:00:00.000Z'],
      ['b', '2026-12-01T11:59:59.999Z'],
    ]);
    // Nothing new to stamp: the very same page, so nothing downstream renders again.
    expect(withSeenDates(later, later, NOW + 120_000)).toBe(later);
  });
});

it('the front page lists a feed without dates above older posts, newest read first', async () => {
  let items = [
    { id: 'first', title: 'First note', content_text: 'One.' },
    { id: 'second', title: 'Second note', content_text: 'Two.' },
  ];
  fakeFetch({
    [DEMO_FEED]: demoPage('feed.json'),
    [UNDATED]: () =>
      jsonResponse({ version: 'https://jsonfeed.org/version/1.1', title: 'Notes', items }),
  });
  const { user } = renderApp('/', { subscriptions: [DEMO_FEED, UNDATED] });
  await screen.findByRole('link', { name: SEED_TITLE });
  const titles = () =>
    screen
      .getAllByRole('article')
      .map((article) => within(article).getByRole('heading').textContent);
  expect(titles().slice(0, 2)).toEqual(['First note', 'Second note']);
  // Under the day they came, and no time of day claimed for them.
  const today = screen.getByRole('region', { name: formatLongDate(new Date().toISOString()) });
  expect(within(today).getAllByRole('article')).toHaveLength(2);
  expect(within(today).getByRole('article', { name: 'First note' })).not.toHaveTextContent(
    /\d:\d\d/,
  );
  expect(screen.queryByRole('region', { name: 'Undated' })).not.toBeInTheDocument();

  items = [{ id: 'third', title: 'Third note', content_text: 'Three.' }, ...items];
  await user.click(screen.getByRole('button', { name: 'Refresh' }));
  await screen.findByRole('link', { name: 'Third note' });
  expect(titles().slice(0, 3)).toEqual(['Third note', 'First note', 'Second note']);
});
