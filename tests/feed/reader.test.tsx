import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse } from '../helpers/fake-fetch';
import { demoPage, fixtureJson, fixtureText } from '../helpers/fixtures';
import { DEMO_FEED, ORIGIN, renderApp } from '../helpers/render-app';
import { serveDemo } from '../helpers/demo-feed';
import { useSubscriptionStore } from '../../src/features/subscriptions/store/subscription-store';
import { resetReading } from '../reading/helpers';

const SEED_ID =
  'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees';
const SEED_TITLE = 'Putin Reiterates That North Korea Requires Security Guarantees';
const PAGE_3_ID = 'https://broadsheet.example/2019/06/20/summer-ferry-timetable';

/**
 * Waiting for "Older posts": the role queries of a page of twenty articles are slow in jsdom,
 * and slower on a busy machine than the default wait allows.
 */
const OLDER = { timeout: 15_000 };

/** The link in the heading of the list's `index`th entry, which opens its article. */
function titleLinkOf(index: number) {
  const entry = screen.getAllByRole('article')[index];
  if (!entry) throw new Error(`No entry ${index}`);
  return within(within(entry).getByRole('heading')).getByRole('link');
}

/** A JSON Feed of these items, with an older page where `next` names one. */
const jsonFeed = (title: string, items: unknown[], next?: string) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title,
  ...(next && { next_url: next }),
  items,
});

/** A JSON Feed item of a title alone, at a date. */
const jsonEntry = (id: string, title: string, date: string) => ({
  id,
  title,
  content_text: title,
  date_published: date,
});

/** The bundled feed's three pages, and other feeds beside them. */
function serveDemoWith(others: Record<string, unknown>) {
  return fakeFetch({
    [DEMO_FEED]: demoPage('feed.json'),
    [`${ORIGIN}/data/feed-2.json`]: demoPage('feed-2.json'),
    [`${ORIGIN}/data/feed-3.json`]: demoPage('feed-3.json'),
    ...others,
  });
}

function articlePath(id: string, query = '') {
  return `/articles/${encodeURIComponent(id)}${query}`;
}

