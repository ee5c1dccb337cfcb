import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { renderApp } from '../helpers/render-app';

const FEED = 'https://blog.example/feed.json';
const FIRST = 'https://blog.example/series/part-1/';
const SECOND = 'https://blog.example/series/part-2/';
const OTHER_FEED = 'https://other.example/feed.json';
const REPLY = 'https://other.example/2024/a-reply';

function item(id: string, title: string, date: string, html: string) {
  return { id, url: id, title, date_published: date, content_html: html };
}

const feedOf = (title: string, items: unknown[]) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title,
  items,
});

describe('links in an article to other articles read here', () => {
  beforeEach(() => {
    fakeFetch({
      [FEED]: feedOf('A Series', [
        item(
          SECOND,
          'Part two',
          '2024-05-02T10:00:00Z',
          // Written over http and without the closing slash, as writers link.
          '<p>Read <a href="http://blog.example/series/part-1">the first part</a> first, ' +
            'or <a href="https://elsewhere.example/series/part-1/">a review</a>, ' +
            `or <a href="${REPLY}">a reply</a>.</p>`,
        ),
        item(FIRST, 'Part one', '2024-05-01T10:00:00Z', '<p>It begins.</p>'),
      ]),
      [OTHER_FEED]: feedOf('Another Blog', [
        item(REPLY, 'A reply to the series', '2024-05-03T10:00:00Z', '<p>I disagree.</p>'),
      ]),
    });
  });

  it("opens the feed's other article here; a link elsewhere still opens in a new tab", async () => {
    const feedParam = `?feed=${encodeURIComponent(FEED)}`;
    const { user } = renderApp(`/articles/${encodeURIComponent(SECOND)}${feedParam}`);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Part two' });
    const article = heading.closest('article') as HTMLElement;

    const inFeed = within(article).getByRole('link', { name: 'the first part' });
    expect(inFeed).toHaveAttribute('href', `/articles/${encodeURIComponent(FIRST)}${feedParam}`);
    expect(inFeed).not.toHaveAttribute('target');
    const elsewhere = within(article).getByRole('link', { name: 'a review' });
    expect(elsewhere).toHaveAttribute('href', 'https://elsewhere.example/series/part-1/');
    expect(elsewhere).toHaveAttribute('target', '_blank');
    // Another feed's article, not read in this tab: the publisher's page.
    expect(within(article).getByRole('link', { name: 'a reply' })).toHaveAttribute(
      'target',
      '_blank',
    );

    await user.click(inFeed);
    expect(await screen.findByRole('heading', { level: 1, name: 'Part one' })).toBeInTheDocument();
  });

  it("opens an article of another feed followed here, as that feed's", async () => {
    const { user } = renderApp('/', { subscriptions: [FEED, OTHER_FEED] });
    await user.click(await screen.findByRole('link', { name: 'Part two' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Part two' });
    const reply = within(heading.closest('article') as HTMLElement).getByRole('link', {
      name: 'a reply',
    });
    expect(reply).toHaveAttribute(
      'href',
      `/articles/${encodeURIComponent(REPLY)}?feed=${encodeURIComponent(OTHER_FEED)}`,
    );
    await user.click(reply);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A reply to the series' }),
    ).toBeInTheDocument();
  });
});
