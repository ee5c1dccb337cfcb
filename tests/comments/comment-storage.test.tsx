import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { COMMENTS_KEY } from '../../src/features/comments/store/comment-counts';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { threadKey } from '../../src/features/comments/store/thread-key';
import type { Comment } from '../../src/features/comments/types';
import { heading, mainForm, post, renderThread } from './helpers';
import { FEED, reloadStores, resetComments } from './reset';
import { must } from './must';
import '../helpers/blob-text';
import { serveDemo } from '../helpers/demo-feed';
import { renderApp } from '../helpers/render-app';

beforeEach(resetComments);
afterEach(resetComments);

const FULL = 'Your comment could not be saved in this browser: storage is full or unavailable.';

function otherTab(id: string, author: string): Comment {
  const at = new Date().toISOString();
  return {
    id,
    threadKey: threadKey(FEED, 'a1'),
    parentId: null,
    author,
    text: `Written by ${author}`,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Another tab changes the comment `author` wrote here: a newer copy of it, in storage and in
 * the event that tells this tab. Returns the comment as it was.
 */
function anotherTabChanges(author: string, change: (comment: Comment) => Comment): Comment {
  const { comments } = useCommentStore.getState();
  const before = must(Object.values(comments).find((comment) => comment.author === author));
  const after = { ...change(before), updatedAt: '2999-01-01T00:00:00.000Z' };
  const newValue = JSON.stringify({
    state: { comments: { ...comments, [before.id]: after } },
    version: 1,
  });
  localStorage.setItem(COMMENTS_KEY, newValue);
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', { key: COMMENTS_KEY, newValue, storageArea: localStorage }),
    );
  });
  return before;
}