describe('front page', () => {
  beforeEach(() => {
    serveDemo();
  });

  it('groups the newest articles under day headings, like the blog it started from', async () => {
    renderApp('/');
    const day = await screen.findByRole('region', { name: 'Sunday, June 30, 2019' });
    expect(within(day).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Sunday, June 30, 2019',
    );
    const entry = within(day).getByRole('article', { name: SEED_TITLE });
    expect(within(entry).getByRole('link', { name: SEED_TITLE })).toHaveAttribute(
      'href',
      articlePath(SEED_ID),
    );
    expect(entry).toHaveTextContent('Leo Byrne');
    expect(within(entry).getByRole('link', { name: 'North Korea' })).toHaveAttribute(
      'href',
      '/tags/North%20Korea',
    );
    expect(within(entry).getByText('No comments')).toBeInTheDocument();
    expect(within(entry).getByText(/Russian President Vladimir Putin/)).toBeInTheDocument();

    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Wednesday, July 3, 2019',
      'Tuesday, July 2, 2019',
      'Monday, July 1, 2019',
      'Sunday, June 30, 2019',
    ]);
  });

  it('shows the app in the masthead of the front page, and the feed on its own page', async () => {
    renderApp('/');
    const masthead = (await screen.findByRole('banner')).querySelector('.masthead');
    expect(
      within(masthead as HTMLElement).getByRole('link', { name: 'Broadsheet' }),
    ).toHaveAttribute('href', '/');
    await screen.findByRole('link', { name: SEED_TITLE });
    await waitFor(() => expect(document.title).toBe('Broadsheet'));
  });

  it("shows the feed in the masthead and the page title of the feed's own page", async () => {
    renderApp('/?feed=%2Fdata%2Ffeed.json');
    const banner = await screen.findByRole('banner');
    expect(
      await within(banner).findByRole('link', { name: 'The Broadsheet Daily' }),
    ).toHaveAttribute('href', '/?feed=%2Fdata%2Ffeed.json');
    expect(screen.getByText(/News from the harbour/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Visit broadsheet\.example/ })).toHaveAttribute(
      'href',
      'https://broadsheet.example/',
    );
    await waitFor(() => expect(document.title).toBe('The Broadsheet Daily · Broadsheet'));
  });

  it('gives title-less notes a title from their text, and thumbnails a fixed size', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('link', { name: /^Line 4 trams will run every six minutes/ }),
    ).toBeInTheDocument();
    const fog = screen.getByRole('article', { name: /Harbour Fog Delays/ });
    // The thumbnail comes first in the entry, before its feed's icon.
    const [image] = within(fog).getAllByRole('presentation');
    // Among the first two entries: the page's first picture, asked for at once.
    expect(image).toHaveAttribute('fetchpriority', 'high');
    expect(image).toHaveAttribute('width');
    expect(image).toHaveAttribute('height');
  });

  it('"Older posts" does not wait on a subscription whose first page failed', async () => {
    // The bundled blog fails at once, then its every request hangs.
    let asked = 0;
    fakeFetch({
      [DEMO_FEED]: demoPage('feed.json'),
      [`${ORIGIN}/data/feed-2.json`]: demoPage('feed-2.json'),
      [`${ORIGIN}/data/harbour-notes/posts.atom`]: () =>
        ++asked === 1
          ? Promise.reject(new TypeError('Failed to fetch'))
          : new Promise<Response>(() => undefined),
    });
    const { user } = renderApp('/');
    await screen.findByRole('link', { name: SEED_TITLE });
    await screen.findByText(/1 feed could not be read/);
    await user.click(screen.getByRole('button', { name: 'Older posts' }));
    expect(
      await screen.findByRole('link', { name: /Explainer: Where Nuclear Talks/ }, OLDER),
    ).toBeInTheDocument();
  });

  it('"Older posts" appends the next page and keeps what is shown', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('link', { name: SEED_TITLE });
    const firstStep = screen.getAllByRole('article').length;
    await user.click(screen.getByRole('button', { name: 'Older posts' }));
    expect(
      await screen.findByRole('link', { name: /Explainer: Where Nuclear Talks/ }, OLDER),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: SEED_TITLE })).toBeInTheDocument();
    // The reader goes on at the first entry added, not at the button now below it.
    await waitFor(() => expect(titleLinkOf(firstStep)).toHaveFocus());

    const secondStep = screen.getAllByRole('article').length;
    await user.click(screen.getByRole('button', { name: 'Older posts' }));
    // The front page's other subscription is not served here, and fails: "Older posts" does
    // not wait for it.
    expect(
      await screen.findByRole('link', { name: /Summer Timetable/ }, OLDER),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Older posts' })).not.toBeInTheDocument();
    expect(screen.getByText('You have reached the oldest post.')).toBeInTheDocument();
    // The button pressed is gone: its focus is on what it added, not back at the top.
    await waitFor(() => expect(titleLinkOf(secondStep)).toHaveFocus());
    expect(screen.getAllByRole('article')).toHaveLength(21);
  });

  it('an older page repeating an entry of the page before (the feed moved on) lists it once', async () => {
    const first = demoPage('feed.json') as { items: { id: string }[] };
    const second = demoPage('feed-2.json') as { items: unknown[] };
    const seed = first.items.find((item) => item.id === SEED_ID);
    fakeFetch({
      [DEMO_FEED]: first,
      [`${ORIGIN}/data/feed-2.json`]: { ...second, items: [seed, ...second.items] },
      [`${ORIGIN}/data/feed-3.json`]: demoPage('feed-3.json'),
    });
    const { user } = renderApp('/');
    await screen.findByRole('link', { name: SEED_TITLE });
    await user.click(screen.getByRole('button', { name: 'Older posts' }));
    await screen.findByRole('link', { name: /Explainer: Where Nuclear Talks/ }, OLDER);
    expect(screen.getAllByRole('link', { name: SEED_TITLE })).toHaveLength(1);
  });

  it('"Older posts" of several feeds only ever adds below what is shown', async () => {
    // A second feed, all on one page: its entry of June 25 is older than the first page of the
    // bundled feed, and newer than most of that feed's second page.
    const otherFeed = `${ORIGIN}/other.json`;
    serveDemoWith({
      [otherFeed]: jsonFeed('Lock Keeper', [
        jsonEntry('lights', 'Harbour Lights Festival Begins', '2019-07-05T18:00:00Z'),
        jsonEntry('quiet', 'A Quiet Night at the Lock', '2019-06-25T12:00:00Z'),
      ]),
    });
    const { user } = renderApp('/', { subscriptions: [DEMO_FEED, otherFeed] });
    await screen.findByRole('link', { name: SEED_TITLE });
    const titles = () => screen.getAllByRole('article').map((article) => article.textContent);

    // Shown now, the June 25 entry would have the bundled feed's older page inserted above it.
    expect(screen.getByRole('link', { name: 'Harbour Lights Festival Begins' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'A Quiet Night at the Lock' })).toBeNull();
    const first = titles();

    await user.click(screen.getByRole('button', { name: 'Older posts' }));
    await screen.findByText(/Explainer: Where Nuclear Talks/);
    const second = titles();
    expect(second.slice(0, first.length)).toEqual(first);
    expect(screen.getByRole('link', { name: 'A Quiet Night at the Lock' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Older posts' }));
    await screen.findByText(/Summer Timetable/);
    expect(titles().slice(0, second.length)).toEqual(second);
    expect(screen.getAllByRole('article')).toHaveLength(23);
  });

  it('"Older posts" goes on with the other feeds when one feed\'s older page fails', async () => {
    const failing = `${ORIGIN}/failing.json`;
    const quiet = `${ORIGIN}/quiet.json`;
    serveDemoWith({
      // Its second page cannot be had.
      [failing]: jsonFeed(
        'Gone Quiet',
        [jsonEntry('g1', 'Last Words Before the Move', '2019-06-15T09:00:00Z')],
        `${ORIGIN}/failing-2.json`,
      ),
      // All on one page: its older entry waits for the bundled feed's older pages.
      [quiet]: jsonFeed('Lock Keeper', [
        jsonEntry('l1', 'Harbour Lights Festival Begins', '2019-07-05T18:00:00Z'),
        jsonEntry('l2', 'Winter Mooring Fees Set', '2019-06-01T12:00:00Z'),
      ]),
    });
    const { user } = renderApp('/', { subscriptions: [DEMO_FEED, failing, quiet] });
    await screen.findByRole('link', { name: SEED_TITLE }, OLDER);
    await user.click(screen.getByRole('button', { name: 'Older posts' }));
    // Named as the river names it (here its address: the test's subscriptions have no titles).
    expect(await screen.findByRole('alert', {}, OLDER)).toHaveTextContent(
      `Older posts of ${failing} could not be loaded.`,
    );
    expect(screen.queryByRole('link', { name: 'Winter Mooring Fees Set' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Older posts' }));
    expect(
      await screen.findByRole('link', { name: 'Winter Mooring Fees Set' }, OLDER),
    ).toBeInTheDocument();
  });

  it("a post that two followed feeds carry (a blog's RSS and Atom) is listed once", async () => {
    const xml = (name: string, type: string) => () =>
      new Response(fixtureText('xml', name), { headers: { 'Content-Type': type } });
    const rss = `${ORIGIN}/girtby/feed/`;
    const atom = `${ORIGIN}/girtby/feed/atom/`;
    fakeFetch({
      [rss]: xml(
        'wordpress-rss-2.9__randomphrase__girtby.net__feed-index.xml',
        'application/rss+xml',
      ),
      [atom]: xml(
        'wordpress-atom-thr-total__randomphrase__girtby.net__feed-atom-index.xml',
        'application/atom+xml',
      ),
    });
    renderApp('/', { subscriptions: [rss, atom] });
    expect(
      (await screen.findAllByRole('link', { name: 'Archiving Tweets' }, { timeout: 10_000 }))[0],
    ).toBeInTheDocument();
    // Both feeds read: neither is loading any more.
    await waitFor(() => expect(screen.queryByText(/Loading/)).toBeNull(), { timeout: 10_000 });
    expect(screen.getAllByRole('link', { name: 'Last Post!' })).toHaveLength(1);
    expect(screen.getAllByRole('link', { name: 'Archiving Tweets' })).toHaveLength(1);
  });
});
/**
 * A planet's RSS and Atom feeds, followed both: Planet 2.x writes its RSS items' titles after
 * their writer's name, Planet Venus's Atom keeps them as written (pythonbrasil/planet's rss20.xml
 * and atom.xml); the ids differ. Nothing read yet.
 */
function servePlanet() {
  resetReading();
  const rss = `${ORIGIN}/planet/rss20.xml`;
  const atom = `${ORIGIN}/planet/atom.xml`;
  const post = (slug: string) => `https://ana.example/2025/03/${slug}/`;
  const item = (slug: string, title: string, date: string) =>
    `<item><title>Ana Silva: ${title}</title><guid>${post(slug).slice(0, -1)}</guid><link>${post(slug)}</link><pubDate>${date}</pubDate><description>On ${title}.</description></item>`;
  const entry = (slug: string, title: string, date: string) =>
    `<entry><title type="html">${title}</title><id>tag:ana.example,2025:${slug}</id><link href="${post(slug)}"/><updated>${date}</updated><author><name>Ana Silva</name></author><content type="html">On ${title}.</content></entry>`;
  fakeFetch({
    [rss]: () =>
      new Response(
        `<rss version="2.0"><channel><title>Planet Harbour</title><link>https://planet.example/</link>${item('tides', 'Tide tables for June', 'Sun, 23 Mar 2025 10:00:00 +0000')}${item('locks', 'Lock - keeping in spring', 'Sat, 22 Mar 2025 10:00:00 +0000')}</channel></rss>`,
        { headers: { 'Content-Type': 'application/rss+xml' } },
      ),
    [atom]: () =>
      new Response(
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet Harbour (Atom)</title><id>https://planet.example/</id><updated>2025-03-23T10:00:00Z</updated>${entry('tides', 'Tide tables for June', '2025-03-23T10:00:00Z')}${entry('locks', 'Lock - keeping in spring', '2025-03-22T10:00:00Z')}</feed>`,
        { headers: { 'Content-Type': 'application/atom+xml' } },
      ),
  });
  return renderApp('/', { subscriptions: [rss, atom] });
}

it('a planet\'s copy of a post ("Ana Silva: Title") is listed once, and marked read with it', async () => {
  const { user } = servePlanet();
  await waitFor(() => expect(screen.queryByText(/Loading/)).toBeNull(), { timeout: 10_000 });
  expect(await screen.findAllByRole('link', { name: /Tide tables for June$/ })).toHaveLength(1);
  expect(screen.getAllByRole('link', { name: /Lock - keeping in spring$/ })).toHaveLength(1);

  await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
  await user.click(screen.getByRole('link', { name: 'Subscriptions' }));
  expect(await screen.findByText('2 feeds · 0 unread')).toBeInTheDocument();
});

it("a post opened from the front page is read in every feed that carries it (a planet's RSS and Atom)", async () => {
  const { user } = servePlanet();
  await waitFor(() => expect(screen.queryByText(/Loading/)).toBeNull(), { timeout: 10_000 });
  await user.click(await screen.findByRole('link', { name: /Tide tables for June$/ }));
  expect(
    await screen.findByRole('heading', { level: 1, name: /Tide tables for June$/ }),
  ).toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: 'Subscriptions' }));
  // Four entries, two posts: the other post, in both feeds, is left.
  expect(await screen.findByText('2 feeds · 2 unread')).toBeInTheDocument();
});

describe('tag page', () => {
  it('of every feed lists tagged articles older than the front page shows yet', async () => {
    const quiet = `${ORIGIN}/quiet.json`;
    serveDemoWith({
      [quiet]: jsonFeed('Lock Keeper', [
        {
          ...jsonEntry('l1', 'Winter Mooring Fees Set', '2019-06-01T12:00:00Z'),
          tags: ['Moorings'],
        },
      ]),
    });
    renderApp('/tags/Moorings', { subscriptions: [DEMO_FEED, quiet] });
    expect(
      await screen.findByRole('link', { name: 'Winter Mooring Fees Set' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No loaded articles are tagged/)).toBeNull();
  });

  it('lists only the articles with that tag', async () => {
    serveDemo();
    renderApp('/tags/North%20Korea');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'North Korea' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: SEED_TITLE })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.queryByRole('link', { name: /Harbour Fog/ })).not.toBeInTheDocument();
  });

  it('is the same page whatever the spelling: letter case, or a slug', async () => {
    serveDemo();
    renderApp('/tags/north-KOREA');
    expect(await screen.findByRole('link', { name: SEED_TITLE })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('followed from an older article, lists it with all the front page has read', async () => {
    serveDemo();
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Older posts' }));
    const older = await screen.findByRole('article', { name: /Explainer: Where Nuclear Talks/ });
    await user.click(within(older).getByRole('link', { name: 'North Korea' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'North Korea' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /Explainer: Where Nuclear Talks/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: SEED_TITLE })).toBeInTheDocument();
  });

  it('finds more tagged articles on older pages', async () => {
    serveDemo();
    const { user } = renderApp('/tags/North%20Korea');
    await screen.findByRole('link', { name: SEED_TITLE });
    await user.click(screen.getByRole('button', { name: 'Older posts' }));
    expect(
      await screen.findByRole('link', { name: /Explainer: Where Nuclear Talks/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });
});

describe('article view', () => {
  it('renders the seed article faithfully', async () => {
    serveDemo();
    renderApp(articlePath(SEED_ID));
    const heading = await screen.findByRole('heading', { level: 1, name: SEED_TITLE });
    const article = heading.closest('article') as HTMLElement;
    expect(article).toHaveTextContent('Leo Byrne');
    const published = within(article).getByText('Sunday, June 30, 2019');
    expect(published.tagName).toBe('TIME');
    expect(published).toHaveAttribute('datetime', '2019-06-30T12:00:00.000Z');
    expect(within(article).getByText(/First published/)).toHaveTextContent(
      'First published June 28, 2019',
    );
    expect(within(article).getByRole('link', { name: 'North Korea' })).toBeInTheDocument();
    const paragraphs = [...article.querySelectorAll('.article-body p')].map((p) => p.textContent);
    expect(paragraphs).toHaveLength(15);
    expect(paragraphs[0]).toBe(
      'Russian President Vladimir Putin on Friday told his South Korean counterpart Moon Jae-in that North Korea would give up its nuclear program in exchange for security guarantees.',
    );
    expect(paragraphs).toContain(
      '“There’s no other way. You have to have a dialogue, I think there is no other way.”',
    );
    expect(paragraphs.at(-1)).toBe('Featured image: The Kremlin');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No comments' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${SEED_TITLE} · The Broadsheet Daily`));
  });

  it('links to the newer and older articles', async () => {
    serveDemo();
    renderApp(articlePath(SEED_ID));
    const nav = await screen.findByRole('navigation', { name: 'More articles' });
    expect(
      within(nav).getByRole('link', { name: /Newer.*Le festival du livre/ }),
    ).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: /Older.*A Decade On/ })).toBeInTheDocument();
  });

  it('links to the newer and older articles by date, as the list orders them, not as the feed does', async () => {
    // A feed that lists its items out of date order, as CNN's and Stack Overflow's do.
    const FEED = `${ORIGIN}/unsorted/feed.json`;
    const item = (id: string, day: number) => ({
      id,
      title: `Story ${id}`,
      content_text: `Story ${id}.`,
      date_published: `2024-03-0${day}T12:00:00Z`,
    });
    fakeFetch({
      [FEED]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Unsorted',
        items: [item('b', 2), item('c', 3), item('a', 1)],
      },
    });
    renderApp(articlePath('c', `?feed=${encodeURIComponent(FEED)}`));
    const nav = await screen.findByRole('navigation', { name: 'More articles' });
    expect(within(nav).queryByRole('link', { name: /^Newer/ })).toBeNull();
    expect(within(nav).getByRole('link', { name: /^Older.*Story b/ })).toBeInTheDocument();
  });

  it('shows the summary as the text of an item that gives nothing else', async () => {
    const FEED = `${ORIGIN}/summaries/feed.json`;
    fakeFetch({
      [FEED]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Summaries',
        items: [
          {
            id: 's1',
            title: 'A summary alone',
            summary: 'What the post says, in short.',
            date_published: '2024-03-01T12:00:00Z',
          },
        ],
      },
    });
    renderApp(articlePath('s1', `?feed=${encodeURIComponent(FEED)}`));
    const heading = await screen.findByRole('heading', { level: 1, name: 'A summary alone' });
    const article = heading.closest('article');
    if (!article) throw new Error('The article page has no article');
    expect(within(article).getByText('What the post says, in short.')).toBeInTheDocument();
  });

  it('runs together the lines of a text wrapped at a width, and keeps a writer’s own', async () => {
    const FEED = `${ORIGIN}/abstracts/feed.json`;
    // An abstract as arXiv's Atom gives it, wrapped at 76 or so; a verse's lines its own.
    const abstract =
      'The effect of the electron-electron cusp on the convergence of configuration\n' +
      'interaction (CI) wave functions is examined. By analogy with the\n' +
      'pseudopotential approach for electron-ion interactions, an effective\n' +
      'electron-electron interaction is introduced.';
    const verse = 'Roses are red,\nViolets are blue,\nThe abstract was wrapped\nAt seventy-two.';
    fakeFetch({
      [FEED]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Abstracts',
        items: [
          {
            id: 'a1',
            title: 'Cusp',
            content_text: `${abstract}\n\n${verse}`,
            date_published: '2009-03-01T12:00:00Z',
          },
        ],
      },
    });
    renderApp(articlePath('a1', `?feed=${encodeURIComponent(FEED)}`));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Cusp' });
    const paragraphs = [...(heading.closest('article')?.querySelectorAll('.article-body p') ?? [])];
    expect(paragraphs.map((paragraph) => paragraph.textContent)).toEqual([
      abstract.replaceAll('\n', ' '),
      verse,
    ]);
  });

  it('opens from a list without a second request for the same page', async () => {
    const { requests } = serveDemo();
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: SEED_TITLE }));
    expect(await screen.findByRole('heading', { level: 1, name: SEED_TITLE })).toBeInTheDocument();
    expect(requests.filter((url) => url === DEMO_FEED)).toHaveLength(1);
  });

  it('moves focus to the heading after navigating', async () => {
    serveDemo();
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: SEED_TITLE }));
    const heading = await screen.findByRole('heading', { level: 1, name: SEED_TITLE });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('opens a deep link to an article beyond the first page', async () => {
    const { requests } = serveDemo();
    renderApp(articlePath(PAGE_3_ID));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Ferries Switch to Summer Timetable/ }),
    ).toBeInTheDocument();
    expect(requests).toEqual([
      DEMO_FEED,
      `${ORIGIN}/data/feed-2.json`,
      `${ORIGIN}/data/feed-3.json`,
    ]);
  });

  it('opens ids that are URLs with ? and #', async () => {
    serveDemo();
    renderApp(articlePath('https://broadsheet.example/notes?id=42#note'));
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Line 4 trams will run/ }),
    ).toBeInTheDocument();
  });

  it('says "Article not found" with a way home once every page was searched', async () => {
    const { requests } = serveDemo();
    renderApp(articlePath('no-such-article'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Article not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the front page' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(requests).toHaveLength(3);
  });

  it('sets the language, and runs an article in Arabic right to left', async () => {
    serveDemo();
    renderApp(articlePath('https://broadsheet.example/ar/2019/07/01/shipping-rates'));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'ارتفاع أسعار الشحن في موانئ المنطقة',
    });
    expect(heading).toHaveAttribute('dir', 'rtl');
    expect(heading.closest('article')).toHaveAttribute('lang', 'ar');
  });

  it('keeps hostile feed HTML from reaching the page', async () => {
    fakeFetch({
      [DEMO_FEED]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Hostile',
        items: [
          {
            id: 'x',
            title: 'Hostile',
            content_html:
              '<p>Hello</p><img src=x onerror="window.pwned=1"><script>window.pwned=1</script><a href="javascript:window.pwned=1">click</a><iframe src="https://evil.example"></iframe><form><input></form>',
          },
        ],
      },
    });
    renderApp(articlePath('x'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Hostile' });
    const article = heading.closest('article') as HTMLElement;
    expect(article.querySelector('script, iframe, form, input, [onerror]')).toBeNull();
    expect(within(article).getByText('click')).not.toHaveAttribute(
      'href',
      expect.stringMatching(/javascript/),
    );
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('plays an episode published in two formats and on two hosts once, with a download of each', async () => {
    const episode = 'Episode 12: The tide tables';
    fakeFetch({
      [DEMO_FEED]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Harbour Radio',
        items: [
          {
            id: 'e12',
            title: 'Episode 12',
            content_text: 'Notes.',
            attachments: [
              { url: 'https://cdn.example/e12.mp3', mime_type: 'audio/mpeg', title: episode },
              { url: 'https://cdn.example/e12.m4a', mime_type: 'audio/x-m4a', title: episode },
              { url: 'https://mirror.example/e12.mp3', mime_type: 'audio/mpeg', title: episode },
              { url: 'https://cdn.example/bonus.mp3', mime_type: 'audio/mpeg', title: 'Bonus' },
              { url: 'https://cdn.example/a.jpg', mime_type: 'image/jpeg', title: 'The quay' },
              { url: 'https://cdn.example/b.jpg', mime_type: 'image/jpeg', title: 'The quay' },
            ],
          },
        ],
      },
    });
    renderApp(articlePath('e12'));
    await screen.findByRole('heading', { level: 1, name: 'Episode 12' });
    const attachments = screen.getByRole('region', { name: 'Attachments' });
    const players = attachments.querySelectorAll('audio');
    expect([...players].map((player) => player.getAttribute('aria-label'))).toEqual([
      episode,
      'Bonus',
    ]);
    expect(
      [...(players[0]?.querySelectorAll('source') ?? [])].map((source) => source.type),
    ).toEqual(['audio/mpeg', 'audio/x-m4a', 'audio/mpeg']);
    expect(within(attachments).getByRole('link', { name: `Download ${episode}` })).toHaveAttribute(
      'href',
      'https://cdn.example/e12.mp3',
    );
    expect(
      within(attachments).getByRole('link', { name: `Download ${episode} (e12.m4a)` }),
    ).toHaveAttribute('href', 'https://cdn.example/e12.m4a');
    expect(
      within(attachments).getByRole('link', { name: `Download ${episode} (mirror.example)` }),
    ).toHaveAttribute('href', 'https://mirror.example/e12.mp3');
    // Two pictures with one caption are two pictures.
    expect(within(attachments).getAllByRole('img', { name: 'The quay' })).toHaveLength(2);
  });

  it('turns content_text into paragraphs', async () => {
    fakeFetch({
      [DEMO_FEED]: {
        version: 'https://jsonfeed.org/version/1',
        title: 'Text',
        items: [{ id: 't', title: 'Plain', content_text: 'First para.\n\nSecond <b>para</b>.' }],
      },
    });
    renderApp(articlePath('t'));
    await screen.findByRole('heading', { level: 1, name: 'Plain' });
    expect(screen.getByText('First para.').tagName).toBe('P');
    expect(screen.getByText('Second <b>para</b>.').tagName).toBe('P');
  });
});

