import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dehydrate, hydrate, QueryCache, QueryClient } from '@tanstack/react-query';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  subscribe,
  updateSubscription,
} from '../../src/features/subscriptions/store/subscription-actions';
import {
  SUBSCRIPTIONS_KEY,
  useSubscriptionStore,
} from '../../src/features/subscriptions/store/subscription-store';
import { serveDemo } from '../helpers/demo-feed';
import { findStatus } from '../helpers/status';
import { fakeFetch, jsonResponse } from '../helpers/fake-fetch';
import { demoPage, fixtureText } from '../helpers/fixtures';
import { DEMO_FEED, ORIGIN, renderApp } from '../helpers/render-app';
import { resetReading } from '../reading/helpers';
import './blob-bytes';

const BLOG = `${ORIGIN}/data/harbour-notes/posts.atom`;
const RSS = `${ORIGIN}/feeds/natasha.xml`;
const RSS_TITLE = 'Natasha The Robot';
const RSS_ENTRY = 'The Easiest Way to Get a URL for your Apple Wallet Passkit Pass';
const SITE = 'https://inessential.com/';
const SEED_TITLE = 'Putin Reiterates That North Korea Requires Security Guarantees';
const AT = '2024-05-01T10:00:00.000Z';

const xml = (name: string) => () =>
  new Response(fixtureText('xml', name), { headers: { 'Content-Type': 'application/rss+xml' } });

/** The bundled feeds, a feed of someone else's and a site whose page names two feeds. */
function serveFeeds(extra: Record<string, unknown> = {}) {
  return fakeFetch({
    [DEMO_FEED]: demoPage('feed.json'),
    [`${ORIGIN}/data/feed-2.json`]: demoPage('feed-2.json'),
    [`${ORIGIN}/data/feed-3.json`]: demoPage('feed-3.json'),
    [BLOG]: () => new Response(demoAtom(), { headers: { 'Content-Type': 'application/atom+xml' } }),
    [RSS]: xml('Ranchero-Software__RSParser__natasha.xml'),
    [SITE]: () =>
      new Response(
        fixtureText(
          'html',
          'autodiscovery-rss-and-json__Ranchero-Software__NetNewsWire__inessential.html',
        ),
        { headers: { 'Content-Type': 'text/html' } },
      ),
    'https://inessential.com/xml/rss.xml': xml('Ranchero-Software__RSParser__natasha.xml'),
    ...extra,
  });
}

/** NPR's page, which names two feeds (each in two formats). */
const NPR = 'https://www.npr.org/sections/thetwo-way/';
const nprPage = () =>
  new Response(
    fixtureText(
      'html',
      'autodiscovery-rss-and-json-same-titles__postlight__parser__www.npr.org.html',
    ),
    { headers: { 'Content-Type': 'text/html' } },
  );

/** The bundled Blogger-style blog, as public/ serves it. */
function demoAtom(): string {
  return readFileSync(
    join(import.meta.dirname, '..', '..', 'public', 'data', 'harbour-notes', 'posts.atom'),
    'utf8',
  );
}

async function subscribeTo(address: string) {
  const app = renderApp('/subscriptions');
  await screen.findByRole('heading', { level: 1, name: 'Subscriptions' });
  await app.user.type(screen.getByLabelText('Feed or site address'), address);
  await app.user.click(screen.getByRole('button', { name: 'Subscribe' }));
  return app;
}

const following = () =>
  Object.values(useSubscriptionStore.getState().feeds)
    .filter((feed) => !feed.removedAt)
    .map((feed) => feed.title)
    .sort();

beforeEach(resetReading);
afterEach(resetReading);

