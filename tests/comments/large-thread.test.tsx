import { screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommentThread } from '../../src/features/comments/components/comment-thread';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import type { CommentActionsTarget } from '../../src/features/comments/hooks/thread-context';
import { threadKey } from '../../src/features/comments/store/thread-key';
import { generateThread, toRecord } from './generate-thread';
import { renderWithProviders } from './render';
import { FEED, resetComments } from './reset';
import { must } from './must';

/** Ids of the comments that rendered, once per commit in which they did. */
const rendered: string[] = [];

beforeEach(() => {
  resetComments();
  rendered.length = 0;
});
afterEach(resetComments);

function Marker() {
  return null;
}

/**
 * Every comment renders the actions the app gives it, each time it renders (as "Copy link" is
 * in the app). Here that is a Profiler named after the comment: React reports a commit to it
 * exactly when the comment around it rendered in that commit, and stays silent while the
 * comment is left alone. So the reports count each comment's renders, from outside the code.
 * Stable, as the app's is: a new function each time would re-render every comment.
 */
function renderCommentActions({ id }: CommentActionsTarget) {
  return (
    <Profiler id={id} onRender={(profiled) => rendered.push(profiled)}>
      <Marker />
    </Profiler>
  );
}

describe('a 2,000-comment thread', () => {
  it(
    'opens a page at a time, and a new reply re-renders only the branch it joins',
    { timeout: 60_000 },
    async () => {
      const comments = generateThread({ threadKey: threadKey(FEED, 'a1'), count: 2000, seed: 42 });
      useCommentStore.setState({ comments: toRecord(comments) });
      const { user, container } = renderWithProviders(
        <CommentThread feedUrl={FEED} articleId="a1" renderCommentActions={renderCommentActions} />,
      );
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('2,000 comments');
      const shownAtFirst = container.querySelectorAll('article').length;
      // Each comment shown (placeholders have no actions) rendered once, and was counted.
      const withActions = container.querySelectorAll('article:not(.comment-placeholder)').length;
      expect(rendered).toHaveLength(withActions);
      expect(new Set(rendered).size).toBe(withActions);
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
