import { fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { Link } from '../../src/components/link';
import { articleIdOf, paths, tagOf } from '../../src/config/paths';
import { fakeFetch } from '../helpers/fake-fetch';
import { DEMO_FEED, renderApp } from '../helpers/render-app';

afterEach(cleanup);

function ShownId() {
  const id = articleIdOf(useLocation().pathname);
  return <output aria-label="id">{JSON.stringify(id)}</output>;
}

/** The id the article route reads after the app's own link to `id` was followed. */
function followLink(id: string): string | undefined {
  render(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route index element={<Link to={paths.article(id)}>open</Link>} />
        <Route path="articles/:id" element={<ShownId />} />
      </Routes>
    </MemoryRouter>,
  );
  fireEvent.click(screen.getByRole('link', { name: 'open' }));
  const shown = JSON.parse(screen.getByLabelText('id').textContent ?? 'null') as string | null;
  cleanup();
  return shown ?? undefined;
}

/** The id the article route reads when the address is opened directly (a shared link). */
function openDirectly(id: string): string | undefined {
  render(
    <MemoryRouter initialEntries={[paths.article(id)]}>
      <Routes>
        <Route path="articles/:id" element={<ShownId />} />
      </Routes>
    </MemoryRouter>,
  );
  const shown = JSON.parse(screen.getByLabelText('id').textContent ?? 'null') as string | null;
  cleanup();
  return shown ?? undefined;
}

const NASTY = [
  'https://example.org/x%2Fy',
  'https://example.org/?url=https%3A%2F%2Fa.example%2Fb',
  'tag:example.org,2024:post%2F7',
  'caf%C3%A9',
  'a%20b',
  '100%25',
  '50%off',
  '%',
  '%2f lower',
  'a/b?c#d',
  '__proto__',
  '\u202Egnp.exe',
  ' spaced ',
];

describe('article addresses', () => {
  it.each(NASTY)('the id %j opens from the app’s link and from its address', (id) => {
    expect(followLink(id)).toBe(id);
    expect(openDirectly(id)).toBe(id);
  });

  it('any id survives path → route → id exactly', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ minLength: 1 }),
          fc.string({ unit: 'grapheme', minLength: 1 }),
          fc.constantFrom(...NASTY),
          fc
            .array(fc.constantFrom('%', '2F', '25', '/', '?', '#', 'é', ' '), { minLength: 1 })
            .map((parts) => parts.join('')),
        ),
        (id) => {
          expect(articleIdOf(paths.article(id))).toBe(id);
          expect(tagOf(paths.tag(id))).toBe(id);
          expect(openDirectly(id)).toBe(id);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a lone surrogate still makes a link (as U+FFFD) instead of throwing', () => {
    expect(articleIdOf(paths.article('a\uD800b'))).toBe('a\uFFFDb');
  });

  it('an address with a malformed escape names the id as typed', () => {
    expect(articleIdOf('/articles/50%off')).toBe('50%off');
    expect(articleIdOf('/articles/a/b')).toBeUndefined();
    expect(articleIdOf('/tags/a')).toBeUndefined();
  });
});

describe('articles with unusual ids in the app', () => {
  const IDS = [
    'https://example.org/x%2Fy',
    'https://example.org/?url=https%3A%2F%2Fa.example%2Fb',
    'tag:example.org,2024:post%2F7',
    'https://example.org/x/y',
  ];

  it.each(IDS)('%s opens from the front page’s link and directly', async (id) => {
    fakeFetch({
      [DEMO_FEED]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Odd ids',
        items: IDS.map((itemId, index) => ({
          id: itemId,
          title: `Post ${index + 1}`,
          content_text: `Body of post ${index + 1}`,
          date_published: `2024-01-0${index + 1}T10:00:00Z`,
        })),
      },
    });
    const title = `Post ${IDS.indexOf(id) + 1}`;
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: title }));
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    cleanup();

    renderApp(paths.article(id));
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  });
});