describe('the subscriptions page', () => {
  it('lists the bundled feeds on a fresh browser, each linking to its own page', async () => {
    serveFeeds();
    renderApp('/subscriptions');
    const daily = await screen.findByRole('link', { name: 'The Broadsheet Daily' });
    expect(daily).toHaveAttribute('href', '/?feed=%2Fdata%2Ffeed.json');
    expect(screen.getByRole('link', { name: 'Harbour Notes' })).toBeInTheDocument();
    expect(await screen.findAllByText(/\d+ unread/)).not.toHaveLength(0);
    // No folder at all: no heading says that none is in one.
    expect(screen.queryByRole('heading', { name: 'Not in a folder' })).not.toBeInTheDocument();
  });

  it('subscribes to a feed by its address, and the front page then shows it', async () => {
    serveFeeds();
    const { user } = await subscribeTo('/feeds/natasha.xml');
    const said = await screen.findByText(/^Subscribed to Natasha The Robot\./);
    // Only the words are the status; "Read it" is a link beside it.
    expect(said.parentElement).toHaveRole('status');
    expect(said.parentElement).toHaveTextContent(/^Subscribed to Natasha The Robot\.$/);
    expect(said).not.toHaveTextContent('Read it');
    expect(screen.getByRole('link', { name: 'Read it' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: RSS_TITLE })).toBeInTheDocument();
    expect(following()).toContain(RSS_TITLE);

    await user.click(screen.getByRole('link', { name: 'Front page' }));
    // Its entries (of 2017) come after every entry of the bundled feed (of 2019), which has two
    // older pages: "Older posts" reads them first.
    await screen.findByRole('article', { name: SEED_TITLE });
    expect(screen.queryByRole('article', { name: RSS_ENTRY })).toBeNull();
    for (const page of ['Explainer: Where Nuclear Talks', 'Summer Timetable']) {
      await user.click(screen.getByRole('button', { name: 'Older posts' }));
      await screen.findByText(new RegExp(page));
    }
    const entry = await screen.findByRole('article', { name: RSS_ENTRY });
    expect(within(entry).getByRole('link', { name: RSS_TITLE })).toHaveAttribute(
      'href',
      '/?feed=%2Ffeeds%2Fnatasha.xml',
    );
    expect(within(entry).getByRole('link', { name: RSS_ENTRY })).toHaveAttribute(
      'href',
      expect.stringContaining('?feed=%2Ffeeds%2Fnatasha.xml') as string,
    );
    // The bundled feed's articles are there too, naming their feed, with their own links.
    const seed = await screen.findByRole('article', { name: SEED_TITLE });
    expect(within(seed).getByRole('link', { name: 'The Broadsheet Daily' })).toBeInTheDocument();
  });

  it.each([
    ['its feed: link', 'feed://inessential.com/xml/rss.xml'],
    ['a podcast app link', 'itpc://inessential.com/xml/rss.xml'],
    ['this computer, with its port and no scheme', `${window.location.host}/feeds/natasha.xml`],
  ])('subscribes by an address written as %s', async (_form, address) => {
    serveFeeds();
    await subscribeTo(address);
    expect(await screen.findByText(/^Subscribed to /)).toBeInTheDocument();
  });

  it('says a feed is already followed instead of adding it twice', async () => {
    serveFeeds();
    await subscribeTo('/data/feed.json');
    expect(
      await screen.findByText(/^You already follow The Broadsheet Daily\./),
    ).toBeInTheDocument();
    expect(following()).toEqual(['Harbour Notes', 'The Broadsheet Daily']);
  });

  it('says a feed is already followed when its address is written another way', async () => {
    serveFeeds();
    await subscribeTo(`https://${window.location.host}/data/feed.json`);
    expect(
      await screen.findByText(/^You already follow The Broadsheet Daily\./),
    ).toBeInTheDocument();
    expect(following()).toEqual(['Harbour Notes', 'The Broadsheet Daily']);
  });

  it('subscribes at once to a site that names one feed, though in two formats', async () => {
    serveFeeds();
    await subscribeTo('inessential.com');
    expect(await screen.findByText(/^Subscribed to Natasha The Robot\./)).toBeInTheDocument();
    expect(
      useSubscriptionStore.getState().feeds['https://inessential.com/xml/rss.xml'],
    ).toBeDefined();
  });

  it('reads the links of a site that redirects from where it landed (theverge.com to www.)', async () => {
    const page =
      '<html><head><link rel="alternate" type="application/rss+xml" href="/rss/index.xml"></head></html>';
    serveFeeds({
      'https://theverge.example/2024/post': () => {
        const response = new Response(page, { headers: { 'Content-Type': 'text/html' } });
        Object.defineProperty(response, 'redirected', { value: true });
        Object.defineProperty(response, 'url', { value: 'https://www.theverge.example/2024/post' });
        return response;
      },
      'https://www.theverge.example/rss/index.xml': xml('Ranchero-Software__RSParser__natasha.xml'),
    });
    await subscribeTo('theverge.example/2024/post');
    expect(await screen.findByText(/^Subscribed to Natasha The Robot\./)).toBeInTheDocument();
    expect(
      useSubscriptionStore.getState().feeds['https://www.theverge.example/rss/index.xml'],
    ).toBeDefined();
  });

  it('reads the same feed in the other format a page names where the first fails (Blogger)', async () => {
    const page = `<html><head>
      <link rel="alternate" type="application/atom+xml" title="Blog - Atom" href="/feeds/posts/default">
      <link rel="alternate" type="application/rss+xml" title="Blog - RSS" href="/feeds/posts/default?alt=rss">
      </head></html>`;
    serveFeeds({
      'https://blog.example/2016/03/post.html': () =>
        new Response(page, { headers: { 'Content-Type': 'text/html' } }),
      'https://blog.example/feeds/posts/default': () => new Response('', { status: 404 }),
      'https://blog.example/feeds/posts/default?alt=rss': xml(
        'Ranchero-Software__RSParser__natasha.xml',
      ),
    });
    await subscribeTo('https://blog.example/2016/03/post.html');
    expect(await screen.findByText(/^Subscribed to Natasha The Robot\./)).toBeInTheDocument();
    expect(
      useSubscriptionStore.getState().feeds['https://blog.example/feeds/posts/default?alt=rss'],
    ).toBeDefined();
  });

  it('offers the feeds a site names, by their titles, each once', async () => {
    serveFeeds({
      [NPR]: nprPage,
      'https://feeds.npr.org/103943429/rss.xml': xml('Ranchero-Software__RSParser__natasha.xml'),
    });
    const { user } = await subscribeTo(NPR);
    expect(
      await screen.findByText('This page names several feeds. Choose one:'),
    ).toBeInTheDocument();
    const choices = screen.getAllByRole('button', { name: /^Subscribe to / });
    expect(choices.map((choice) => choice.textContent)).toEqual([
      'Subscribe to Law',
      'Subscribe to The Two-Way',
    ]);
    await user.click(screen.getByRole('button', { name: 'Subscribe to The Two-Way' }));
    expect(await screen.findByText(/^Subscribed to Natasha The Robot\./)).toBeInTheDocument();
    expect(
      useSubscriptionStore.getState().feeds['https://feeds.npr.org/103943429/rss.xml'],
    ).toBeDefined();
  });

  it('keeps the focus, and the other choices, when a feed chosen from a site fails', async () => {
    serveFeeds({
      [NPR]: nprPage,
      'https://feeds.npr.org/1070/rss.xml': () => new Response('', { status: 404 }),
      'https://feeds.npr.org/103943429/rss.xml': xml('Ranchero-Software__RSParser__natasha.xml'),
    });
    const { user } = await subscribeTo(NPR);
    await user.click(await screen.findByRole('button', { name: 'Subscribe to Law' }));
    // The choices give way while the feed is read: focus waits in the address field.
    expect(screen.getByLabelText('Feed or site address')).toHaveFocus();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^“Law” could not be read\. The server answered 404\. Choose another of the site’s feeds, or try again later\.$/,
    );
    expect(screen.getByLabelText('Feed or site address')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Subscribe to The Two-Way' }));
    expect(await screen.findByText(/^Subscribed to Natasha The Robot\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Subscribe to / })).not.toBeInTheDocument();
  });

  it('says the same thing again when it happens again', async () => {
    serveFeeds();
    const { user } = await subscribeTo('/data/feed.json');
    const first = await screen.findByText(/^You already follow The Broadsheet Daily\./);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    // Written anew in the status, so that a screen reader reads it again.
    await waitFor(() =>
      expect(screen.getByText(/^You already follow The Broadsheet Daily\./)).not.toBe(first),
    );

    await user.clear(screen.getByLabelText('Feed or site address'));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    const alert = screen.getByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter the address of a feed or of a website.',
    );
    expect(screen.getByRole('alert')).not.toBe(alert);
  });

  it('says in words why an address could not be read, and adds nothing', async () => {
    serveFeeds({ [`${ORIGIN}/gone.xml`]: () => new Response('', { status: 404 }) });
    await subscribeTo('/gone.xml');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('404');
    expect(following()).toEqual(['Harbour Notes', 'The Broadsheet Daily']);
  });

  it('unsubscribes with an undo, and the feed leaves the front page', async () => {
    serveFeeds();
    const { user } = renderApp('/subscriptions');
    await user.click(
      await screen.findByRole('button', { name: 'Unsubscribe from The Broadsheet Daily' }),
    );
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    // The status says what happened; its Undo button is not read into it.
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      'Unsubscribed from The Broadsheet Daily.',
    );
    expect(following()).toEqual(['Harbour Notes']);
    await user.click(undo);
    expect(following()).toEqual(['Harbour Notes', 'The Broadsheet Daily']);
    // The Undo button is gone: focus is on the feed it brought back.
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'The Broadsheet Daily' })).toHaveFocus(),
    );

    await user.click(screen.getByRole('button', { name: 'Unsubscribe from The Broadsheet Daily' }));
    await user.click(screen.getByRole('link', { name: 'Front page' }));
    expect(
      await screen.findByRole('article', { name: 'The night ferry comes back' }),
    ).toBeVisible();
    expect(screen.queryByRole('article', { name: SEED_TITLE })).not.toBeInTheDocument();
  });

  it("tells apart two feeds of one name (a site's RSS and Atom) by their addresses", async () => {
    serveFeeds();
    subscribe([
      { feedUrl: 'https://daringfireball.net/feeds/main', title: 'Daring Fireball' },
      { feedUrl: 'https://daringfireball.net/feeds/json', title: 'daring fireball ' },
    ]);
    const { user } = renderApp('/subscriptions');
    expect(
      await screen.findByRole('button', {
        name: 'Unsubscribe from Daring Fireball (daringfireball.net/feeds/main)',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Rename or move daring fireball (daringfireball.net/feeds/json)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('daringfireball.net/feeds/json')).toBeVisible();
    // A name of its own, the address is no longer needed to tell it.
    expect(
      screen.getByRole('button', { name: 'Unsubscribe from Harbour Notes' }),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', {
        name: 'Rename or move daring fireball (daringfireball.net/feeds/json)',
      }),
    );
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Daring Fireball (JSON)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('button', { name: 'Unsubscribe from Daring Fireball' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('daringfireball.net/feeds/main')).toBeNull();
  });

  it('forgets the undo of an unsubscribe once the feed is followed again another way', async () => {
    serveFeeds();
    const { user } = renderApp('/subscriptions');
    await user.click(
      await screen.findByRole('button', { name: 'Unsubscribe from The Broadsheet Daily' }),
    );
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Feed or site address'), '/data/feed.json');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText(/^Subscribed to The Broadsheet Daily\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Unsubscribed from/)).not.toBeInTheDocument();
  });

  it('says how the latest of a subscription, an import and a rename went, not all of them', async () => {
    serveFeeds();
    const { user } = await subscribeTo('/feeds/natasha.xml');
    await screen.findByText(/^Subscribed to Natasha The Robot\./);
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
      <outline text="Daring Fireball" type="rss" xmlUrl="https://daringfireball.net/feeds/main"/>
      </body></opml>`;
    await user.upload(
      screen.getByLabelText('Import OPML'),
      new File([opml], 'mine.opml', { type: 'text/xml' }),
    );
    expect(await findStatus('Imported 1 feed.')).toBeVisible();
    expect(screen.queryByText(/^Subscribed to Natasha The Robot\./)).not.toBeInTheDocument();
    // A rename after it is the latest, then a subscription.
    await user.click(screen.getByRole('button', { name: 'Rename or move Harbour Notes' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved: Harbour Notes, in no folder.');
    expect(screen.queryByText('Imported 1 feed.')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Feed or site address'), BLOG);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    await screen.findByText(/^You already follow Harbour Notes\./);
    expect(screen.queryByText(/^Saved:/)).not.toBeInTheDocument();
  });

  it('saves only what the reader changed in the form, not a name another tab changed since', async () => {
    serveFeeds();
    const { user } = renderApp('/subscriptions');
    await user.click(await screen.findByRole('button', { name: 'Rename or move Harbour Notes' }));
    // Another tab renames the feed while this form is open.
    act(() => updateSubscription(BLOG, { title: 'Harbour (renamed elsewhere)' }));
    await user.type(screen.getByLabelText('Folder'), 'Local{Enter}');
    await screen.findByText(/^Saved: /);
    expect(useSubscriptionStore.getState().feeds[BLOG]).toMatchObject({
      title: 'Harbour (renamed elsewhere)',
      folder: 'Local',
    });
  });

  it('gives focus back to "Rename or move" when the form closes: saved, cancelled or Escape', async () => {
    serveFeeds();
    const { user } = renderApp('/subscriptions');
    const rename = await screen.findByRole('button', { name: 'Rename or move Harbour Notes' });
    await user.click(rename);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename or move Harbour Notes' })).toHaveFocus(),
    );
    // Nothing was saved, and nothing is said to have been.
    expect(screen.queryByText(/^Saved:/)).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Name')).toHaveFocus();
    // A name or a folder in Arabic or Hebrew is written right to left.
    expect(screen.getByLabelText('Name')).toHaveAttribute('dir', 'auto');
    expect(screen.getByLabelText('Folder')).toHaveAttribute('dir', 'auto');
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename or move Harbour Notes' })).toHaveFocus(),
    );
    expect(screen.queryByLabelText('Name')).not.toBeInTheDocument();
    // Moved into a folder, it is drawn again there, and focus follows it.
    await user.keyboard('{Enter}');
    await user.type(screen.getByLabelText('Folder'), 'Local{Enter}');
    const folder = await screen.findByRole('region', { name: 'Local' });
    await waitFor(() =>
      expect(
        within(folder).getByRole('button', { name: 'Rename or move Harbour Notes' }),
      ).toHaveFocus(),
    );
  });

  it('renames a whole folder, merges it into another, or empties it into no folder', async () => {
    serveFeeds();
    const { user } = renderApp('/subscriptions');
    const moveTo = async (title: string, folder: string) => {
      await user.click(await screen.findByRole('button', { name: `Rename or move ${title}` }));
      await user.type(screen.getByLabelText('Folder'), `${folder}{Enter}`);
      await screen.findByText(`Saved: ${title}, in ${folder}.`);
    };
    await moveTo('Harbour Notes', 'Local');
    await moveTo('The Broadsheet Daily', 'News');

    await user.click(screen.getByRole('button', { name: 'Rename folder Local' }));
    const name = screen.getByLabelText('Folder name');
    expect(name).toHaveFocus();
    expect(name).toHaveValue('Local');
    await user.clear(name);
    await user.type(name, 'Harbour{Enter}');
    const harbour = await screen.findByRole('region', { name: 'Harbour' });
    expect(within(harbour).getByRole('link', { name: 'Harbour Notes' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Local' })).not.toBeInTheDocument();
    expect(await findStatus('Saved: 1 feed of Local now in Harbour.')).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename folder Harbour' })).toHaveFocus(),
    );
    expect(useSubscriptionStore.getState().feeds[BLOG]?.folder).toBe('Harbour');

    // Into a folder that exists: the two are one.
    await user.keyboard('{Enter}');
    await user.clear(screen.getByLabelText('Folder name'));
    await user.type(screen.getByLabelText('Folder name'), 'News{Enter}');
    const news = await screen.findByRole('region', { name: 'News' });
    expect(within(news).getAllByRole('listitem')).toHaveLength(2);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename folder News' })).toHaveFocus(),
    );

    // Escape leaves it as it was; an empty name puts its feeds in no folder.
    await user.keyboard('{Enter}{Escape}');
    expect(screen.queryByLabelText('Folder name')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename folder News' })).toHaveFocus(),
    );
    await user.keyboard('{Enter}');
    await user.clear(screen.getByLabelText('Folder name'));
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Saved: 2 feeds of News now in no folder.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'News' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Not in a folder' })).getAllByRole('listitem'),
    ).toHaveLength(2);
  });

  it('says why an address could not be read at the field itself', async () => {
    serveFeeds({ [`${ORIGIN}/gone.xml`]: () => new Response('', { status: 404 }) });
    await subscribeTo('/gone.xml');
    const alert = await screen.findByRole('alert');
    const field = screen.getByLabelText('Feed or site address');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(alert.textContent ?? '-'));
  });

  it('says that words are not an address, without reading them as a site', async () => {
    const { requests } = serveFeeds();
    const { user } = await subscribeTo('news');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter the address of a feed or of a website.',
    );
    const field = screen.getByLabelText('Feed or site address');
    await user.clear(field);
    await user.type(field, 'not an address at all');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter the address of a feed or of a website.',
    );
    expect(requests.filter((url) => /news|address/.test(url))).toEqual([]);
  });

  it('"Mark all as read" on the front page reads what the feeds\' counts count, not only what it shows', async () => {
    serveFeeds();
    const { user } = await subscribeTo('/feeds/natasha.xml');
    await screen.findByText(/^Subscribed to Natasha The Robot\./);
    await user.click(screen.getByRole('link', { name: 'Front page' }));
    await screen.findByRole('article', { name: SEED_TITLE });
    // Its entries wait below the list for "Older posts" (see above).
    expect(screen.queryByRole('article', { name: RSS_ENTRY })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await user.click(screen.getByRole('link', { name: 'Subscriptions' }));
    expect(await screen.findByText('3 feeds · 0 unread')).toBeInTheDocument();
  });

  it('says a feed is being read while it is, not that it was never read', async () => {
    serveFeeds({ [BLOG]: () => new Promise<Response>(() => undefined) });
    renderApp('/subscriptions');
    const line = (await screen.findByRole('link', { name: 'Harbour Notes' })).closest('li');
    expect(await within(line ?? document.body).findByText('Reading…')).toBeInTheDocument();
    expect(screen.queryByText('Not read yet')).toBeNull();
  });

  /** The two feeds read online, their unread total, and the query cache as it would be saved. */
  async function readOnlineAndSave() {
    serveFeeds();
    const online = renderApp('/subscriptions');
    const summary = await screen.findByText(/^2 feeds · [1-9]\d* unread$/);
    const counted = summary.textContent;
    const saved = dehydrate(online.queryClient);
    cleanup();
    return { counted, saved };
  }

  it('counts the unread articles of feeds that only the saved cache holds (offline)', async () => {
    const { counted, saved } = await readOnlineAndSave();
    // Offline: no feed can be read; the saved cache arrives after the page is drawn.
    fakeFetch({});
    const offline = renderApp('/subscriptions');
    expect(await screen.findByText('2 feeds · 0 unread')).toBeInTheDocument();
    act(() => hydrate(offline.queryClient, saved));
    expect(await screen.findByText(counted ?? '-')).toBeInTheDocument();
  });

  it('counts a saved cache that arrives after the page is drawn and before it listens', async () => {
    const { counted, saved } = await readOnlineAndSave();
    fakeFetch({});
    // The saved cache comes in just as the drawn page starts to listen to the cache.
    let restored = false;
    const clients: QueryClient[] = [];
    const cacheOf = QueryClient.prototype.getQueryCache;
    vi.spyOn(QueryClient.prototype, 'getQueryCache').mockImplementation(function (
      this: QueryClient,
    ) {
      clients.push(this);
      return cacheOf.call(this);
    });
    const listen = QueryCache.prototype.subscribe;
    vi.spyOn(QueryCache.prototype, 'subscribe').mockImplementation(function (
      this: QueryCache,
      listener,
    ) {
      const drawn = screen.queryByRole('heading', { level: 1, name: 'Subscriptions' });
      const client = clients.at(-1);
      if (!restored && drawn && client) {
        restored = true;
        hydrate(client, saved);
      }
      return listen.call(this, listener);
    });
    renderApp('/subscriptions');
    expect(restored).toBe(true);
    expect(await screen.findByText(counted ?? '-')).toBeInTheDocument();
  });

  it('renames a feed and moves it into a folder, with unread counts per folder', async () => {
    serveFeeds();
    const { user } = renderApp('/subscriptions');
    await user.click(await screen.findByRole('button', { name: 'Rename or move Harbour Notes' }));
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'The harbour-master');
    await user.type(screen.getByLabelText('Folder'), 'Local');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    // Said, not only shown: the line has moved into another section.
    expect(await findStatus('Saved: The harbour-master, in Local.')).toBeVisible();
    const folder = await screen.findByRole('region', { name: 'Local' });
    expect(within(folder).getByRole('link', { name: 'The harbour-master' })).toBeInTheDocument();
    await waitFor(() =>
      expect(within(folder).getByRole('heading', { level: 2 })).toHaveTextContent(
        /Local\s*3 unread/,
      ),
    );
    // The feeds in no folder are headed so, with their unread count, as a folder is.
    const none = within(screen.getByRole('region', { name: 'Not in a folder' })).getByRole(
      'heading',
      { level: 2, name: /^Not in a folder/ },
    );
    expect(none).toBeVisible();
    expect(none).toHaveTextContent(/^Not in a folder\s*\d+ unread$/);
    expect(within(folder).getByRole('link', { name: 'Local' })).toHaveAttribute(
      'href',
      '/folders/Local',
    );

    // The folder's page is the river of its feeds alone.
    await user.click(within(folder).getByRole('link', { name: 'Local' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Local' })).toBeInTheDocument();
    expect(
      await screen.findByRole('article', { name: 'The night ferry comes back' }),
    ).toBeVisible();
    expect(screen.queryByRole('article', { name: SEED_TITLE })).not.toBeInTheDocument();
  });

  it('takes a folder written in another case or spacing as the same one, on its page too', async () => {
    serveFeeds();
    // Stored under two spellings, as one reader's import into another's left them.
    const entry = (feedUrl: string, title: string, folder: string) => [
      feedUrl,
      { feedUrl, title, folder, addedAt: AT, changedAt: AT },
    ];
    localStorage.setItem(
      SUBSCRIPTIONS_KEY,
      JSON.stringify({
        state: {
          feeds: Object.fromEntries([
            entry(BLOG, 'Harbour Notes', 'Local'),
            entry(RSS, RSS_TITLE, 'local '),
            [DEMO_FEED, { feedUrl: DEMO_FEED, title: 'The Broadsheet Daily', addedAt: AT }],
          ]),
        },
        version: 1,
      }),
    );
    const { user } = renderApp('/subscriptions');
    const local = await screen.findByRole('region', { name: 'Local' });
    expect(within(local).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getAllByRole('link', { name: /^local$/i })).toHaveLength(1);

    // Moved into it as "LOCAL", a feed joins it under its name.
    await user.click(screen.getByRole('button', { name: 'Rename or move The Broadsheet Daily' }));
    expect(screen.getByLabelText('Folder')).toHaveAttribute('list');
    const offered = document.getElementById(
      screen.getByLabelText('Folder').getAttribute('list') ?? '',
    );
    expect([...(offered?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual([
      'Local',
    ]);
    await user.type(screen.getByLabelText('Folder'), 'LOCAL{Enter}');
    expect(await screen.findByText('Saved: The Broadsheet Daily, in Local.')).toBeInTheDocument();
    await waitFor(() => expect(within(local).getAllByRole('listitem')).toHaveLength(3));
    expect(screen.getAllByRole('region')).toHaveLength(1);

    // A link that spells it otherwise opens the folder, under its own name.
    cleanup();
    renderApp('/folders/local');
    expect(await screen.findByRole('heading', { level: 1, name: 'Local' })).toBeInTheDocument();
    expect(
      await screen.findByRole('article', { name: 'The night ferry comes back' }),
    ).toBeVisible();
  });

  it('says that a folder no feed is in is no folder, without the tools of a list', async () => {
    serveFeeds();
    renderApp('/folders/Nowhere');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No such folder' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/You follow no feed in a folder named “Nowhere”\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your folders in Subscriptions' })).toHaveAttribute(
      'href',
      '/subscriptions',
    );
    for (const tool of ['Save the latest 20', 'Mark all as read', 'Refresh'])
      expect(screen.queryByRole('button', { name: tool })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('No such folder · Broadsheet'));
  });

  it("shows a feed's error in words when it could not be read", async () => {
    serveFeeds({ [BLOG]: () => new Response('', { status: 500, statusText: 'Server Error' }) });
    renderApp('/subscriptions');
    expect(await screen.findByText(/Could not be read: .*500/)).toBeInTheDocument();
  });
});

describe('a long list of subscriptions', () => {
  /** `count` feeds, each served with `entries` articles (one), named "Feed 000" on. */
  function manyFeeds(count: number, entries = 1) {
    const folder = entries === 1 ? 'many' : `many-${entries}`;
    const feeds = Array.from({ length: count }, (_, index) => ({
      feedUrl: `${ORIGIN}/${folder}/${index}.json`,
      title: `Feed ${String(index).padStart(3, '0')}`,
    }));
    const routes = Object.fromEntries(
      feeds.map(({ feedUrl, title }) => [
        feedUrl,
        {
          version: 'https://jsonfeed.org/version/1.1',
          title,
          items: Array.from({ length: entries }, (_, entry) => ({
            id: `${feedUrl}#${entry + 1}`,
            content_text: 'One entry.',
            date_published: '2019-06-30T10:00:00Z',
          })),
        },
      ]),
    );
    return { feeds, routes };
  }

  it('lists every feed followed, however many, and counts their unread articles', async () => {
    const { feeds, routes } = manyFeeds(150);
    serveFeeds(routes);
    subscribe(feeds);
    renderApp('/subscriptions');
    // Found by its text: asking every line of so long a list for its role is slow here.
    expect(await screen.findByText('Feed 149', {}, { timeout: 10_000 })).toHaveAttribute(
      'href',
      `/?feed=${encodeURIComponent('/many/149.json')}`,
    );
    expect(screen.getByText('Feed 000')).toHaveAttribute(
      'href',
      `/?feed=${encodeURIComponent('/many/0.json')}`,
    );
    expect(screen.getByText(/^152 feeds ·/)).toBeInTheDocument();
    // One unread article in each of the 150, beside those of the bundled feeds.
    // A hundred and fifty feeds are read six at a time: on a busy machine, more than a second.
    await waitFor(
      () =>
        expect(
          Number(/(\d+) unread/.exec(screen.getByText(/^152 feeds ·/).textContent ?? '')?.[1]),
        ).toBeGreaterThan(150),
      { timeout: 10_000 },
    );
  });

  it('writes its counts as numbers are written: "1,234 unread"', async () => {
    const { feeds, routes } = manyFeeds(30, 40);
    serveFeeds(routes);
    subscribe(feeds);
    renderApp('/subscriptions');
    // Thirty feeds read and counted: slow on a busy machine (over ten seconds once, beside
    // the rest of the suite).
    expect(
      await screen.findByText(/^\d+ feeds · \d,\d{3} unread$/, undefined, { timeout: 18_000 }),
    ).toBeInTheDocument();
  });

  it('keeps a rename being typed while a hundred and more feeds arrive at once', async () => {
    const { feeds, routes } = manyFeeds(150);
    serveFeeds(routes);
    const { user } = renderApp('/subscriptions');
    await user.click(await screen.findByRole('button', { name: 'Rename or move Harbour Notes' }));
    await user.type(screen.getByLabelText('Name'), ' (local)');

    // "Feed 000" to "Feed 149" are listed before "Harbour Notes".
    act(() => void subscribe(feeds));
    expect(await screen.findByText('Feed 149', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Harbour Notes (local)');
  });
});

