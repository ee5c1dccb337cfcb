import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommentThread } from '../../src/features/comments/components/comment-thread';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { threadKey } from '../../src/features/comments/store/thread-key';
import { generateThread, toRecord } from './generate-thread';
import { renderWithProviders } from './render';
import { FEED, resetComments } from './reset';
import { must } from './must';

beforeEach(resetComments);
afterEach(resetComments);

describe('a 2,000-comment thread', () => {
  it(
    'opens a page at a time, and a new reply re-renders only the branch it joins',
    { timeout: 60_000 },
    async () => {
      const comments = generateThread({ threadKey: threadKey(FEED, 'a1'), count: 2000, seed: 42 });
      useCommentStore.setState({ comments: toRecord(comments) });
      const rendered: string[] = [];
      const { user, container } = renderWithProviders(
        <CommentThread feedUrl={FEED} articleId="a1" onCommentRender={(id) => rendered.push(id)} />,
      );
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('2,000 comments');
      const shownAtFirst = container.querySelectorAll('article').length;
      expect(shownAtFirst).toBeGreaterThan(30);
      expect(shownAtFirst).toBeLessThan(1000);
      expect(screen.getByRole('button', { name: /^Show \d+ more comments$/ })).toBeInTheDocument();

      // A top-level comment that already has replies: the new one joins an existing branch.
      const parent = must(
        comments.find(
          (comment) => comment.parentId === null && comments.some((c) => c.parentId === comment.id),
        ),
      );
      const article = must(document.getElementById(`comment-${parent.id}`));
      const actions = must(article.querySelector<HTMLElement>(':scope > .comment-actions'));
      await user.click(within(actions).getByRole('button', { name: 'Reply' }));
      const form = must(article.querySelector<HTMLElement>(':scope > form'));
      await user.type(within(form).getByLabelText('Comment'), 'A new reply');

      rendered.length = 0;
      await user.click(within(form).getByRole('button', { name: 'Post reply' }));

      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('2,001 comments');
      const replies = must(article.querySelector(':scope > .comment-replies'));
      const newest = [...replies.children]
        .filter((child) => child.tagName === 'ARTICLE')
        .at(-1) as HTMLElement;
      expect(newest).toHaveTextContent('A new reply');
      expect(rendered.length).toBeLessThan(10);
      expect(new Set(rendered)).toEqual(new Set([parent.id, newest.id.replace('comment-', '')]));
    },
  );
});
