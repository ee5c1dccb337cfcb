import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/features/feed/api/types';
import { Byline } from '../../src/features/feed/components/byline';

function article(published: string | undefined, modified: string | undefined): Article {
  return {
    id: '1',
    title: 'A post',
    hasTitle: true,
    readingMinutes: 2,
    authors: [{ name: 'heise online' }],
    tags: [],
    attachments: [],
    published,
    modified,
  };
}

describe("the article page's byline", () => {
  it('says when an article was updated on a later day', () => {
    render(
      <Byline
        article={article('2016-01-29T13:59:00.000Z', '2016-02-01T09:00:00.000Z')}
        className="byline"
        format="long"
        showUpdated
      />,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent(
      'heise online · Friday, January 29, 2016 · Updated Monday, February 1, 2016 · 2 min read',
    );
  });

  it('says nothing of an update the same day, nor of a date before the publication', () => {
    // heise's: published 13:59:00, "updated" 32 seconds later; a feed whose dates are swapped.
    const { rerender } = render(
      <Byline
        article={article('2016-01-29T13:59:00.000Z', '2016-01-29T13:59:32.000Z')}
        className="byline"
        format="long"
        showUpdated
      />,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent(
      'heise online · Friday, January 29, 2016 · 2 min read',
    );
    rerender(
      <Byline
        article={article('2016-01-29T13:59:00.000Z', '2015-12-01T09:00:00.000Z')}
        className="byline"
        format="long"
        showUpdated
      />,
    );
    expect(screen.getByRole('paragraph')).not.toHaveTextContent('Updated');
  });

  it('says nothing of reading time for an item with nothing to read', () => {
    // Nogizaka46's news: a title and a link, and no text.
    render(
      <Byline
        article={{ ...article('2026-05-04T09:00:00.000Z', undefined), readingMinutes: 0 }}
        className="byline"
        format="long"
      />,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent(/^heise online · Monday, May 4, 2026$/);
  });
});