describe('a feed opened with ?feed=', () => {
  it('offers "Subscribe" when it is not followed, then says it is', async () => {
    serveFeeds();
    const { user } = renderApp('/?feed=%2Ffeeds%2Fnatasha.xml');
    const button = await screen.findByRole('button', { name: 'Subscribe' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(await screen.findByText('Subscribed.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Manage subscriptions' })).toHaveFocus();
    expect(following()).toContain(RSS_TITLE);
  });

  it('holds the place of "Subscribe", disabled, while the feed is read: the list below stays put', async () => {
    let arrive: (response: Response) => void = () => undefined;
    serveFeeds({ [RSS]: () => new Promise<Response>((resolve) => (arrive = resolve)) });
    const { user } = renderApp('/?feed=%2Ffeeds%2Fnatasha.xml');
    const button = await screen.findByRole('button', { name: 'Subscribe' });
    expect(button).toBeDisabled();
    await user.click(button);
    expect(following()).not.toContain(RSS_TITLE);
    arrive(xml('Ranchero-Software__RSParser__natasha.xml')());
    await screen.findByRole('link', { name: RSS_ENTRY });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    await waitFor(() => expect(following()).toContain(RSS_TITLE));
  });

  it('offers no "Subscribe" for an address that is not a feed it can read', async () => {
    serveFeeds({ [RSS]: () => new Response('', { status: 404, statusText: 'Not Found' }) });
    renderApp('/?feed=%2Ffeeds%2Fnatasha.xml');
    expect(await screen.findByText(/404/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Subscribe' })).not.toBeInTheDocument();
  });

  it("of a site's address, follows the feed the site names, and knows it followed", async () => {
    serveFeeds();
    const { user } = renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    await screen.findByRole('link', { name: RSS_ENTRY });
    const button = screen.getByRole('button', { name: 'Subscribe' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(await screen.findByText('Subscribed.')).toBeInTheDocument();
    const feeds = useSubscriptionStore.getState().feeds;
    expect(feeds['https://inessential.com/xml/rss.xml']).toBeDefined();
    expect(feeds[SITE]).toBeUndefined();
  });

  it('says it is followed where the reader follows it at another spelling of its address', async () => {
    serveFeeds();
    renderApp(`/?feed=${encodeURIComponent('http://inessential.com/xml/rss.xml')}`, {
      subscriptions: ['https://inessential.com/xml/rss.xml/'],
    });
    expect(await screen.findByText('Subscribed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Subscribe' })).not.toBeInTheDocument();
  });

  it('says nothing of subscribing when it is followed already', async () => {
    serveDemo();
    renderApp('/?feed=%2Fdata%2Ffeed.json');
    expect(await screen.findByText('Subscribed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Subscribe' })).not.toBeInTheDocument();
  });
});

describe('refreshing', () => {
  it('"Refresh" reads every feed again and says how it went; one failure stops nothing', async () => {
    let broken = false;
    const { requests } = serveFeeds({
      [DEMO_FEED]: () =>
        broken ? new Response('', { status: 500 }) : jsonResponse(demoPage('feed.json')),
    });
    const { user } = renderApp('/');
    await screen.findByRole('article', { name: SEED_TITLE });
    const before = requests.length;
    broken = true;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('Refreshed; 1 feed could not be read.')).toBeInTheDocument();
    expect(requests.slice(before).sort()).toEqual([DEMO_FEED, BLOG]);
    // What was read before stays on the page.
    expect(screen.getByRole('article', { name: SEED_TITLE })).toBeInTheDocument();
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('Every feed is up to date.')).toBeInTheDocument();
  });
});

describe('pages of every subscription', () => {
  it('a tag page lists the tagged articles of every feed followed', async () => {
    serveFeeds();
    renderApp('/tags/harbour');
    const entry = await screen.findByRole('article', { name: 'The night ferry comes back' });
    expect(within(entry).getByRole('link', { name: 'Harbour Notes' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: SEED_TITLE })).not.toBeInTheDocument();
  });

  it('search finds articles of every feed followed, each linking with its feed', async () => {
    serveFeeds();
    renderApp('/search?q=ferry');
    const result = await screen.findByRole('article', { name: /The night ferry comes back/ });
    expect(within(result).getByRole('link', { name: /The night ferry/ })).toHaveAttribute(
      'href',
      expect.stringContaining('?feed=%2Fdata%2Fharbour-notes%2Fposts.atom') as string,
    );
    expect(result).toHaveTextContent('Harbour Notes');
  });

  it('search says its results are not all while a feed is still loading', async () => {
    let arrive: (response: Response) => void = () => undefined;
    serveFeeds({ [BLOG]: () => new Promise<Response>((resolve) => (arrive = resolve)) });
    renderApp('/search?q=ferry');
    const summary = await screen.findByText(/for “ferry” so far\. More articles are loading…$/);
    expect(screen.queryByRole('article', { name: /The night ferry/ })).not.toBeInTheDocument();
    arrive(new Response(demoAtom(), { headers: { 'Content-Type': 'application/atom+xml' } }));
    expect(await screen.findByRole('article', { name: /The night ferry/ })).toBeInTheDocument();
    await waitFor(() => expect(summary).toHaveTextContent(/^\d+ results for “ferry”$/));
  });

  it('the archive names the feed it could not read as far as it goes', async () => {
    serveFeeds({ [BLOG]: () => new Response('{ cut off', { status: 200 }) });
    renderApp('/archive');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Older posts of .+ could not be loaded\./);
    expect(alert).toHaveTextContent(/Harbour Notes/);
  });

  it('the archive counts and lists the months of every feed followed', async () => {
    serveFeeds();
    renderApp('/archive/2019/07');
    expect(await screen.findByRole('heading', { level: 1, name: 'July 2019' })).toBeVisible();
    expect(
      await screen.findByRole('article', { name: 'The night ferry comes back' }),
    ).toBeInTheDocument();
    // Each feed's months are listed as its document is read: the two need not arrive together.
    expect(
      await screen.findByRole('article', {
        name: 'Harbour Tram Line Opens to Passengers After Six-Year Build',
      }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^June 2019 \(\d+\)$/ })).toHaveAttribute(
      'href',
      '/archive/2019/06',
    );
  });
});
