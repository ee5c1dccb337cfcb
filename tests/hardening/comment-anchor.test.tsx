import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/config/paths';
import { fakeFetch } from '../helpers/fake-fetch';
import { DEMO_FEED, ORIGIN, renderApp } from '../helpers/render-app';

const COMMENTS = `${ORIGIN}/comments/p1.json`;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a comment’s address in an article whose HTML uses the same id', () => {
  it('highlights and focuses the comment, not the feed’s paragraph', async () => {
    fakeFetch({
      [DEMO_FEED]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Ids',
        items: [
          {
            id: 'p1',
            title: 'Post one',
            content_html:
              '<p id="comment-c1">Feed paragraph</p><p>See<a href="#fn1">1</a></p><p id="fn1">Note</p>',
            _broadsheet: { comments_url: COMMENTS },
          },
        ],
      },
      [COMMENTS]: {
        version: 1,
        comments: [
          {
            id: 'c1',
            parent_id: null,
            author: { name: 'Mira' },
            content_text: 'The real comment',
            date_published: '2024-01-01T10:00:00Z',
          },
        ],
      },
    });
    renderApp(`${paths.article('p1')}#comment-c1`);
    const comment = await screen.findByRole('article', { name: /Mira/ }, { timeout: 10_000 });
    await waitFor(() => expect(comment).toHaveClass('comment-highlight'));
    expect(comment).toHaveFocus();
    const paragraph = screen.getByText('Feed paragraph');
    expect(paragraph).not.toHaveClass('comment-highlight');
    expect(document.querySelectorAll('[id="comment-c1"]')).toHaveLength(1);
    // The article's own footnote link still reaches its note.
    const footnote = screen.getByRole('link', { name: '1' });
    const target = document.getElementById(footnote.getAttribute('href')?.slice(1) ?? '');
    expect(target).toHaveTextContent('Note');
  }, 20_000);
});
