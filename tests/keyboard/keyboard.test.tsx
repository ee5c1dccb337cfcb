import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { savedKey, useSavedStore } from '../../src/features/offline/store/saved-store';
import { must } from '../comments/must';
import { DEMO_FEED, ORIGIN, shortcutsOn } from '../helpers/render-app';
import {
  ROASTERY,
  SEED,
  articlePath,
  entry,
  renderReader,
  readerWithScrollSpy,
  serveDemo,
} from '../reading/helpers';
import { polyfillDialog } from './dialog-polyfill';

const FIRST = /^Line 4 trams will run every six minutes/;
const SECOND = 'Harbour Fog Delays Morning Ferries Across Alder Sound';
const THIRD = 'Harbour Tram Line Opens to Passengers After Six-Year Build';

const scrollIntoView = readerWithScrollSpy();
beforeAll(polyfillDialog);

function current(): HTMLElement[] {
  return screen.getAllByRole('article').filter((a) => a.getAttribute('aria-current') === 'true');
}

async function openList() {
  const rendered = renderReader('/');
  await screen.findByRole('article', { name: SEED.title });
  await shortcutsOn();
  return rendered;
}

describe('keyboard shortcuts on lists', () => {
  it('j and k move the current entry and focus its title link', async () => {
    const { user } = await openList();
    await user.keyboard('j');
    const first = screen.getByRole('article', { name: FIRST });
    expect(current()).toEqual([first]);
    expect(first).toHaveClass('entry-current');
    expect(within(first).getByRole('link', { name: FIRST })).toHaveFocus();
    expect(scrollIntoView()).toHaveBeenLastCalledWith({ block: 'nearest', behavior: 'smooth' });

    await user.keyboard('jj');
    expect(current()).toEqual([entry(THIRD)]);
    expect(within(entry(THIRD)).getByRole('link', { name: THIRD })).toHaveFocus();
    await user.keyboard('k');
    expect(current()).toEqual([entry(SECOND)]);
    expect(entry(THIRD)).not.toHaveClass('entry-current');
    expect(within(entry(SECOND)).getByRole('link', { name: SECOND })).toHaveFocus();
  });

  it('scrolls without animation when the reader prefers reduced motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    const { user } = await openList();
    await user.keyboard('j');
    expect(scrollIntoView()).toHaveBeenLastCalledWith({ block: 'nearest', behavior: 'auto' });
  });

  it('o opens the current article and u goes back to it in the list, focused', async () => {
    const { user, location } = await openList();
    await user.keyboard('jjo');
    expect(await screen.findByRole('heading', { level: 1, name: SECOND })).toHaveFocus();

    await user.keyboard('u');
    await waitFor(() => expect(location()).toBe('/'));
    expect(await screen.findByRole('article', { name: SECOND })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await waitFor(() =>
      expect(within(entry(SECOND)).getByRole('link', { name: SECOND })).toHaveFocus(),
    );
    await user.keyboard('j');
    expect(current()).toEqual([entry(THIRD)]);
  });

  it('j, k and o work on the saved list too, and u comes back to the article read there', async () => {
    const saved = (article: { id: string; title: string }, savedAt: string) => ({
      [savedKey(DEMO_FEED, article.id)]: {
        feedUrl: DEMO_FEED,
        feedParam: null,
        ...article,
        savedAt,
      },
    });
    useSavedStore.setState({
      saved: {
        ...saved(SEED, '2024-05-02T10:00:00.000Z'),
        ...saved(ROASTERY, '2024-05-01T10:00:00.000Z'),
      },
    });
    onTestFinished(() => void useSavedStore.setState({ saved: {} }));
    const { user, location } = renderReader('/saved');
    await screen.findByRole('link', { name: SEED.title });
    await shortcutsOn();
    const item = (title: string) => must(screen.getByRole('link', { name: title }).closest('li'));

    await user.keyboard('jj');
    expect(screen.getByRole('link', { name: ROASTERY.title })).toHaveFocus();
    expect(item(ROASTERY.title)).toHaveAttribute('aria-current', 'true');
    await user.keyboard('k');
    expect(screen.getByRole('link', { name: SEED.title })).toHaveFocus();
    expect(item(ROASTERY.title)).not.toHaveAttribute('aria-current');

    await user.keyboard('jo');
    expect(await screen.findByRole('heading', { level: 1, name: ROASTERY.title })).toHaveFocus();
    await user.keyboard('u');
    await waitFor(() => expect(location()).toBe('/saved'));
    await waitFor(() => expect(screen.getByRole('link', { name: ROASTERY.title })).toHaveFocus());
    expect(item(ROASTERY.title)).toHaveAttribute('aria-current', 'true');
  });

  it('a link back to the list is a new visit: the article read is current, the heading focused', async () => {
    const { user, location } = await openList();
    await user.keyboard('jjo');
    await screen.findByRole('heading', { level: 1, name: SECOND });

    await user.click(screen.getByRole('link', { name: 'The Broadsheet Daily' }));
    await waitFor(() => expect(location()).toBe('/'));
    expect(await screen.findByRole('article', { name: SECOND })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('u after j and k on articles goes back to the list, to the article last read', async () => {
    const { user, location } = await openList();
    await user.keyboard('jo');
    await screen.findByRole('heading', { level: 1, name: FIRST });
    await user.keyboard('j');
    expect(await screen.findByRole('heading', { level: 1, name: SECOND })).toHaveFocus();
    await user.keyboard('j');
    expect(await screen.findByRole('heading', { level: 1, name: THIRD })).toHaveFocus();

    await user.keyboard('u');
    await waitFor(() => expect(location()).toBe('/'));
    expect(await screen.findByRole('article', { name: THIRD })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('u after "Older" under articles goes back to the list, to the article last read', async () => {
    const { user, location } = await openList();
    await user.keyboard('jo');
    await screen.findByRole('heading', { level: 1, name: FIRST });
    await user.click(await screen.findByRole('link', { name: `Older ${SECOND}` }));
    expect(await screen.findByRole('heading', { level: 1, name: SECOND })).toHaveFocus();
    await user.click(await screen.findByRole('link', { name: `Older ${THIRD}` }));
    expect(await screen.findByRole('heading', { level: 1, name: THIRD })).toHaveFocus();

    await user.keyboard('u');
    await waitFor(() => expect(location()).toBe('/'));
    expect(await screen.findByRole('article', { name: THIRD })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('u back from a tag followed in the list gives that tag link its focus again', async () => {
    const { user, location } = await openList();
    const tag = within(entry(SEED.title)).getByRole('link', { name: 'North Korea' });
    await user.click(tag);
    expect(await screen.findByRole('heading', { level: 1, name: 'North Korea' })).toHaveFocus();
    await user.keyboard('u');
    await waitFor(() => expect(location()).toBe('/'));
    await waitFor(() =>
      expect(within(entry(SEED.title)).getByRole('link', { name: 'North Korea' })).toHaveFocus(),
    );
  });

  it('u after j on an article opened directly goes to the front page, not out of the app', async () => {
    const { user, location } = renderReader(articlePath(SEED.id));
    await screen.findByRole('heading', { level: 1, name: SEED.title });
    await shortcutsOn();
    await user.keyboard('j');
    await waitFor(() => expect(location()).not.toBe(articlePath(SEED.id)));
    await user.keyboard('u');
    await waitFor(() => expect(location()).toBe('/'));
  });

  it('u on an article opened directly goes to the front page, keeping ?feed=', async () => {
    const feed = `${ORIGIN}/other/feed.json`;
    serveDemo(feed);
    const { user, location } = renderReader(
      articlePath(SEED.id, `?feed=${encodeURIComponent(feed)}`),
    );
    await screen.findByRole('heading', { level: 1, name: SEED.title });
    await shortcutsOn();
    await user.keyboard('u');
    await waitFor(() => expect(location()).toBe(`/?feed=${encodeURIComponent(feed)}`));
    expect(await screen.findByRole('article', { name: SEED.title })).toBeInTheDocument();
  });

  it('ignores keys with Ctrl, Meta or Alt', async () => {
    const { user } = await openList();
    await user.keyboard('{Control>}j{/Control}{Meta>}j{/Meta}{Alt>}j{/Alt}');
    expect(current()).toEqual([]);
  });

  it('/ focuses the search box when the page has one', async () => {
    const { user } = await openList();
    let box = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (!box) {
      box = document.createElement('input');
      box.type = 'search';
      document.body.append(box);
    }
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    box.remove();
  });
});

describe('keyboard shortcuts in a thread', () => {
  async function openThread() {
    const rendered = renderReader(articlePath(ROASTERY.id));
    await screen.findByRole('article', { name: /^Olu/ });
    await shortcutsOn();
    return rendered;
  }

  it('n and p move through comments in reading order, replies included', async () => {
    const { user } = await openThread();
    const olu = screen.getByRole('article', { name: /^Olu/ });
    const [c2, c4] = screen.getAllByRole('article', { name: /^Maren/ });
    const c3 = screen.getByRole('article', { name: /^Harbour Roasters/ });
    await user.keyboard('n');
    expect(olu).toHaveFocus();
    await user.keyboard('n');
    expect(c2).toHaveFocus();
    await user.keyboard('nn');
    expect(c4).toHaveFocus();
    await user.keyboard('n');
    expect(c4).toHaveFocus();
    await user.keyboard('p');
    expect(c3).toHaveFocus();
    expect(scrollIntoView()).toHaveBeenCalled();
  });

  it('r opens the reply form of the current comment, its Comment field focused', async () => {
    const { user } = await openThread();
    await user.keyboard('n');
    const olu = screen.getByRole('article', { name: /^Olu/ });
    await user.keyboard('r');
    const field = within(olu).getByLabelText('Comment');
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue('');
    expect(within(olu).getByRole('button', { name: 'Post reply' })).toBeInTheDocument();

    // With the form open, r on the comment gives the field focus again, and closes nothing.
    await user.type(field, 'Half');
    act(() => olu.focus());
    await user.keyboard('r');
    expect(within(olu).getByLabelText('Comment')).toHaveFocus();
    expect(within(olu).getByLabelText('Comment')).toHaveValue('Half');
  });

  it('ignores shortcuts while typing', async () => {
    const { user } = await openThread();
    const field = screen.getAllByLabelText('Comment')[0];
    if (!field) throw new Error('no comment field');
    await user.click(field);
    await user.keyboard('jknpru/?');
    expect(field).toHaveValue('jknpru/?');
    expect(field).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: ROASTERY.title })).toBeInTheDocument();
  });
});

describe('shortcuts beside a checkbox', () => {
  it('j moves on from "Unread only", which takes no typing', async () => {
    const { user } = await openList();
    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    await user.keyboard('j');
    expect(
      within(screen.getByRole('article', { name: FIRST })).getByRole('link', { name: FIRST }),
    ).toHaveFocus();
  });
});

describe('marking read and unread by key', () => {
  it('m marks the current entry read, and again unread', async () => {
    const { user } = await openList();
    await user.keyboard('j');
    const first = screen.getByRole('article', { name: FIRST });
    await user.keyboard('m');
    expect(await within(first).findByText('Read')).toBeInTheDocument();
    // Focus stays on the entry's link, which does not change: the change is said.
    expect(screen.getByText('Marked as read')).toBeInTheDocument();
    await user.keyboard('m');
    await waitFor(() => expect(within(first).queryByText('Read')).not.toBeInTheDocument());
    expect(await screen.findByText('Marked as unread')).toBeInTheDocument();
  });

  it('k and j on an article open the newer and the older article', async () => {
    const { user } = renderReader(articlePath(SEED.id));
    await screen.findByRole('heading', { level: 1, name: SEED.title });
    const nav = screen.getByRole('navigation', { name: 'More articles' });
    const newer = within(nav).getByRole('link', { name: /^Newer/ });
    const title = newer.textContent.replace(/^Newer\s*/, '');
    await shortcutsOn();
    await user.keyboard('k');
    expect(await screen.findByRole('heading', { level: 1, name: title })).toHaveFocus();
    await user.keyboard('j');
    expect(await screen.findByRole('heading', { level: 1, name: SEED.title })).toHaveFocus();
  });

  it('m on an article marks it unread, and again read', async () => {
    const { user } = renderReader(articlePath(SEED.id));
    await screen.findByRole('button', { name: 'Mark as unread' });
    await shortcutsOn();
    await user.keyboard('m');
    expect(await screen.findByRole('button', { name: 'Mark as read' })).toBeInTheDocument();
    await user.keyboard('m');
    expect(await screen.findByRole('button', { name: 'Mark as unread' })).toBeInTheDocument();
  });
});

describe('the shortcuts dialog', () => {
  it('? lists the shortcuts; Escape closes it and focus returns', async () => {
    const { user } = await openList();
    await user.keyboard('j');
    const link = within(screen.getByRole('article', { name: FIRST })).getByRole('link', {
      name: FIRST,
    });
    expect(link).toHaveFocus();

    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toContain(
      'jNext article in a list, or the older one',
    );
    expect(within(dialog).getByRole('cell', { name: 'o or Enter' })).toBeInTheDocument();
    // Keys do nothing behind the dialog.
    await user.keyboard('j');
    expect(current()).toEqual([screen.getByRole('article', { name: FIRST })]);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(link).toHaveFocus();
  });

  it('"Close" closes it too', async () => {
    const { user } = await openList();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('back on the page the app opened on', () => {
  it('its heading takes focus, as on any other page', async () => {
    const { user, location } = await openList();
    await user.click(screen.getByRole('link', { name: 'Subscriptions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Subscriptions' })).toHaveFocus();
    await user.keyboard('u');
    await waitFor(() => expect(location()).toBe('/'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });
});
