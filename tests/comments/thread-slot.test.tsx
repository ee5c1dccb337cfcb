import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderCommentThread } from '../../src/app/comment-thread-loader';
import { postComment } from '../../src/features/comments/store/comment-actions';
import { threadKey } from '../../src/features/comments/store/thread-key';
import type { FeedSource } from '../../src/features/feed/hooks/use-feed-source';
import { anArticle } from '../helpers/article';
import { renderWithProviders } from './render';
import { FEED, resetComments } from './reset';

beforeEach(resetComments);
afterEach(resetComments);

const source: FeedSource = { feedParam: null, feedUrl: FEED, link: (path) => path };
const article = (id: string) => anArticle(id);

describe('the thread under an article', () => {
  it('says it is loading until its code is here; later articles show theirs at once', async () => {
    postComment({ threadKey: threadKey(FEED, 'a1'), parentId: null, author: '', text: 'Hi' });
    const first = renderWithProviders(<>{renderCommentThread(article('a1'), source)}</>);
    expect(screen.getByRole('status')).toHaveTextContent('Loading comments…');
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('1 comment');
    expect(screen.queryByText('Loading comments…')).not.toBeInTheDocument();
    first.unmount();

    renderWithProviders(<>{renderCommentThread(article('a2'), source)}</>);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('No comments');
    expect(screen.queryByText('Loading comments…')).not.toBeInTheDocument();
  });
});
