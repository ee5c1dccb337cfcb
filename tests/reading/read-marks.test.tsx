import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READING_KEY, useReadingStore } from '../../src/features/reading/store/reading-store';
import { DEMO_FEED, ORIGIN, shortcutsOn } from '../helpers/render-app';
import {
  ROASTERY,
  SEED,
  articlePath,
  entry,
  previousVisit,
  renderReader,
  resetReading,
  serveDemo,
  readKey,
} from './helpers';

const TRAM = 'Harbour Tram Line Opens to Passengers After Six-Year Build';
const COUNCIL = /^Council Approves Emergency Funding/;

beforeEach(() => {
  resetReading();
  serveDemo();
});
afterEach(() => {
  vi.unstubAllGlobals();
  resetReading();
});

describe('read articles', () => {
  it('opening an article marks it read in the list', async () => {
    const { user } = renderReader('/');
    const seed = await screen.findByRole('article', { name: SEED.title });
    expect(within(seed).queryByText('Read')).not.toBeInTheDocument();

    await user.click(within(seed).getByRole('link', { name: SEED.title }));
    expect(await screen.findByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Front page' }));

    expect(
      within(await screen.findByRole('article', { name: SEED.title })).getByText('Read'),
    ).toBeInTheDocument();
    expect(within(entry(ROASTERY.title)).queryByText('Read')).not.toBeInTheDocument();
    expect(useReadingStore.getState().read).toEqual({
      [readKey(DEMO_FEED, SEED.id)]: expect.any(String),
    });
  });

  it('"Mark as unread" on an article takes its mark back, and "Mark as read" puts it back', async () => {
    const { user } = renderReader(articlePath(SEED.id));
    const unread = await screen.findByRole('button', { name: 'Mark as unread' });
    await user.click(unread);
    expect(useReadingStore.getState().read).toEqual({});
    // The same button, now the other way.
    expect(unread).toHaveAccessibleName('Mark as read');
    await user.click(screen.getByRole('link', { name: 'Front page' }));
    const seed = await screen.findByRole('article', { name: SEED.title });
    expect(within(seed).queryByText('Read')).not.toBeInTheDocument();

    await user.click(within(seed).getByRole('link', { name: SEED.title }));
    await user.click(await screen.findByRole('button', { name: 'Mark as unread' }));
    await user.click(screen.getByRole('button', { name: 'Mark as read' }));
    expect(useReadingStore.getState().read).toHaveProperty([readKey(DEMO_FEED, SEED.id)]);
  });

  it('an article marked unread stays unread when another tab that read it writes', async () => {
    const { user } = renderReader(articlePath(SEED.id));
    await user.click(await screen.findByRole('button', { name: 'Mark as unread' }));
    // The other tab saw the mark, not its taking back, and writes for its own reasons.
    const newValue = JSON.stringify({
      state: {
        read: { [readKey(DEMO_FEED, SEED.id)]: new Date(Date.now() - 1000).toISOString() },
        visits: {},
      },
      version: 2,
    });
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: READING_KEY, newValue, storageArea: localStorage }),
      );
    });
    expect(screen.getByRole('button', { name: 'Mark as read' })).toBeInTheDocument();
    expect(useReadingStore.getState().read).toEqual({});
  });

  it('"Unread only" hides read articles, is kept in the URL as ?unread=1 with ?feed=', async () => {
    const feed = `${ORIGIN}/other/feed.json`;
    serveDemo(feed);
    useReadingStore.setState({ read: { [readKey(feed, SEED.id)]: '2024-01-01T00:00:00.000Z' } });
    const { user, location } = renderReader(`/?feed=${encodeURIComponent(feed)}`);
    await screen.findByRole('article', { name: SEED.title });

    const toggle = screen.getByRole('checkbox', { name: 'Unread only' });
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('article', { name: SEED.title })).not.toBeInTheDocument();
    expect(entry(ROASTERY.title)).toBeInTheDocument();
    let params = new URLSearchParams(location()?.split('?')[1]);
    expect(params.get('unread')).toBe('1');
    expect(params.get('feed')).toBe(feed);

    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(entry(SEED.title)).toBeInTheDocument();
    params = new URLSearchParams(location()?.split('?')[1]);
    expect(params.has('unread')).toBe(false);
    expect(params.get('feed')).toBe(feed);
  });

  it('with "Unread only", the article just read stays listed to go on from, until the list starts anew', async () => {
    const { user } = renderReader('/?unread=1');
    const listed = await screen.findByRole('article', { name: SEED.title });
    await shortcutsOn();
    await user.click(within(listed).getByRole('link', { name: SEED.title }));
    expect(await screen.findByRole('heading', { level: 1, name: SEED.title })).toBeVisible();

    await user.keyboard('u');
    const seed = await screen.findByRole('article', { name: SEED.title });
    expect(within(seed).getByText('Read')).toBeInTheDocument();
    await waitFor(() => expect(seed).toHaveAttribute('aria-current', 'true'));
    // j goes on from it, not from the top of the list.
    const articles = screen.getAllByRole('article');
    const next = articles[articles.indexOf(seed) + 1];
    await user.keyboard('j');
    expect(next).toHaveAttribute('aria-current', 'true');

    // Turned off and on again, the list is shown anew: what was read is gone.
    const toggle = screen.getByRole('checkbox', { name: 'Unread only' });
    await user.click(toggle);
    await user.click(toggle);
    expect(screen.queryByRole('article', { name: SEED.title })).not.toBeInTheDocument();
  });

  it('with "Unread only", "Mark all as read" empties the list', async () => {
    const { user } = renderReader('/?unread=1');
    await screen.findByRole('article', { name: SEED.title });
    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByText('No unread articles.')).toBeInTheDocument();
  });

  it('tag pages filter too, starting from the URL', async () => {
    useReadingStore.setState({
      read: { [readKey(DEMO_FEED, SEED.id)]: '2024-01-01T00:00:00.000Z' },
    });
    renderReader('/tags/North%20Korea?unread=1');
    expect(
      await screen.findByText('No unread articles are tagged “North Korea”.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Unread only' })).toBeChecked();
    expect(screen.queryByRole('article', { name: SEED.title })).not.toBeInTheDocument();
  });

  it('shows what another tab read', async () => {
    renderReader('/');
    await screen.findByRole('article', { name: SEED.title });
    const newValue = JSON.stringify({
      state: { read: { [DEMO_FEED]: { [SEED.id]: '2024-01-01T00:00:00.000Z' } }, visits: {} },
      version: 1,
    });
    localStorage.setItem(READING_KEY, newValue);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: READING_KEY, newValue, storageArea: localStorage }),
      );
    });
    // The entry as it is now: the river may have drawn its list again as the other feeds came in.
    await waitFor(() =>
      expect(
        within(screen.getByRole('article', { name: SEED.title })).getByText('Read'),
      ).toBeInTheDocument(),
    );
  });
});