describe('other feeds with ?feed=', () => {
  it('reads any JSON Feed and keeps the parameter on every link', async () => {
    const url = 'https://daringfireball.net/feeds/json';
    fakeFetch({ [url]: fixtureJson('real', 'tfausak__json-feed__daringfireball.net.json') });
    renderApp(`/?feed=${encodeURIComponent(url)}`);
    expect(await screen.findByRole('link', { name: 'Daring Fireball' })).toHaveAttribute(
      'href',
      `/?feed=${encodeURIComponent(url)}`,
    );
    await screen.findByRole('link', { name: 'Mossberg: The Disappearing Computer' });
    // The front page and the list of subscriptions are every feed's, not this one's.
    const everyFeed = ['/', '/subscriptions'];
    const links = screen
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('/'))
      .filter((a) => !everyFeed.includes(a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(10);
    for (const link of links)
      expect(link.getAttribute('href')).toContain(`feed=${encodeURIComponent(url)}`);
  });

  it('resolves a relative ?feed= against the page', async () => {
    fakeFetch({
      [`${ORIGIN}/feeds/manton.json`]: fixtureJson('real', 'tfausak__json-feed__manton.org.json'),
    });
    renderApp('/?feed=feeds/manton.json');
    expect(await screen.findByRole('link', { name: 'Manton Reece' })).toBeInTheDocument();
  });

  it('counts the items it could not show', async () => {
    fakeFetch({
      [DEMO_FEED]: fixtureJson('invalid', 'sonicdoe__jsonfeed-validator__schema-index.json'),
    });
    renderApp('/', { subscriptions: [DEMO_FEED] });
    expect(await screen.findByText('1 item could not be shown.')).toBeInTheDocument();
    // The list is drawn in a render that yields: it may follow the notice by a moment.
    expect(await screen.findAllByRole('article')).toHaveLength(1);
  });
});

describe('errors: a message and a way forward', () => {
  it.each([
    [
      'an HTTP error',
      () => new Response('gone', { status: 404, statusText: 'Not Found' }),
      'The server answered 404 Not Found. No feed is at this address (any more): check it, or give the site’s own address to find its feed.',
    ],
    [
      'a feed taken down for good',
      () => new Response('', { status: 410, statusText: 'Gone' }),
      'The server answered 410 Gone. The site has taken this feed down for good: unsubscribe, or look on the site for a new one.',
    ],
    [
      'invalid JSON',
      () => new Response(fixtureText('invalid', 'mmcdole__gofeed__invalid.json')),
      'The document is not valid JSON; it may be cut off or broken.',
    ],
    [
      'not a JSON Feed',
      () => jsonResponse(fixtureJson('invalid', 'Ranchero-Software__RSParser__ScriptingNews.json')),
      'This is not a JSON Feed: it has no version.',
    ],
    [
      'a network failure',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'Could not reach localhost:3000. Check your connection and try again.',
    ],
  ])('%s shows an alert, and "Try again" recovers', async (_name, fail, message) => {
    let broken = true;
    fakeFetch({ [DEMO_FEED]: () => (broken ? fail() : jsonResponse(demoPage('feed.json'))) });
    const { user } = renderApp('/', { subscriptions: [DEMO_FEED] });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This feed could not be loaded.');
    expect(alert).toHaveTextContent(message);
    // The alert is the words alone: its way forward is not read into it.
    expect(alert).not.toHaveTextContent('Try again');
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: SEED_TITLE })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('"Try again" keeps its focus while it asks again, and after a second failure', async () => {
    const gone = `${ORIGIN}/feeds/gone.json`;
    let answer: (response: Response) => void = () => undefined;
    let slow = false;
    fakeFetch({
      [gone]: () =>
        slow
          ? new Promise<Response>((resolve) => (answer = resolve))
          : new Response('', { status: 410 }),
    });
    const { user } = renderApp(`/?feed=${encodeURIComponent(gone)}`);
    await screen.findByRole('alert');
    const button = screen.getByRole('button', { name: 'Try again' });
    button.focus();
    slow = true;
    await user.keyboard('{Enter}');
    const trying = await screen.findByRole('button', { name: 'Trying again…' });
    expect(trying).toHaveFocus();
    expect(trying).toHaveAttribute('aria-disabled', 'true');
    answer(new Response('', { status: 410 }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus());
  });

  it('a feed\'s own page that could not be read is headed and titled by that, not "Latest news"', async () => {
    const broken = `${ORIGIN}/feeds/broken.json`;
    fakeFetch({
      [broken]: () => jsonResponse('{"version": "https://jsonfeed.org/version/1.1", "ite'),
    });
    renderApp(`/?feed=${encodeURIComponent(broken)}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('This feed could not be loaded.');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Feed could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Latest news' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Feed could not be loaded · Broadsheet'));
  });

  it('never says the front page has no articles while its first feed arrives', async () => {
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    fakeFetch({ [DEMO_FEED]: () => arrived.then(() => jsonResponse(demoPage('feed.json'))) });
    const said: string[] = [];
    const watcher = new MutationObserver(() => {
      if (document.body.textContent?.includes('No articles yet.')) said.push('No articles yet.');
    });
    watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
    renderApp('/', { subscriptions: [DEMO_FEED] });
    expect(await screen.findByText('Loading articles…')).toBeInTheDocument();
    arrive();
    expect(await screen.findByRole('link', { name: SEED_TITLE })).toBeInTheDocument();
    watcher.disconnect();
    expect(said).toEqual([]);
  });

  it('a feed without items says so instead of failing', async () => {
    fakeFetch({
      [DEMO_FEED]: fixtureJson(
        'invalid',
        'danmactough__jsonfeed-schema-validator__invalid-missing-items.json',
      ),
    });
    renderApp('/', { subscriptions: [DEMO_FEED] });
    expect(await screen.findByText('This feed lists no articles.')).toBeInTheDocument();
  });

  it('an older page that fails can be retried without losing the list', async () => {
    let broken = true;
    fakeFetch({
      [DEMO_FEED]: demoPage('feed.json'),
      [`${ORIGIN}/data/feed-2.json`]: () =>
        broken ? new Response('', { status: 500 }) : jsonResponse(demoPage('feed-2.json')),
    });
    const { user } = renderApp('/', { subscriptions: [DEMO_FEED] });
    await user.click(await screen.findByRole('button', { name: 'Older posts' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Older posts could not be loaded.');
    expect(screen.getByRole('link', { name: SEED_TITLE })).toBeInTheDocument();
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    // Found by its entry, not among every link of two pages: naming each is slow in jsdom.
    const entry = await screen.findByRole('article', { name: /Explainer: Where Nuclear Talks/ });
    expect(
      within(entry).getByRole('link', { name: /Explainer: Where Nuclear Talks/ }),
    ).toBeInTheDocument();
  });

  it("one feed's failed older page holds back none of the others' posts, and says which feed", async () => {
    const OTHER = `${ORIGIN}/other/notes.json`;
    // Sixty notes, all older than the bundled feed's first page.
    const notes = Array.from({ length: 60 }, (_, index) => ({
      id: `note-${index + 1}`,
      title: `Harbour note ${index + 1}`,
      content_text: 'A short note.',
      date_published: new Date(Date.UTC(2018, 0, 60 - index)).toISOString(),
    }));
    fakeFetch({
      [DEMO_FEED]: demoPage('feed.json'),
      [`${ORIGIN}/data/feed-2.json`]: () => new Response('', { status: 500 }),
      [OTHER]: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Notes',
        items: notes,
      },
    });
    const { user } = renderApp('/', { subscriptions: [DEMO_FEED, OTHER] });
    await user.click(await screen.findByRole('button', { name: 'Older posts' }));
    const alert = await screen.findByRole('alert');
    // Named as the river names it (here its address: the test's subscriptions have no titles).
    expect(alert).toHaveTextContent(`Older posts of ${DEMO_FEED} could not be loaded.`);
    expect(await screen.findByRole('article', { name: 'Harbour note 40' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Harbour note 41' })).toBeNull();
    // The notes already read are shown on asking, the failure still told.
    await user.click(screen.getByRole('button', { name: 'Older posts' }));
    expect(await screen.findByRole('article', { name: 'Harbour note 60' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('could not be loaded');
  });

  it("a feed followed under its host's name for want of one takes its own title once read", async () => {
    const UNNAMED = `${ORIGIN}/other/notes.json`;
    const NAMED = `${ORIGIN}/other/named.json`;
    const feed = (title: string, id: string) => ({
      version: 'https://jsonfeed.org/version/1.1',
      title,
      items: [
        {
          id,
          title: `A note ${id}`,
          content_text: 'Short.',
          date_published: '2019-07-01T08:00:00Z',
        },
      ],
    });
    fakeFetch({ [UNNAMED]: feed('Harbour Notes', '1'), [NAMED]: feed('Something else', '2') });
    const since = new Date(0).toISOString();
    const following = (feedUrl: string, title: string) => ({
      feedUrl,
      title,
      addedAt: since,
      changedAt: since,
    });
    localStorage.setItem(
      'broadsheet:subscriptions',
      JSON.stringify({
        state: {
          feeds: {
            [UNNAMED]: { ...following(UNNAMED, 'localhost'), untitled: true },
            // A name given (by the reader, or the file) stays, whatever the feed calls itself.
            [NAMED]: following(NAMED, 'My name for it'),
          },
        },
        version: 1,
      }),
    );
    renderApp('/');
    const note = await screen.findByRole('article', { name: 'A note 1' });
    await waitFor(() => expect(note).toHaveTextContent('Harbour Notes'));
    const stored = useSubscriptionStore.getState().feeds;
    expect(stored[UNNAMED]).toMatchObject({ title: 'Harbour Notes' });
    expect(stored[UNNAMED]?.untitled).toBeUndefined();
    expect(stored[NAMED]?.title).toBe('My name for it');
    expect(screen.getByRole('article', { name: 'A note 2' })).toHaveTextContent('My name for it');
  });

  it('an unknown path is "Page not found" with a way home', async () => {
    serveDemo();
    renderApp('/nowhere');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the front page' })).toBeInTheDocument();
  });

  it('/index.html is the front page, with its query kept', async () => {
    serveDemo();
    renderApp('/index.html?feed=%2Fdata%2Ffeed.json');
    const banner = await screen.findByRole('banner');
    expect(
      await within(banner).findByRole('link', { name: 'The Broadsheet Daily' }),
    ).toHaveAttribute('href', '/?feed=%2Fdata%2Ffeed.json');
    expect(await screen.findByRole('link', { name: SEED_TITLE })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Page not found' })).not.toBeInTheDocument();
  });
});
