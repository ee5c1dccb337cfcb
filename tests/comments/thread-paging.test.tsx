import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommentThread } from '../../src/features/comments/components/comment-thread';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { threadKey } from '../../src/features/comments/store/thread-key';
import { generateThread, toRecord } from './generate-thread';
import { must } from './must';
import { renderWithProviders } from './render';
import { FEED, resetComments } from './reset';

beforeEach(resetComments);
afterEach(resetComments);

const topLevel = (container: HTMLElement) =>
  container.querySelectorAll('.comment-list > article').length;

describe('long threads open a page at a time', () => {
  it('shows 20 top-level comments, then 20 more on request', async () => {
    const comments = generateThread({ threadKey: threadKey(FEED, 'a1'), count: 75, topLevel: 1 });
    useCommentStore.setState({ comments: toRecord(comments) });
    const { user, container } = renderWithProviders(
      <CommentThread feedUrl={FEED} articleId="a1" />,
    );
    expect(screen.getByRole('heading', { level: 2, name: '75 comments' })).toBeInTheDocument();
    expect(topLevel(container)).toBe(20);
    await user.click(screen.getByRole('button', { name: 'Show 20 more comments' }));
    expect(topLevel(container)).toBe(40);
    await user.click(screen.getByRole('button', { name: 'Show 20 more comments' }));
    await user.click(screen.getByRole('button', { name: 'Show 15 more comments' }));
    expect(topLevel(container)).toBe(75);
    expect(screen.queryByRole('button', { name: /more comments/ })).not.toBeInTheDocument();
  });

  it('shows four replies under a comment, then the rest on request', async () => {
    const key = threadKey(FEED, 'a1');
    const [root, ...rest] = generateThread({ threadKey: key, count: 9, topLevel: 1 });
    const parent = must(root);
    const replies = rest.map((reply) => ({ ...reply, parentId: parent.id }));
    useCommentStore.setState({ comments: toRecord([parent, ...replies]) });
    const { user } = renderWithProviders(<CommentThread feedUrl={FEED} articleId="a1" />);
    const article = must(document.getElementById(`comment-${parent.id}`));
    const shownReplies = () =>
      article.querySelectorAll(':scope > .comment-replies > article').length;
    expect(shownReplies()).toBe(4);
    await user.click(within(article).getByRole('button', { name: 'Show 4 more replies' }));
    expect(shownReplies()).toBe(8);
  });

  it('a comment the reader posts is shown even where the list is cut', async () => {
    const comments = generateThread({ threadKey: threadKey(FEED, 'a1'), count: 40, topLevel: 1 });
    useCommentStore.setState({ comments: toRecord(comments) });
    const { user } = renderWithProviders(<CommentThread feedUrl={FEED} articleId="a1" />);
    const form = must(screen.getByRole('button', { name: 'Post comment' }).closest('form'));
    await user.type(within(form).getByLabelText('Comment'), 'Mine, at the end of a long thread');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(screen.getByText('Mine, at the end of a long thread')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show 20 more comments' })).toBeInTheDocument();
  });
});
