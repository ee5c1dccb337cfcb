import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/config/paths';
import { LIMITS } from '../../src/features/feed/api/limits';
import { formatLongDate } from '../../src/lib/dates';
import { fakeFetch } from '../helpers/fake-fetch';
import { DEMO_FEED, renderApp } from '../helpers/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

function serveItems(items: unknown[]) {
  fakeFetch({
    [DEMO_FEED]: { version: 'https://jsonfeed.org/version/1.1', title: 'Bad input', items },
  });
}

const FIND = { timeout: 10_000 };

describe('one bad attachment', () => {
  it('a title-less attachment whose URL holds a bare % is listed by its file name', async () => {
    serveItems([
      {
        id: 'a1',
        title: 'Sale',
        content_text: 'Body',
        attachments: [
          { url: 'https://example.org/files/50%off.pdf', mime_type: 'application/pdf' },
          { url: 'https://example.org/files/%E0%A4%A.pdf', mime_type: 'application/pdf' },
          { url: 'https://example.org/files/caf%C3%A9.mp3', mime_type: 'audio/mpeg' },
        ],
      },
    ]);
    renderApp(paths.article('a1'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sale' }, FIND)).toBeVisible();
    const list = screen.getByRole('region', { name: 'Attachments' });
    expect(within(list).getByRole('link', { name: '50%off.pdf' })).toHaveAttribute(
      'href',
      'https://example.org/files/50%off.pdf',
    );
    expect(within(list).getByRole('link', { name: '%E0%A4%A.pdf' })).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Download café.mp3' })).toBeInTheDocument();
  });
});

describe('odd years', () => {
  const DATES = [
    '0201-05-04T10:00:00Z',
    '0000-01-01T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '+010000-07-01T10:00:00Z',
    '9999-12-31T23:00:00Z',
  ];

  it('makes such items undated: the archive lists the rest and counts them', async () => {
    serveItems([
      ...DATES.map((date, index) => ({
        id: `odd-${index}`,
        title: `Odd ${index}`,
        content_text: 'x',
        date_published: date,
      })),
      { id: 'ok', title: 'Fine', content_text: 'x', date_published: '2019-07-01T10:00:00Z' },
    ]);
    renderApp(paths.archive());
    expect(await screen.findByRole('link', { name: 'July 2019 (1)' }, FIND)).toHaveAttribute(
      'href',
      '/archive/2019/07',
    );
    expect(screen.getByText('6 undated articles are not listed.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '2019',
    ]);
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
  });

  it('shows them on the front page, under the day they were first listed', async () => {
    serveItems(
      DATES.map((date, index) => ({
        id: `odd-${index}`,
        title: `Odd ${index}`,
        content_text: 'x',
        date_published: date,
      })),
    );
    renderApp('/');
    const today = formatLongDate(new Date().toISOString());
    expect(await screen.findByRole('heading', { level: 2, name: today }, FIND)).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(DATES.length);
  });

  it('a month address outside the years 1000–9999 is not found', async () => {
    serveItems([]);
    renderApp('/archive/0201/05');
    expect(await screen.findByRole('heading', { level: 1 }, FIND)).toHaveTextContent(/not found/i);
  });
});

describe('an item that brings too much', () => {
  it('shows at most the capped number of tags, authors and attachments', async () => {
    serveItems([
      {
        id: 'big',
        title: `Big ${'word '.repeat(10_000)}`,
        content_text: 'Body',
        tags: Array.from({ length: 100_000 }, (_, i) => `tag${i}`),
        authors: Array.from({ length: 1_000 }, (_, i) => ({ name: `Writer ${i}` })),
        attachments: Array.from({ length: 1_000 }, (_, i) => ({
          url: `https://example.org/f${i}.pdf`,
          mime_type: 'application/pdf',
        })),
      },
    ]);
    renderApp(paths.article('big'));
    const heading = await screen.findByRole('heading', { level: 1, name: /^Big/ }, FIND);
    expect(heading.textContent?.length).toBeLessThanOrEqual(LIMITS.titleLength + 1);
    const tags = screen.getByRole('list', { name: 'Tags' });
    expect(within(tags).getAllByRole('link')).toHaveLength(LIMITS.tags);
    const attachments = screen.getByRole('region', { name: 'Attachments' });
    expect(within(attachments).getAllByRole('link')).toHaveLength(LIMITS.attachments);
    expect(screen.queryByText(/Writer 20\b/)).not.toBeInTheDocument();
    expect(screen.getByText(/Writer 19\b/)).toBeInTheDocument();
  });
});
