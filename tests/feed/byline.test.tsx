import { cleanup, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/features/feed/api/types';
import { Byline } from '../../src/features/feed/components/byline';

/** The article page's byline of a post by heise online, published and modified as given. */
function byline(published: string, modified?: string, fields: Partial<Article> = {}) {
  cleanup();
  const article: Article = {
    id: '1',
    title: 'A post',
    hasTitle: true,
    readingMinutes: 2,
    authors: [{ name: 'heise online' }],
    tags: [],
    attachments: [],
    published,
    modified,
    ...fields,
  };
  render(<Byline article={article} className="byline" format="long" showUpdated />);
  return screen.getByRole('paragraph');
}

describe("the article page's byline", () => {
  it('says when an article was updated on a later day', () => {
    expect(byline('2016-01-29T13:59:00.000Z', '2016-02-01T09:00:00.000Z')).toHaveTextContent(
      'heise online · Friday, January 29, 2016 · Updated Monday, February 1, 2016 · 2 min read',
    );
  });

  it('says nothing of an update the same day, nor of a date before the publication', () => {
    // heise's: published 13:59:00, "updated" 32 seconds later; a feed whose dates are swapped.
    expect(byline('2016-01-29T13:59:00.000Z', '2016-01-29T13:59:32.000Z')).toHaveTextContent(
      /^heise online · Friday, January 29, 2016 · 2 min read$/,
    );
    expect(byline('2016-01-29T13:59:00.000Z', '2015-12-01T09:00:00.000Z')).not.toHaveTextContent(
      'Updated',
    );
  });

  it('says which episode of a podcast it is, before how long it plays', () => {
    const episode = byline('2020-10-09T04:30:38.000Z', undefined, {
      episode: 'Season 1, episode 3',
      attachments: [
        { url: 'https://pod.example/3.mp3', mimeType: 'audio/mpeg', durationInSeconds: 2520 },
      ],
    });
    expect(episode).toHaveTextContent(
      /^heise online · Friday, October 9, 2020 · Season 1, episode 3 · 42 min listen$/,
    );
  });

  it('says nothing of reading time for an item with nothing to read', () => {
    // Nogizaka46's news: a title and a link, and no text.
    expect(byline('2026-05-04T09:00:00.000Z', undefined, { readingMinutes: 0 })).toHaveTextContent(
      /^heise online · Monday, May 4, 2026$/,
    );
  });
});
