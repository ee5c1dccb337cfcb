import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { renderApp } from '../helpers/render-app';

const FEED = 'https://blog.example/feed.json';
const FIRST = 'https://blog.example/series/part-1/';

function item(id: string, title: string, date: string, html: string) {
  return { id, url: id, title, date_published: date, content_html: html };
}

describe("links in an article to the feed's other articles", () => {
  beforeEach(() => {
    fakeFetch({
      [FEED]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'A Series',
        items: [
          item(
            'https://blog.example/series/part-2/',
            'Part two',
            '2024-05-02T10:00:00Z',
            // Written over http and without the closing slash, as writers link.
            '<p>Read <a href="http://blog.example/series/part-1">the first part</a> first, ' +
              'or <a href="https://elsewhere.example/series/part-1/">a review</a>.</p>',
          ),
          item(FIRST, 'Part one', '2024-05-01T10:00:00Z', '<p>It begins.</p>'),
        ],
      },
    });
  });

  it('opens the other article here; a link elsewhere still opens in a new tab', async () => {
    const feedParam = `?feed=${encodeURIComponent(FEED)}`;
    const { user } = renderApp(
      `/articles/${encodeURIComponent('https://blog.example/series/part-2/')}${feedParam}`,
    );
    const heading = await screen.findByRole('heading', { level: 1, name: 'Part two' });
    const article = heading.closest('article') as HTMLElement;

    const inFeed = within(article).getByRole('link', { name: 'the first part' });
    expect(inFeed).toHaveAttribute('href', `/articles/${encodeURIComponent(FIRST)}${feedParam}`);
    expect(inFeed).not.toHaveAttribute('target');
    const elsewhere = within(article).getByRole('link', { name: 'a review' });
    expect(elsewhere).toHaveAttribute('href', 'https://elsewhere.example/series/part-1/');
    expect(elsewhere).toHaveAttribute('target', '_blank');

    await user.click(inFeed);
    expect(await screen.findByRole('heading', { level: 1, name: 'Part one' })).toBeInTheDocument();
  });
});
