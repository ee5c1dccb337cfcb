import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage, fixtureBytes } from '../helpers/fixtures';
import { ORIGIN, renderApp } from '../helpers/render-app';
import { serveDemo } from '../helpers/demo-feed';

const TRAM_TITLE = 'Harbour Tram Line Opens to Passengers After Six-Year Build';
const SEAGRASS_TITLE = 'Seagrass Meadows in Alder Sound Show Signs of Recovery, Survey Finds';
const MARKET_TITLE = 'Midsummer Night Market Returns to Customs Square';
const FERRY_TITLE = 'Alder Sound Ferries Switch to Summer Timetable on Monday';

function results() {
  return screen.getByRole('list', { name: 'Search results' });
}

function resultTitles() {
  return within(results())
    .getAllByRole('article')
    .map((article) => article.getAttribute('aria-labelledby'))
    .map((id) => document.getElementById(id ?? '')?.textContent);
}

describe('search', () => {
  beforeEach(() => {
    serveDemo();
  });

  it('searches from the header box and shows ranked, highlighted results', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('article', { name: TRAM_TITLE });
    const box = within(screen.getByRole('search', { name: 'Search' }));
    await user.type(box.getByRole('searchbox', { name: 'Search' }), 'tram');
    await user.click(box.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    const summary = await screen.findByText(/^\d+ results for “tram”$/);
    expect(summary).toHaveAttribute('role', 'status');
    expect(resultTitles()[0]).toBe(TRAM_TITLE);
    const first = within(results()).getByRole('article', { name: TRAM_TITLE });
    const link = within(first).getByRole('link', { name: TRAM_TITLE });
    expect(link).toHaveAttribute(
      'href',
      `/articles/${encodeURIComponent('https://broadsheet.example/2019/07/02/tram-line-opens')}`,
    );
    expect(within(link).getByText('Tram', { selector: 'mark' })).toBeInTheDocument();
    expect(first).toHaveTextContent('Ines Okafor and Tomas Reyes');
    expect(first).toHaveTextContent('July 2, 2019');
    expect(within(first).getByRole('link', { name: 'Transport' })).toHaveAttribute(
      'href',
      '/tags/Transport',
    );
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('tram');
    // A query in Arabic or Hebrew is typed right to left.
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAttribute('dir', 'auto');
    await waitFor(() => expect(document.title).toBe('Search: tram · Broadsheet'));

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: TRAM_TITLE })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('forgives typos: “hrbour” finds harbour and marks it', async () => {
    renderApp('/search?q=hrbour');
    await screen.findByText(/results for “hrbour”/);
    const [first] = within(results()).getAllByRole('article');
    if (!first) throw new Error('Expected a result');
    expect(within(first).getAllByText('Harbour', { selector: 'mark' }).length).toBeGreaterThan(0);
  });

  it('finds an author’s articles', async () => {
    renderApp('/search?q=ines%20okafor');
    expect(await screen.findByText('3 results for “ines okafor”')).toBeInTheDocument();
    for (const article of within(results()).getAllByRole('article')) {
      expect(within(article).getByText('Ines', { selector: 'mark' })).toBeInTheDocument();
      expect(within(article).getByText('Okafor', { selector: 'mark' })).toBeInTheDocument();
    }
  });

  it('finds articles by tag, and marks the tag', async () => {
    renderApp('/search?q=transport');
    expect(await screen.findByText('2 results for “transport”')).toBeInTheDocument();
    for (const article of within(results()).getAllByRole('article')) {
      const tag = within(article).getByRole('link', { name: 'Transport' });
      expect(within(tag).getByText('Transport', { selector: 'mark' })).toBeInTheDocument();
    }
  });

  it('says when nothing matches, and gives a hint for an empty search', async () => {
    const { user } = renderApp('/search?q=xyzzy');
    expect(await screen.findByText('No articles match “xyzzy”.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    expect(await screen.findByText(/Type in the search box/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Search · Broadsheet'));
  });

  it('finds nothing, and shows no error page, for a word too long for the index to take', async () => {
    const word = 'a'.repeat(70_000);
    renderApp(`/search?q=${word}`);
    // Said back by its beginning: a screen reader would read the whole of it.
    expect(await screen.findByText(`No articles match “${'a'.repeat(100)}…”.`)).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue(word);
  });

  it('searches a pasted paragraph by its first twelve words, and says so', async () => {
    // Twelve words of the article, then more that no article holds, all many times over.
    const paragraph = `${SEAGRASS_TITLE} hectares, quokka zebra `.repeat(500);
    renderApp(`/search?q=${encodeURIComponent(paragraph)}`);
    expect(
      await screen.findByText(
        /^1 result for “Seagrass .*…” Only its first 12 words were searched for\.$/,
      ),
    ).toHaveAttribute('role', 'status');
    expect(resultTitles()).toEqual([SEAGRASS_TITLE]);
  });

  it('updates the results as the reader types on the search page', async () => {
    const { user } = renderApp('/search?q=ferry');
    await screen.findByText(/results for “ferry”/);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await user.clear(box);
    await user.type(box, 'seagras');
    expect(await screen.findByText('1 result for “seagras”')).toBeInTheDocument();
    expect(resultTitles()).toEqual([SEAGRASS_TITLE]);
    expect(box).toHaveFocus();
  });

  it('searches older pages on request', async () => {
    const { user } = renderApp('/search?q=midsummer');
    expect(await screen.findByText('No articles match “midsummer”.')).toBeInTheDocument();
    expect(screen.getByText('Searched the newest 10 articles.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Search older posts' }));
    await screen.findByText('Searched the newest 18 articles.');
    await user.click(screen.getByRole('button', { name: 'Search older posts' }));
    expect(await screen.findByRole('article', { name: MARKET_TITLE })).toBeInTheDocument();
    expect(screen.getByText(/results? for “midsummer”/)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('button', { name: 'Search older posts' })).not.toBeInTheDocument();
  });
});

