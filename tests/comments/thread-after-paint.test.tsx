import { screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderCommentThread } from '../../src/app/comment-thread-loader';
import type { FeedSource } from '../../src/features/feed/hooks/use-feed-source';
import { anArticle } from '../helpers/article';
import { renderWithProviders } from './render';
import { FEED, resetComments } from './reset';

beforeEach(resetComments);
afterEach(() => {
  resetComments();
  vi.unstubAllGlobals();
});

const source: FeedSource = { feedParam: null, feedUrl: FEED, link: (path) => path };
const article = anArticle('a1');

it('asks for the thread’s code only once the article above it has been drawn', async () => {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  // The code is already at hand: asked for, it would be there in a moment.
  await import('../../src/app/comment-thread-slot');
  renderWithProviders(<>{renderCommentThread(article, source)}</>);
  // However long the page waits for its first frame, the thread's code is not on its way.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(screen.getByRole('status')).toHaveTextContent('Loading comments…');
  expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();

  frames.splice(0).forEach((frame) => frame(performance.now()));
  expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('No comments');
});
