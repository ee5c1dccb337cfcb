import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commentsQuery } from '../../src/features/comments/api/comments-query';
import { CommentCount } from '../../src/features/comments/components/comment-count';
import { postComment } from '../../src/features/comments/store/comment-actions';
import { threadKey } from '../../src/features/comments/store/thread-key';
import { heading, ownButtons, reply, renderThread } from './helpers';
import { createTestQueryClient, renderWithProviders } from './render';
import { FEED, resetComments } from './reset';

const COMMENTS_URL = 'https://example.com/comments/a1.json';

const DOCUMENT = {
  version: 1,
  comments: [
    {
      id: 'c1',
      parent_id: null,
      author: { name: 'Mira' },
      content_text: 'Rode it this evening.',
      date_published: '2019-07-02T17:05:00Z',
    },
    {
      id: 'c2',
      parent_id: 'c1',
      author: { name: 'Jonas Berg' },
      content_text: 'Was it busy?',
      date_published: '2019-07-02T17:40:00Z',
    },
    { id: 'bad', content_text: 42 },
  ],
};

function stubFetch(...responses: (() => Response)[]) {
  const fetch = vi.fn(async () => (responses.shift() ?? (() => Response.json(DOCUMENT)))());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(resetComments);
afterEach(() => {
  vi.unstubAllGlobals();
  resetComments();
  onlineManager.setOnline(true);
});

describe("the reader's own comment among a long thread of the feed's", () => {
  it('is shown wherever it sorts, as when it was posted in an earlier visit', async () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      id: `f${i}`,
      parent_id: null,
      author: { name: `Reader ${i}` },
      content_text: `Comment ${i}.`,
      date_published: `2019-07-02T10:${String(i).padStart(2, '0')}:00Z`,
    }));
    stubFetch(() => Response.json({ version: 1, comments: many }));
    // Posted before this page opened (not in this tab), so after the feed's 25, oldest first.
    postComment({ threadKey: threadKey(FEED, 'a1'), parentId: null, author: 'Ana', text: 'Mine.' });
    renderThread({ commentsUrl: COMMENTS_URL });
    expect(await screen.findByRole('article', { name: /Reader 0/ })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /Ana/ })).toHaveTextContent('Mine.');
    expect(screen.queryByRole('article', { name: /Reader 24/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show 5 more comments' })).toBeInTheDocument();
  });
});