describe('comments in browser storage', () => {
  it('tells the reader when storage is full and keeps their text', async () => {
    const { user } = renderThread();
    await post(user, 'Saved first', 'Ana');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await post(user, 'Not saved');
    expect(within(mainForm()).getByRole('alert')).toHaveTextContent(FULL);
    expect(within(mainForm()).getByRole('alert')).toHaveTextContent(
      'Your text is still here: copy it to keep it.',
    );
    expect(within(mainForm()).getByLabelText('Comment')).toHaveValue('Not saved');
    expect(screen.queryByText('Not saved', { selector: '.comment-text' })).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: /Ana/ })).toBeInTheDocument();
    expect(heading()).toHaveTextContent('1 comment');
    // Pressed again while storage is still full: said again, in an alert written anew.
    const first = within(mainForm()).getByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(within(mainForm()).getByRole('alert')).toHaveTextContent(FULL);
    expect(within(mainForm()).getByRole('alert')).not.toBe(first);

    vi.restoreAllMocks();
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(within(mainForm()).queryByRole('alert')).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('2 comments');
  });

  it('tells the reader when storage is switched off entirely', async () => {
    const { user } = renderThread();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });
    await post(user, 'Private mode');
    expect(screen.getByRole('alert')).toHaveTextContent(FULL);
    expect(within(mainForm()).getByLabelText('Comment')).toHaveValue('Private mode');
  });

  it('sets corrupt saved comments aside at start-up and still opens', async () => {
    localStorage.setItem(COMMENTS_KEY, 'not JSON at all');
    await reloadStores();
    const { user } = renderThread();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Saved comments could not be read; they were set aside.',
    );
    const aside = Object.keys(localStorage).find((key) =>
      key.startsWith('broadsheet:comments:unreadable:'),
    );
    expect(aside && localStorage.getItem(aside)).toBe('not JSON at all');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await post(user, 'Works again');
    expect(heading()).toHaveTextContent('1 comment');
  });

  it('sets aside saved comments where two share an id: one would be lost at the next write', async () => {
    const first = { ...otherTab('c1', 'Mira'), text: 'First words' };
    const second = { ...first, text: 'Second words', updatedAt: '2024-06-01T10:00:00.000Z' };
    const raw = JSON.stringify({ state: { comments: { c1: first, k2: second } }, version: 1 });
    localStorage.setItem(COMMENTS_KEY, raw);
    await reloadStores();
    renderThread();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Some of the saved comments could not be read; they were set aside.',
    );
    const aside = Object.keys(localStorage).find((key) =>
      key.startsWith('broadsheet:comments:unreadable:'),
    );
    expect(aside && localStorage.getItem(aside)).toBe(raw);
  });

  it('tells a reader on the front page that saved comments were set aside', async () => {
    serveDemo();
    localStorage.setItem(COMMENTS_KEY, '{"state":{"comments":');
    await reloadStores();
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Saved comments could not be read; they were set aside.',
    );
  });

  it('merges a comment saved in another tab; both are shown', async () => {
    const { user } = renderThread();
    await post(user, 'Mine', 'Ana');
    const ours = useCommentStore.getState().comments;
    const theirs = otherTab('other-tab-1', 'Bo');
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: COMMENTS_KEY,
          newValue: JSON.stringify({ state: { comments: { [theirs.id]: theirs } }, version: 1 }),
          storageArea: localStorage,
        }),
      );
    });
    expect(screen.getByRole('article', { name: /Ana/ })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /Bo/ })).toHaveTextContent('Written by Bo');
    expect(heading()).toHaveTextContent('2 comments');
    const saved = JSON.parse(must(localStorage.getItem(COMMENTS_KEY))).state.comments;
    expect(Object.keys(saved).sort()).toEqual([...Object.keys(ours), theirs.id].sort());
  });

  it('keeps an edit made in another tab when this tab saves its edit form unchanged', async () => {
    const { user } = renderThread();
    await post(user, 'Original text', 'Ana');
    const mine = screen.getByRole('article', { name: /Ana/ });
    await user.click(within(mine).getByRole('button', { name: 'Edit' }));
    // Another tab saves its edit.
    const ana = anotherTabChanges('Ana', (comment) => ({
      ...comment,
      text: 'Corrected elsewhere',
    }));
    await user.click(within(mine).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('article', { name: /Ana/ })).toHaveTextContent('Corrected elsewhere');
    expect(useCommentStore.getState().comments[ana.id]?.text).toBe('Corrected elsewhere');
  });

  it('moves the text being edited to the comment box when another tab deletes the comment', async () => {
    const { user } = renderThread();
    await post(user, 'First thoughts', 'Ana');
    await post(user, 'Kept', 'Bo');
    const mine = screen.getByRole('article', { name: /Ana/ });
    await user.click(within(mine).getByRole('button', { name: 'Edit' }));
    await user.type(within(mine).getByLabelText('Edit comment'), ', second thoughts');
    await user.type(within(mainForm()).getByLabelText('Comment'), 'Half a new comment');
    // Another tab deletes it: a tombstone.
    anotherTabChanges('Ana', (comment) => ({ ...comment, author: '', text: '', deleted: true }));
    expect(screen.queryByRole('article', { name: /Ana/ })).not.toBeInTheDocument();
    expect(within(mainForm()).getByLabelText('Comment')).toHaveValue(
      'Half a new comment\n\nFirst thoughts, second thoughts',
    );
    expect(
      screen.getByText(
        'The comment being edited was deleted in another tab. Its new text is in the comment box.',
      ),
    ).toBeInTheDocument();
    expect(heading()).toHaveTextContent('1 comment');
  });

  it('moves a reply being written to the comment box when its comment is deleted', async () => {
    const { user } = renderThread();
    await post(user, 'First thoughts', 'Ana');
    await post(user, 'Kept', 'Bo');
    const theirs = screen.getByRole('article', { name: /Ana/ });
    await user.click(within(theirs).getByRole('button', { name: 'Reply' }));
    await user.type(within(theirs).getByLabelText('Comment'), 'I disagree');
    // Another tab deletes the comment replied to: a tombstone.
    anotherTabChanges('Ana', (comment) => ({ ...comment, author: '', text: '', deleted: true }));
    expect(screen.queryByRole('article', { name: /Ana/ })).not.toBeInTheDocument();
    expect(within(mainForm()).getByLabelText('Comment')).toHaveValue('I disagree');
    await waitFor(() => expect(within(mainForm()).getByLabelText('Comment')).toHaveFocus());
    expect(
      screen.getByText(
        'The comment you were replying to was deleted. Your reply is in the comment box.',
      ),
    ).toBeInTheDocument();
  });

  it('Delete pressed while editing deletes the comment, edit and all', async () => {
    const { user } = renderThread();
    await post(user, 'First thoughts', 'Ana');
    const mine = screen.getByRole('article', { name: /Ana/ });
    await user.click(within(mine).getByRole('button', { name: 'Edit' }));
    await user.type(within(mine).getByLabelText('Edit comment'), ', second thoughts');
    await user.click(within(mine).getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('article', { name: /Ana/ })).not.toBeInTheDocument();
    expect(within(mainForm()).getByLabelText('Comment')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: /Ana/ })).toHaveTextContent('First thoughts');
  });

  it('exports every comment to a JSON file', async () => {
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:comments';
    });
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = create;
    URL.revokeObjectURL = vi.fn();
    onTestFinished(() => {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderThread();
    await post(user, 'To keep', 'Ana');
    await user.click(screen.getByRole('button', { name: 'Export comments' }));
    expect(click).toHaveBeenCalledOnce();
    const file = JSON.parse(await must(blobs[0]).text());
    expect(file).toMatchObject({ format: 'broadsheet-comments', version: 1 });
    expect(file.comments).toEqual(Object.values(useCommentStore.getState().comments));
    expect(screen.getByText('1 comment exported.')).toBeInTheDocument();
  });

  it('imports comments from a file, merging by id', async () => {
    const { user } = renderThread();
    await post(user, 'Already here', 'Ana');
    const existing = Object.values(useCommentStore.getState().comments);
    const file = new File(
      [
        JSON.stringify({
          format: 'broadsheet-comments',
          version: 1,
          comments: [...existing, otherTab('i1', 'Bo'), otherTab('i2', 'Cy'), { broken: true }],
        }),
      ],
      'comments.json',
      { type: 'application/json' },
    );
    await user.upload(screen.getByLabelText('Import comments'), file);
    await waitFor(() =>
      expect(screen.getByText('2 comments added. 1 entry could not be read.')).toBeInTheDocument(),
    );
    expect(heading()).toHaveTextContent('3 comments');

    const first = screen.getByText(/^2 comments added/);
    await user.upload(screen.getByLabelText('Import comments'), file);
    await waitFor(() => expect(screen.getByText(/^0 comments added/)).toBeInTheDocument());
    expect(heading()).toHaveTextContent('3 comments');
    // The same words again are written anew, so that a screen reader reads them again.
    const again = screen.getByText(/^0 comments added/);
    await user.upload(screen.getByLabelText('Import comments'), file);
    await waitFor(() => expect(screen.getByText(/^0 comments added/)).not.toBe(again));
    expect(first).not.toBeInTheDocument();
  });

  it('says which comments went to other articles, and counts newer copies as updated', async () => {
    const { user } = renderThread();
    await post(user, 'Already here', 'Ana');
    const [mine] = Object.values(useCommentStore.getState().comments);
    if (!mine) throw new Error('Expected the comment posted');
    const later = new Date(Date.parse(mine.updatedAt) + 1000).toISOString();
    const elsewhere = { ...otherTab('i1', 'Bo'), threadKey: threadKey(FEED, 'another') };
    const file = new File(
      [
        JSON.stringify({
          format: 'broadsheet-comments',
          version: 1,
          comments: [{ ...mine, text: 'Edited since', updatedAt: later }, elsewhere],
        }),
      ],
      'comments.json',
      { type: 'application/json' },
    );
    await user.upload(screen.getByLabelText('Import comments'), file);
    expect(
      await screen.findByText('1 comment added, to another article. 1 comment updated.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /Ana/ })).toHaveTextContent('Edited since');
  });

  it('refuses a file that is not an export', async () => {
    const { user } = renderThread();
    const file = new File(['{"hello": 1}'], 'other.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import comments'), file);
    await waitFor(() =>
      expect(
        screen.getByText('That file is not a Broadsheet comments export.'),
      ).toBeInTheDocument(),
    );
  });
});