describe('search in another feed', () => {
  it('keeps ?feed= on the search page and on its results', async () => {
    const feedParam = '/other/feed.json';
    fakeFetch({ [`${ORIGIN}${feedParam}`]: demoPage('feed-3.json') });
    const query = `?feed=${encodeURIComponent(feedParam)}`;
    const { user } = renderApp(`/${query}`);
    await screen.findByRole('article', { name: FERRY_TITLE });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ferries{Enter}');

    const result = await screen.findByRole('article', { name: FERRY_TITLE });
    expect(within(result).getByRole('link', { name: FERRY_TITLE })).toHaveAttribute(
      'href',
      `/articles/${encodeURIComponent('https://broadsheet.example/2019/06/20/summer-ferry-timetable')}${query}`,
    );
    expect(within(result).getByRole('link', { name: 'Transport' })).toHaveAttribute(
      'href',
      `/tags/Transport${query}`,
    );
  });

  it('finds a word inside a Japanese sentence, written without spaces, and marks it', async () => {
    const feed = 'https://www.y-moto.example/bd-1/atom.xml';
    fakeFetch({
      [feed]: () =>
        new Response(
          fixtureBytes('xml', 'movable-type-japanese-cp932__chardet__chardet__y-moto.com.xml'),
          { headers: { 'Content-Type': 'application/atom+xml' } },
        ),
    });
    renderApp(`/search?q=${encodeURIComponent('防寒')}&feed=${encodeURIComponent(feed)}`);
    const result = await screen.findByRole('article', { name: 'さらなる防寒対策' });
    const link = within(result).getByRole('link', { name: 'さらなる防寒対策' });
    expect(within(link).getByText('防寒', { selector: 'mark' })).toBeInTheDocument();
  });
});

describe('names written with a symbol', () => {
  it('finds and marks C# as written, not every word that begins with c', async () => {
    const feed = 'https://code.example/feed.json';
    const item = (slug: string, title: string, text: string) => ({
      id: `https://code.example/${slug}`,
      title,
      content_text: text,
      date_published: '2024-05-01T10:00:00Z',
    });
    fakeFetch({
      [feed]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Code Notes',
        items: [
          item('csharp', 'Pattern matching arrives in C# 12', 'The C# compiler checks every case.'),
          item('cabbage', 'Cooking with cabbage', 'Cabbage, carrots and cream for a crowd.'),
        ],
      },
    });
    renderApp(`/search?q=${encodeURIComponent('C#')}&feed=${encodeURIComponent(feed)}`);
    expect(await screen.findByText('1 result for “C#”')).toBeInTheDocument();
    const result = within(results()).getByRole('article', {
      name: 'Pattern matching arrives in C# 12',
    });
    const marks = within(result).getAllByText(/./, { selector: 'mark' });
    expect(marks.map((mark) => mark.textContent)).toEqual(['C#', 'C#']);
    expect(screen.queryByRole('article', { name: 'Cooking with cabbage' })).not.toBeInTheDocument();
  });
});
