import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shortcutsOn } from '../helpers/render-app';
import { readerWithScrollSpy, renderReader } from '../reading/helpers';

const scrollIntoView = readerWithScrollSpy();

/** The search results, in order, once the search for `query` has answered. */
async function searchFor(query: string) {
  const rendered = renderReader(`/search?q=${encodeURIComponent(query)}`);
  await screen.findByText(new RegExp(`results for “${query}”`));
  await shortcutsOn();
  const results = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole(
    'article',
  );
  return { ...rendered, results };
}

function titleLink(result: HTMLElement): HTMLElement {
  const [link] = within(result).getAllByRole('link');
  if (!link) throw new Error('A result without a link');
  return link;
}

function current(): HTMLElement[] {
  return screen.getAllByRole('article').filter((a) => a.getAttribute('aria-current') === 'true');
}

describe('keyboard shortcuts on the search page', () => {
  it('j and k move through the results, marking the current one and focusing its title link', async () => {
    const { user, results } = await searchFor('harbour');
    const [first, second] = results;
    if (!first || !second) throw new Error('Expected two results');

    await user.keyboard('j');
    expect(current()).toEqual([first]);
    expect(first).toHaveClass('entry-current');
    expect(titleLink(first)).toHaveFocus();
    expect(scrollIntoView()).toHaveBeenLastCalledWith({ block: 'nearest', behavior: 'smooth' });

    await user.keyboard('j');
    expect(current()).toEqual([second]);
    expect(titleLink(second)).toHaveFocus();
    await user.keyboard('k');
    expect(current()).toEqual([first]);
    expect(second).not.toHaveClass('entry-current');
    expect(titleLink(first)).toHaveFocus();
  });

  it('o opens the current result', async () => {
    const { user, results } = await searchFor('harbour');
    const second = results[1];
    if (!second) throw new Error('Expected two results');
    const title = titleLink(second).textContent;

    await user.keyboard('jjo');
    expect(await screen.findByRole('heading', { level: 1, name: title })).toHaveFocus();
  });
});
