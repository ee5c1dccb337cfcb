import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postComment } from '../../src/features/comments/store/comment-actions';
import { threadKey } from '../../src/features/comments/store/thread-key';
import { renderThread } from './helpers';
import { FEED, resetComments } from './reset';

beforeEach(resetComments);
afterEach(resetComments);

/** `count` words: three comments of 150 make 450, which at 230 a minute rounds to 2. */
const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('thread reading time', () => {
  it('says how long the shown comments take to read', () => {
    for (const author of ['Mira', 'Jonas', 'Ana']) {
      postComment({ threadKey: threadKey(FEED, 'a1'), parentId: null, author, text: words(150) });
    }
    // Another article's comments do not count.
    postComment({
      threadKey: threadKey(FEED, 'a2'),
      parentId: null,
      author: 'Bo',
      text: words(900),
    });
    renderThread();
    expect(screen.getByText('2 min to read the comments')).toBeInTheDocument();
  });

  it('is not shown while the thread is empty', () => {
    renderThread();
    expect(screen.queryByText(/min to read the comments/)).not.toBeInTheDocument();
  });
});