describe('existing comments from JSON', () => {
  it('shows them merged with local ones, repliable but not editable', async () => {
    const fetch = stubFetch();
    postComment({ threadKey: threadKey(FEED, 'a1'), parentId: null, author: 'Ana', text: 'Local' });
    const { user } = renderThread({ commentsUrl: COMMENTS_URL });
    const mira = await screen.findByRole('article', { name: /Mira/ });
    expect(fetch).toHaveBeenCalledWith(COMMENTS_URL, expect.anything());
    expect(within(mira).getByRole('article', { name: /Jonas Berg/ })).toHaveTextContent(
      'Was it busy?',
    );
    expect(heading()).toHaveTextContent('3 comments');
    expect(ownButtons(mira)).toEqual(['Reply', 'Collapse thread']);
    expect(ownButtons(screen.getByRole('article', { name: /Ana/ }))).toEqual([
      'Reply',
      'Edit',
      'Delete',
    ]);

    const jonas = screen.getByRole('article', { name: /Jonas Berg/ });
    await reply(user, jonas, 'Not at all', 'Li');
    expect(within(jonas).getByRole('article', { name: /Li/ })).toHaveTextContent('Not at all');
    expect(heading()).toHaveTextContent('4 comments');
  });

  it('says when they could not be loaded, shows local comments, and can try again', async () => {
    stubFetch(() => new Response('oops', { status: 500 }));
    postComment({ threadKey: threadKey(FEED, 'a1'), parentId: 'c1', author: 'Ana', text: 'Reply' });
    const { user } = renderThread({ commentsUrl: COMMENTS_URL });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Earlier comments could not be loaded.');
    // The local reply to an existing comment waits under a placeholder for its parent.
    const placeholder = screen.getByRole('article', { name: '[comment unavailable]' });
    expect(within(placeholder).getByRole('article', { name: /Ana/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const mira = await screen.findByRole('article', { name: /Mira/ });
    expect(within(mira).getByRole('article', { name: /Ana/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('3 comments');
  });
});

describe('the comment feed of a post the feed counts no comments on', () => {
  it('says nothing of it when it cannot be read', async () => {
    const fetch = stubFetch(() => new Response('oops', { status: 500 }));
    renderThread({ commentsUrl: COMMENTS_URL, publishedCount: 0 });
    expect(heading()).toHaveTextContent('No comments');
    await waitFor(() => expect(fetch).toHaveBeenCalledWith(COMMENTS_URL, expect.anything()));
    expect(screen.queryByText('Loading comments…')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Post comment' })).toBeInTheDocument();
  });

  it('shows what it holds: comments written since the feed counted', async () => {
    stubFetch();
    renderThread({ commentsUrl: COMMENTS_URL, publishedCount: 0 });
    expect(await screen.findByRole('article', { name: /Mira/ })).toBeInTheDocument();
    expect(heading()).toHaveTextContent('2 comments');
  });
});

describe('the comments request', () => {
  it('is never made for an article without a comments URL, even when prefetched', async () => {
    const fetch = stubFetch();
    const client = createTestQueryClient();
    await client.prefetchQuery(commentsQuery(undefined));
    renderThread({});
    expect(heading()).toHaveTextContent('No comments');
    expect(screen.queryByText('Loading comments…')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says the reader is offline, not loading, while it waits for a network', async () => {
    stubFetch();
    act(() => onlineManager.setOnline(false));
    renderThread({ commentsUrl: COMMENTS_URL });
    expect(
      await screen.findByText(
        'You are offline: earlier comments will show once you are back online.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByText('Loading comments…')).not.toBeInTheDocument();
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByRole('article', { name: /Mira/ })).toBeInTheDocument();
    expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument();
  });

  it('counts the comments the feed counts while offline, not "No comments"', async () => {
    stubFetch();
    act(() => onlineManager.setOnline(false));
    renderThread({ commentsUrl: COMMENTS_URL, publishedCount: 33 });
    await screen.findByText(
      'You are offline: earlier comments will show once you are back online.',
    );
    expect(heading()).toHaveTextContent('33 comments');
    act(() => onlineManager.setOnline(true));
  });

  it('names the thread "Comments", not "No comments", while a feed that gave no count loads', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => undefined)),
    );
    renderThread({ commentsUrl: COMMENTS_URL });
    await screen.findByText('Loading comments…');
    expect(heading()).toHaveTextContent(/^Comments$/);
  });
});

describe('CommentCount', () => {
  function renderCount(client = createTestQueryClient(), articleId = 'a1') {
    return renderWithProviders(
      <CommentCount feedUrl={FEED} articleId={articleId} commentsUrl={COMMENTS_URL} />,
      { client, route: '/' },
    );
  }

  it('counts local comments without fetching existing ones', () => {
    const fetch = stubFetch();
    const thread = threadKey(FEED, 'a1');
    postComment({ threadKey: thread, parentId: null, author: '', text: 'a' });
    postComment({
      threadKey: threadKey('https://other.example/feed.json', 'a1'),
      parentId: null,
      author: '',
      text: 'b',
    });
    renderCount();
    expect(screen.getByText('1 comment')).toHaveClass('comment-count');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('adds existing comments already in the cache, and follows changes', async () => {
    stubFetch();
    const client = createTestQueryClient();
    await client.prefetchQuery(commentsQuery(COMMENTS_URL));
    renderCount(client);
    expect(screen.getByText('2 comments')).toBeInTheDocument();
    postComment({ threadKey: threadKey(FEED, 'a1'), parentId: 'c2', author: '', text: 'new' });
    await waitFor(() => expect(screen.getByText('3 comments')).toBeInTheDocument());
  });

  it('says "No comments" when there are none', () => {
    stubFetch();
    renderCount(createTestQueryClient(), 'quiet');
    expect(screen.getByText('No comments')).toBeInTheDocument();
  });
});