describe('new since the previous visit', () => {
  it('marks articles published since then "New" for the whole session', async () => {
    previousVisit('2019-07-01T12:00:00Z');
    const { user } = renderReader('/');
    await screen.findByRole('article', { name: SEED.title });
    expect(screen.getAllByText('New')).toHaveLength(6);
    expect(within(screen.getByRole('article', { name: COUNCIL })).getByText('New')).toBeVisible();
    expect(within(entry(SEED.title)).queryByText('New')).not.toBeInTheDocument();

    // This visit is stored for next time; the session still counts from the previous one.
    await waitFor(() =>
      expect(useReadingStore.getState().visits[DEMO_FEED]).toEqual({
        previous: '2019-07-01T12:00:00Z',
        current: expect.any(String),
      }),
    );
    expect(screen.getAllByText('New')).toHaveLength(6);

    // Read, it is no longer new.
    await user.click(within(entry(TRAM)).getByRole('link', { name: TRAM }));
    await screen.findByRole('heading', { level: 1, name: TRAM });
    await user.click(screen.getByRole('link', { name: 'Front page' }));
    const tram = await screen.findByRole('article', { name: TRAM });
    expect(within(tram).queryByText('New')).not.toBeInTheDocument();
    expect(within(tram).getByText('Read')).toBeInTheDocument();
    expect(screen.getAllByText('New')).toHaveLength(5);

    // The next session counts from this one.
    act(() => useReadingStore.setState({ sessions: {} }));
    expect(screen.queryAllByText('New')).toHaveLength(0);
  });

  it('"Mark all as read" marks every loaded article and clears "New"', async () => {
    previousVisit('2019-07-01T12:00:00Z');
    const { user } = renderReader('/');
    await screen.findByRole('article', { name: SEED.title });
    expect(screen.getAllByText('New')).toHaveLength(6);

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(screen.getByText('10 articles marked as read.')).toBeInTheDocument();
    expect(screen.queryAllByText('New')).toHaveLength(0);
    expect(screen.getAllByText('Read')).toHaveLength(10);
    const visit = useReadingStore.getState().visits[DEMO_FEED];
    expect(Date.parse(visit?.current ?? '')).toBeGreaterThan(Date.parse('2024-01-01'));

    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    expect(screen.getByText('No unread articles.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(screen.getByText('Every loaded article was already read.')).toBeInTheDocument();
  });

  it('"Undo" takes "Mark all as read" back: its marks, "New", the list, and in other tabs', async () => {
    previousVisit('2019-07-01T12:00:00Z');
    const before = '2024-01-01T00:00:00.000Z';
    useReadingStore.setState({ read: { [readKey(DEMO_FEED, SEED.id)]: before } });
    const { user } = renderReader('/?unread=1');
    await screen.findByRole('article', { name: TRAM });
    const markAll = screen.getByRole('button', { name: 'Mark all as read' });
    await user.click(markAll);
    expect(await screen.findByText('No unread articles.')).toBeInTheDocument();
    // The one read before was not marked by this press.
    expect(screen.getByText('9 articles marked as read.')).toBeInTheDocument();
    const marked = useReadingStore.getState().read[readKey(DEMO_FEED, ROASTERY.id)];

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByText('9 articles unread again.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(markAll).toHaveFocus();
    expect(await screen.findByRole('article', { name: TRAM })).toBeInTheDocument();
    expect(screen.getAllByText('New')).toHaveLength(6);
    // What was read before stays read, and only that.
    expect(useReadingStore.getState().read).toEqual({ [readKey(DEMO_FEED, SEED.id)]: before });
    // Taken back as "Mark as unread" does: a tab that still holds the marks does not bring
    // them back.
    const newValue = JSON.stringify({
      state: { read: { [readKey(DEMO_FEED, ROASTERY.id)]: marked }, visits: {} },
      version: 2,
    });
    localStorage.setItem(READING_KEY, newValue);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: READING_KEY, newValue, storageArea: localStorage }),
      );
    });
    expect(useReadingStore.getState().read).toEqual({ [readKey(DEMO_FEED, SEED.id)]: before });
  });

  it('leaves the list alone on a first visit', async () => {
    renderReader(articlePath(SEED.id));
    await screen.findByRole('heading', { level: 1, name: SEED.title });
    await waitFor(() =>
      expect(useReadingStore.getState().visits[DEMO_FEED]).toEqual({
        current: expect.any(String),
      }),
    );
    expect(screen.queryByText('New')).not.toBeInTheDocument();
  });
});
