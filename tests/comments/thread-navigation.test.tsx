import { screen, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommentThread } from '../../src/features/comments/components/comment-thread';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { threadKey } from '../../src/features/comments/store/thread-key';
import type { Comment } from '../../src/features/comments/types';
import { renderWithProviders } from './render';
import { FEED, resetComments } from './reset';

function LocationProbe() {
  const { search, hash } = useLocation();
  return <output aria-label="location">{search + hash}</output>;
}

/** A single chain s0 → s1 → … → s7. */
function seedChain(length = 8) {
  const comments: Record<string, Comment> = {};
  for (let i = 0; i < length; i++) {
    const at = new Date(Date.UTC(2024, 0, 1, 12, i)).toISOString();
    comments[`s${i}`] = {
      id: `s${i}`,
      threadKey: threadKey(FEED, 'a1'),
      parentId: i ? `s${i - 1}` : null,
      author: `Person ${i}`,
      text: `Text ${i}`,
      createdAt: at,
      updatedAt: at,
    };
  }
  useCommentStore.setState({ comments });
}

function renderAt(route: string) {
  return renderWithProviders(
    <>
      <CommentThread feedUrl={FEED} articleId="a1" />
      <LocationProbe />
    </>,
    { route },
  );
}

beforeEach(resetComments);
afterEach(resetComments);

describe('thread navigation', () => {
  it('caps the indent and continues a deep sub-thread on its own view, keeping ?feed', async () => {
    seedChain();
    const { user } = renderAt('/articles/a1?feed=other');
    expect(screen.queryByRole('article', { name: /Person 6/ })).not.toBeInTheDocument();
    const deepest = screen.getByRole('article', { name: /Person 5/ });
    await user.click(within(deepest).getByRole('link', { name: 'Continue this thread' }));

    expect(screen.getByLabelText('location')).toHaveTextContent('?feed=other&thread=s5#comment-s5');
    const root = screen.getByRole('article', { name: /Person 5/ });
    expect(within(root).getByRole('article', { name: /Person 7/ })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /Person 0/ })).not.toBeInTheDocument();
    expect(root).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Back to all comments' }));
    expect(screen.getByLabelText('location')).toHaveTextContent(/^\?feed=other#comment-s5$/);
    expect(screen.getByRole('article', { name: /Person 0/ })).toBeInTheDocument();
  });

  it('scrolls to, highlights and focuses the comment a permalink names', () => {
    seedChain(3);
    renderAt('/articles/a1#comment-s1');
    const target = screen.getByRole('article', { name: /Person 1/ });
    expect(target).toHaveClass('comment-highlight');
    expect(target).toHaveFocus();
    expect(screen.getByRole('article', { name: /Person 0/ })).not.toHaveClass('comment-highlight');
  });

  it('finds a comment whose id holds "%" or letters the address encodes', () => {
    const at = new Date(Date.UTC(2024, 0, 1, 12)).toISOString();
    const comment = (id: string, author: string): Comment => ({
      id,
      threadKey: threadKey(FEED, 'a1'),
      parentId: null,
      author,
      text: `By ${author}`,
      createdAt: at,
      updatedAt: at,
    });
    const percent = 'https://wp.example/?p=1%202';
    useCommentStore.setState({
      comments: { [percent]: comment(percent, 'Ana'), réponse: comment('réponse', 'Bo') },
    });
    renderAt(`/articles/a1#comment-${percent}`);
    expect(screen.getByRole('article', { name: /Ana/ })).toHaveFocus();
    window.location.hash = `#comment-${encodeURIComponent('réponse')}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(screen.getByRole('article', { name: /Bo/ })).toHaveFocus();
    window.location.hash = '';
  });

  it('follows a plain hash change too', () => {
    seedChain(3);
    renderAt('/articles/a1');
    window.location.hash = '#comment-s2';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(screen.getByRole('article', { name: /Person 2/ })).toHaveClass('comment-highlight');
    window.location.hash = '';
  });
});
