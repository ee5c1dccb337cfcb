import { cleanup, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/config/paths';
import { LIMITS } from '../../src/features/feed/api/limits';
import { CP1252 } from '../../src/lib/entities';
import { fakeFetch } from '../helpers/fake-fetch';
import { DEMO_FEED, ORIGIN, renderApp } from '../helpers/render-app';
import { resetComments } from '../comments/reset';

const COMMENTS = `${ORIGIN}/comments/any.json`;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  resetComments();
});

/** Any text a feed might hold, and a few that have broken readers before. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 3, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '%',
      '%2F',
      '50%off',
      '__proto__',
      'constructor',
      '\u202E',
      '\u200B\uFEFF',
      '0201-05-04T10:00:00Z',
      '+275760-09-13T00:00:00Z',
      'https://example.org/files/50%off.pdf',
      'https://example.org/x%2Fy',
      '<p id="comment-c1" style="x" onclick="y">hi</p>',
      'x'.repeat(200_000),
    ),
  },
);
/** Where a feed puts a string, it may as well put anything. */
const value = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.constantFrom(null, 0, -1, 1e21, true, [], {}) },
);
const list = (item: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.array(item, { maxLength: 6 }),
    fc.constant(Array.from({ length: 1_000 }, (_, i) => `many-${i}`)),
    value,
  );

const itemArbitrary = fc.record({
  id: fc.oneof(text, fc.integer()),
  url: value,
  external_url: value,
  title: value,
  content_html: value,
  content_text: value,
  summary: value,
  image: value,
  banner_image: value,
  date_published: value,
  date_modified: value,
  language: value,
  author: fc.record({ name: value, url: value, avatar: value }),
  authors: list(fc.record({ name: value, url: value, avatar: value })),
  tags: list(value),
  attachments: list(
    fc.record({
      url: value,
      mime_type: fc.oneof(value, fc.constantFrom('audio/mpeg', 'video/mp4', 'application/pdf')),
      title: value,
      size_in_bytes: fc.oneof(value, fc.integer()),
      duration_in_seconds: fc.oneof(value, fc.double()),
    }),
  ),
  _broadsheet: fc.record({ original_date: value }),
});

/** An item that once opened as "Article not found": its id holds a C1 control. */
const c1Id = {
  ...{ url: '', external_url: '', title: '', content_html: '', content_text: '', summary: '' },
  ...{ image: '', banner_image: '', date_published: '', date_modified: '', language: '' },
  id: 'don\u0092t',
  author: { name: '', url: '', avatar: '' },
  authors: [],
  tags: [],
  attachments: [],
  _broadsheet: { original_date: '' },
};

const commentArbitrary = fc.record({
  id: fc.oneof(text, fc.integer()),
  parent_id: fc.oneof(text, fc.constant(null)),
  author: fc.oneof(fc.record({ name: value }), value),
  content_text: value,
  date_published: value,
});

/**
 * The id the app reads the item under, or undefined when the item cannot be read. The document
 * is sent as UTF-8 text, where a C1 control reads as windows-1252's character at that byte.
 */
function readableId(id: unknown): string | undefined {
  const trimmed = String(id).trim();
  if (!trimmed || trimmed.length > LIMITS.idLength) return undefined;
  return trimmed
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\x80-\x9f]/g, (control) => CP1252.charAt(control.charCodeAt(0) - 0x80));
}

function noErrorPage() {
  expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
}

describe('any feed item and any comments document', () => {
  it('the list and the article render, with no more than the capped links', async () => {
    await fc.assert(
      fc.asyncProperty(
        itemArbitrary,
        fc.array(commentArbitrary, { maxLength: 5 }),
        async (raw, comments) => {
          const item = { ...raw, _broadsheet: { ...raw._broadsheet, comments_url: COMMENTS } };
          fakeFetch({
            [DEMO_FEED]: {
              version: 'https://jsonfeed.org/version/1.1',
              title: 'Anything',
              items: [item, { id: 'plain', title: 'Plain neighbour', content_text: 'x' }],
            },
            [COMMENTS]: { version: 1, comments },
          });

          renderApp('/');
          await screen.findByRole('link', { name: 'Plain neighbour' }, { timeout: 10_000 });
          noErrorPage();
          cleanup();
          resetComments();

          const id = readableId(raw.id);
          if (id === undefined) return;
          renderApp(paths.article(id));
          await waitFor(
            () => {
              const heading = screen.getByRole('heading', { level: 1 });
              expect(heading.textContent).not.toMatch(/^Loading/);
            },
            { timeout: 10_000 },
          );
          noErrorPage();
          expect(screen.queryByText('Article not found')).not.toBeInTheDocument();
          const tags = screen.queryByRole('list', { name: 'Tags' });
          expect(tags?.querySelectorAll('a').length ?? 0).toBeLessThanOrEqual(LIMITS.tags);
          const files = screen.queryByRole('region', { name: 'Attachments' });
          expect(files?.querySelectorAll('a').length ?? 0).toBeLessThanOrEqual(LIMITS.attachments);
          // The comments document is read (or refused) without taking the page down.
          await screen.findByRole('heading', { level: 2, name: /comment/i }, { timeout: 10_000 });
          noErrorPage();
          cleanup();
          resetComments();
        },
      ),
      { numRuns: 30, examples: [[c1Id, []]] },
    );
  }, 240_000);
});
