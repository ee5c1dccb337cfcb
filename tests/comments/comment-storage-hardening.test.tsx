import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMENTS_KEY } from '../../src/features/comments/store/comment-counts';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { DRAFTS_KEY, useDraftStore } from '../../src/features/comments/store/draft-store';
import { threadKey } from '../../src/features/comments/store/thread-key';
import { captureDownloads, limitLocalStorage } from './comment-storage-quota';
import { heading, mainForm, post, renderThread } from './helpers';
import { must } from './must';
import { FEED, reloadStores, resetComments } from './reset';
import '../helpers/blob-text';

beforeEach(resetComments);
afterEach(resetComments);

const MB = 1_000_000;
const FULL = 'Your comment could not be saved in this browser: storage is full or unavailable.';

function storedComment(id: string, text: string) {
  return {
    id,
    threadKey: threadKey(FEED, 'a1'),
    parentId: null,
    author: 'Mira',
    text,
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
  };
}

describe('unreadable stored comments too large to set aside', () => {
  it.each([
    ['about 3 MB of invalid JSON', `{"state": ${'x'.repeat(3 * MB)}`],
    [
      'an envelope of a newer version',
      JSON.stringify({ state: { comments: {}, padding: 'x'.repeat(3 * MB) }, version: 99 }),
    ],
  ])('%s: the reader is told, can comment, download and then free the space', async (_, raw) => {
    localStorage.setItem(COMMENTS_KEY, raw);
    limitLocalStorage(4 * MB);
    await reloadStores();
    const { user } = renderThread();

    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(
      'Saved comments could not be read, and there is no room to set them aside.',
    );

    // Commenting works; the comment is kept in this tab, and the unreadable value is untouched.
    await post(user, 'Still here', 'Ana');
    expect(within(mainForm()).queryByText(FULL)).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('1 comment');
    expect(notice).toHaveTextContent('not saved yet');
    expect(localStorage.getItem(COMMENTS_KEY)).toBe(raw);

    const { blobs } = captureDownloads();
    await user.click(
      within(notice).getByRole('button', { name: 'Download the unreadable comments' }),
    );
    expect(await must(blobs[0]).text()).toBe(raw);
    await user.click(within(notice).getByRole('button', { name: 'Discard it and free the space' }));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const saved = JSON.parse(must(localStorage.getItem(COMMENTS_KEY))) as {
      state: { comments: Record<string, { text: string }> };
    };
    expect(Object.values(saved.state.comments).map((comment) => comment.text)).toEqual([
      'Still here',
    ]);
  });

  it('asks before discarding what was not downloaded', async () => {
    const raw = `not json ${'x'.repeat(3 * MB)}`;
    localStorage.setItem(COMMENTS_KEY, raw);
    limitLocalStorage(4 * MB);
    await reloadStores();
    const { user } = renderThread();
    const notice = screen.getByRole('alert');
    await user.click(within(notice).getByRole('button', { name: 'Discard it and free the space' }));
    expect(localStorage.getItem(COMMENTS_KEY)).toBe(raw);
    expect(notice).toHaveTextContent('They have not been downloaded');
    await user.click(within(notice).getByRole('button', { name: 'Discard it for good' }));
    expect(localStorage.getItem(COMMENTS_KEY)).not.toBe(raw);
    await post(user, 'Saved now', 'Ana');
    expect(localStorage.getItem(COMMENTS_KEY)).toContain('Saved now');
  });
});

describe('a comment whose id is __proto__', () => {
  it('is kept when loaded from storage', async () => {
    localStorage.setItem(
      COMMENTS_KEY,
      `{"state":{"comments":{"__proto__":${JSON.stringify(storedComment('__proto__', 'Crafted'))},"c2":${JSON.stringify(storedComment('c2', 'Plain'))}}},"version":1}`,
    );
    await reloadStores();
    expect(Object.keys(useCommentStore.getState().comments).sort()).toEqual(['__proto__', 'c2']);
    renderThread();
    expect(heading()).toHaveTextContent('2 comments');
    expect(screen.getByText('Crafted')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is imported from an export file like any other', async () => {
    const { user } = renderThread();
    const file = new File(
      [
        JSON.stringify({
          format: 'broadsheet-comments',
          version: 1,
          comments: [storedComment('__proto__', 'Crafted'), storedComment('constructor', 'Too')],
        }),
      ],
      'comments.json',
      { type: 'application/json' },
    );
    await user.upload(screen.getByLabelText('Import comments'), file);
    await waitFor(() => expect(screen.getByText('2 comments added.')).toBeInTheDocument());
    expect(heading()).toHaveTextContent('2 comments');
    const saved = JSON.parse(must(localStorage.getItem(COMMENTS_KEY))) as {
      state: { comments: object };
    };
    expect(Object.keys(saved.state.comments).sort()).toEqual(['__proto__', 'constructor']);
  });
});

describe('a comment refused because storage is full', () => {
  it('survives a reload through the session, and leaving the page asks first', async () => {
    limitLocalStorage(200);
    const { user } = renderThread();
    await post(user, 'Words I do not want to lose', 'Ana');
    expect(within(mainForm()).getByRole('alert')).toHaveTextContent(FULL);
    expect(localStorage.getItem(DRAFTS_KEY)).not.toContain('Words I do not want to lose');

    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);

    // A reload: the page and its stores start again from storage.
    cleanup();
    useDraftStore.setState({ drafts: {}, times: {}, name: '' });
    await reloadStores();
    renderThread();
    expect(within(mainForm()).getByLabelText('Comment')).toHaveValue('Words I do not want to lose');
    expect(within(mainForm()).getByLabelText('Name')).toHaveValue('Ana');
  });

  it('does not ask before leaving once nothing is at risk', async () => {
    const { user } = renderThread();
    await post(user, 'Saved', 'Ana');
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(false);
  });
});
