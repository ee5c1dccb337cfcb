import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMENTS_KEY } from '../../src/features/comments/store/comment-counts';
import { threadKey } from '../../src/features/comments/store/thread-key';
import type { Comment } from '../../src/features/comments/types';
import { post } from '../comments/helpers';
import { DEMO_FEED } from '../helpers/render-app';
import {
  ROASTERY,
  articlePath,
  previousVisit,
  renderReader,
  resetReading,
  serveDemo,
} from './helpers';

beforeEach(() => {
  resetReading();
  serveDemo();
  // Between c1 (11:02) and c2 (13:45): c2, c3 and c4 are new.
  previousVisit('2019-06-30T12:00:00Z');
});
afterEach(() => {
  vi.unstubAllGlobals();
  resetReading();
});

/** Another tab of this browser saves a comment: localStorage changes and a storage event fires. */
function postFromOtherTab(comment: Comment) {
  const oldValue = localStorage.getItem(COMMENTS_KEY);
  const before = oldValue
    ? (JSON.parse(oldValue) as { state: { comments: Record<string, Comment> } }).state.comments
    : {};
  const newValue = JSON.stringify({
    state: { comments: { ...before, [comment.id]: comment } },
    version: 1,
  });
  localStorage.setItem(COMMENTS_KEY, newValue);
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: COMMENTS_KEY,
        oldValue,
        newValue,
        storageArea: localStorage,
      }),
    );
  });
}

describe('new comments', () => {
  it('marks comments since the previous visit, and "Next new comment" visits each in turn', async () => {
    const { user } = renderReader(articlePath(ROASTERY.id));
    expect(await screen.findByText('3 new comments')).toBeInTheDocument();
    const olu = screen.getByRole('article', { name: /^Olu/ });
    const [c2, c4] = screen.getAllByRole('article', { name: /^Maren/ });
    const c3 = screen.getByRole('article', { name: /^Harbour Roasters/ });
    expect(olu).not.toHaveAccessibleName(/new$/);
    for (const comment of [c2, c3, c4]) expect(comment).toHaveAccessibleName(/· new$/);

    const next = screen.getByRole('button', { name: 'Next new comment' });
    await user.click(next);
    expect(c2).toHaveFocus();
    await user.click(next);
    expect(c3).toHaveFocus();
    await user.click(next);
    expect(c4).toHaveFocus();
    await user.click(next);
    expect(c2).toHaveFocus();

    // The list says so too, now that the comments are in the cache.
    await user.click(screen.getByRole('link', { name: 'Front page' }));
    const roastery = await screen.findByRole('article', { name: ROASTERY.title });
    expect(within(roastery).getByText('3 new comments')).toBeInTheDocument();
    expect(roastery).toHaveTextContent('4 comments · 3 new comments');
  });

  it("counts other tabs' comments as new, never the reader's own", async () => {
    const { user } = renderReader(articlePath(ROASTERY.id));
    await screen.findByText('3 new comments');

    await post(user, 'Written here', 'Ana');
    const ana = await screen.findByRole('article', { name: /^Ana/ });
    expect(ana).not.toHaveAccessibleName(/new$/);
    expect(screen.getByText('3 new comments')).toBeInTheDocument();

    const now = new Date().toISOString();
    postFromOtherTab({
      id: 'from-other-tab',
      threadKey: threadKey(DEMO_FEED, ROASTERY.id),
      parentId: null,
      author: 'Bo',
      text: 'Written in another tab',
      createdAt: now,
      updatedAt: now,
    });
    expect(await screen.findByText('4 new comments')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /^Bo/ })).toHaveAccessibleName(/· new$/);

    await user.click(screen.getByRole('link', { name: 'Front page' }));
    const roastery = await screen.findByRole('article', { name: ROASTERY.title });
    expect(roastery).toHaveTextContent('6 comments · 4 new comments');
  });

  it('shows no new comments on a first visit', async () => {
    resetReading();
    renderReader(articlePath(ROASTERY.id));
    await screen.findByRole('article', { name: /^Olu/ });
    expect(screen.queryByText(/new comment/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next new comment' })).not.toBeInTheDocument();
  });
});
