import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import DOMPurify from 'dompurify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  answerParts,
  readDocumentWithEntities,
} from '../../src/features/feed/api/formats/read-document';
import type { WorkerRequest } from '../../src/features/feed/api/formats/read-document';
import { drawArticlePage } from '../../src/first-paint/draw-article';
import { drawFeedPage } from '../../src/first-paint/draw-list';
import { drawRiverPage } from '../../src/first-paint/draw-river';
import { fetchBody } from '../../src/lib/http';
import { writtenPages } from '../../src/prerender';
import { withWrittenPages } from '../../scripts/build-plugins';
import { fakeFetch } from '../helpers/fake-fetch';
import { fixtureBytes, fixtureText } from '../helpers/fixtures';
import { renderApp } from '../helpers/render-app';

const FEED = 'https://feeds.example/feed';
const html = document.documentElement;

/** The page as public/boot.js leaves it for the drawing script: an empty root, marked stale. */
function emptyPage() {
  document.body.innerHTML = '<div id="root"></div>';
  html.setAttribute('data-stale-first-screen', '');
}

function serve(body: BodyInit, contentType: string, status = 200) {
  return fakeFetch({
    [FEED]: () => new Response(body, { status, headers: { 'Content-Type': contentType } }),
  });
}

/**
 * The app's list drawn after the screen of `feed` (served at FEED): its first entry's picture's
 * `src`, `srcset` and `sizes`.
 */
async function appPicture(feed: { items: { title: string }[] }) {
  document.getElementById('root')?.remove();
  delete window.broadsheetFeeds;
  serve(JSON.stringify(feed), 'application/feed+json');
  renderApp(`/?feed=${encodeURIComponent(FEED)}`);
  const entry = await screen.findByRole('article', { name: feed.items[0]?.title });
  const shown = within(entry).getByRole('presentation');
  return ['src', 'srcset', 'sizes'].map((name) => shown.getAttribute(name));
}

/** The reader's worker, reading on this thread: what public/boot.js starts for an XML feed. */
function readerOnThisThread() {
  const worker = new EventTarget() as EventTarget & { postMessage: (data: unknown) => void };
  worker.postMessage = (data) => {
    const request = data as WorkerRequest;
    void readDocumentWithEntities(request).then((result) => {
      for (const part of answerParts(request.id, result)) {
        worker.dispatchEvent(new MessageEvent('message', { data: part }));
      }
    });
  };
  window.broadsheetReader = { worker: worker as unknown as Worker, state: 'ready' };
}

/** What a reader sees of each entry, in order, within `scope`: with the day it is under. */
function listText(scope: ParentNode, entries = 8) {
  return [...scope.querySelectorAll('article.entry')].slice(0, entries).map((entry) => ({
    day: entry.closest('section.day')?.querySelector('.day-heading')?.textContent,
    title: entry.querySelector('h3')?.textContent,
    link: entry.querySelector('h3 a')?.getAttribute('href'),
    meta: entry.querySelector('.meta')?.textContent,
    excerpt: entry.querySelector('.excerpt')?.textContent,
    picture: entry.querySelector('img.entry-image') !== null,
    feed: entry.querySelector('.entry-feed a')?.getAttribute('href'),
    feedName: entry.querySelector('.entry-feed')?.textContent,
  }));
}

/**
 * A 90 × 60 thumbnail arrives in `image`, a 700-pixel box (jsdom lays nothing out): it is to be
 * shown at its own size, not blurred to fill the box.
 */
function thumbnailArrived(image: HTMLElement | undefined) {
  if (!image) throw new Error('No picture');
  const sizes = { complete: true, naturalWidth: 90, naturalHeight: 60, clientWidth: 700 };
  for (const [name, value] of Object.entries({ ...sizes, clientHeight: 394 })) {
    Object.defineProperty(image, name, { value });
  }
  image.dispatchEvent(new Event('load'));
}

beforeEach(emptyPage);
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  delete window.broadsheetReader;
  delete window.broadsheetFeeds;
  html.removeAttribute('data-stale-first-screen');
  document.body.replaceChildren();
  for (const link of document.head.querySelectorAll('link[rel="preload"]')) link.remove();
});

describe("a feed's page drawn from the feed before the app has arrived", () => {
  it.each([
    ['a small JSON Feed', 'real', 'tfausak__json-feed__manton.org.json', 'application/json'],
    ['a large JSON Feed', 'real', 'Ranchero-Software__RSParser__curt.json', 'application/json'],
    ['an RSS feed', 'xml', 'Ranchero-Software__RSParser__DaringFireball.rss', 'application/xml'],
    ['an Atom feed', 'xml', 'Ranchero-Software__RSParser__allthis.atom', 'application/atom+xml'],
  ] as const)('shows %s as the app then draws it', async (_, group, name, type) => {
    readerOnThisThread();
    serve(fixtureBytes(group, name), type);
    expect(await drawFeedPage(FEED, FEED)).toBe(true);
    const root = document.getElementById('root') as HTMLElement;
    const drawn = listText(root);
    expect(drawn.length).toBeGreaterThan(0);
    expect(html).not.toHaveAttribute('data-stale-first-screen');
    expect(screen.getByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
    expect(document.title).toMatch(/ · Broadsheet$/);
    // Nothing on it works before the app: its buttons say so.
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveAttribute('aria-disabled', 'true');
    }

    root.remove();
    delete window.broadsheetReader;
    serve(fixtureBytes(group, name), type);
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    await screen.findAllByRole('heading', { level: 3 });
    await waitFor(() => expect(listText(document.body, drawn.length)).toEqual(drawn));
  });

  it('hands the app the response it drew from: the feed is downloaded once', async () => {
    const text = fixtureText('real', 'tfausak__json-feed__manton.org.json');
    const { requests } = serve(text, 'application/json');
    expect(await drawFeedPage(FEED, FEED)).toBe(true);
    const fetched = await fetchBody(FEED);
    expect(fetched.changed && new TextDecoder().decode(fetched.bytes)).toBe(text);
    expect(requests).toEqual([FEED]);
    // Taken once: the next read is a request of the app's own.
    await fetchBody(FEED);
    expect(requests).toEqual([FEED, FEED]);
  });

  it('draws a long feed from its start, before the rest has arrived, and leaves the rest to the app', async () => {
    const items = Array.from({ length: 2000 }, (_, index) => ({
      id: `item-${index}`,
      title: `Tide report ${index + 1}`,
      content_text: 'High water at six. '.repeat(20),
      date_published: new Date(Date.UTC(2024, 4, 1) - index * 3_600_000).toISOString(),
    }));
    const bytes = new TextEncoder().encode(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Tides', items }),
    );
    // Its first 200 KB, then nothing: the rest never comes.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < 200_000; at += 16_384) {
          controller.enqueue(bytes.slice(at, Math.min(at + 16_384, 200_000)));
        }
      },
    });
    fakeFetch({
      [FEED]: () => new Response(body, { headers: { 'Content-Type': 'application/json' } }),
    });
    expect(await drawFeedPage(FEED, FEED)).toBe(true);
    expect(screen.getByRole('heading', { level: 3, name: 'Tide report 1' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(8);
  });

  it('writes what the feed says as text, never as markup', async () => {
    serve(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Hostile <img src=x onerror="alert(1)">',
        home_page_url: 'javascript:alert(1)',
        items: [
          {
            id: '1',
            title: '<script>alert(1)</script>Breaking',
            date_published: '2024-05-01T10:00:00Z',
            content_html: '<p>Body <img src=x onerror="alert(2)"></p>',
            authors: [{ name: '<b>Mallory</b>', url: 'javascript:alert(3)' }],
          },
        ],
      }),
      'application/feed+json',
    );
    expect(await drawFeedPage(FEED, FEED)).toBe(true);
    const root = document.getElementById('root') as HTMLElement;
    expect(root.querySelector('script, [onerror], b, img:not(.entry-image)')).toBeNull();
    for (const link of root.querySelectorAll('a')) {
      expect(link.getAttribute('href')).not.toMatch(/^javascript:/i);
    }
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Breaking');
  });

  it('asks for the first picture at once and fits it as it arrives; the boxes below wait for the app', async () => {
    const pictures = ['first', 'second', 'third'].map((name, index) => ({
      id: name,
      title: `The ${name}`,
      image: `https://feeds.example/${name}.png`,
      content_text: 'Text.',
      date_published: `2024-05-0${3 - index}T10:00:00Z`,
    }));
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Pictures' };
    serve(JSON.stringify({ ...feed, items: pictures }), 'application/feed+json');
    expect(await drawFeedPage(FEED, FEED)).toBe(true);
    const boxes = () => [...document.querySelectorAll<HTMLImageElement>('img.entry-image')];
    expect(boxes().map((box) => box.getAttribute('src'))).toEqual([
      'https://feeds.example/first.png',
      null,
      null,
    ]);
    const [first] = boxes();
    expect(first).toHaveAttribute('fetchpriority', 'high');
    thumbnailArrived(first);
    expect(first).toHaveAttribute('data-fit', 'own-size');

    // One that cannot be had: its box stays, empty, with no broken-picture mark.
    emptyPage();
    serve(JSON.stringify({ ...feed, items: pictures }), 'application/feed+json');
    expect(await drawFeedPage(FEED, FEED)).toBe(true);
    boxes()[0]?.dispatchEvent(new Event('error'));
    expect(boxes()).toHaveLength(3);
    expect(boxes()[0]).not.toHaveAttribute('src');
    expect(boxes()[0]).toHaveAttribute('width', '1200');
  });

  const photo = 'https://1.bp.blogspot.com/-Xq2/XRhcA/AAAAAAAAB9k/Yt3e/s1600/dmz.jpg';
  const pictured = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Pictures',
    items: [{ id: 'a', title: 'The DMZ', image: photo, content_text: 'Text.' }],
  };

  /** Draws the list of `pictured`, whose picture is Blogger's: its picture's box, as it is now. */
  async function drawPicturedList() {
    serve(JSON.stringify(pictured), 'application/feed+json');
    expect(await drawFeedPage(FEED, FEED)).toBe(true);
    return () => document.querySelector<HTMLImageElement>('img.entry-image');
  }

  it('asks a picture service for copies as wide as the box, as the app does', async () => {
    const box = await drawPicturedList();
    expect(box()).toHaveAttribute('src', photo);
    expect(box()?.getAttribute('srcset')).toContain(
      'https://1.bp.blogspot.com/-Xq2/XRhcA/AAAAAAAAB9k/Yt3e/w240/dmz.jpg 240w',
    );
    expect(box()).toHaveAttribute('sizes', '(min-width: 40rem) 12rem, calc(100vw - 2rem)');
    const asked = ['src', 'srcset', 'sizes'].map((name) => box()?.getAttribute(name));

    // The app's list asks for the same copies: the one the browser chose is not asked for again.
    expect(await appPicture(pictured)).toEqual(asked);
  });

  it('asks for the picture itself where its copies fail, and the app asks for no copy again', async () => {
    const box = await drawPicturedList();
    box()?.dispatchEvent(new Event('error'));
    expect(box()).toHaveAttribute('src', photo);
    expect(box()).not.toHaveAttribute('srcset');

    box()?.dispatchEvent(new Event('error'));
    expect(box()).not.toHaveAttribute('src');
    expect(box()).toHaveAttribute('width', '1200');

    // The app asks for the picture as named at once, not for a copy that failed once already.
    expect(await appPicture(pictured)).toEqual([photo, null, null]);
  });

  it.each([
    ['a document that is not a feed', '{"version": "https://jsonfeed.org/version/1.1"', 200],
    ['an error page', 'Not found', 404],
    [
      'a feed with no entries',
      '{"version":"https://jsonfeed.org/version/1","title":"Empty","items":[]}',
      200,
    ],
  ])(
    'draws nothing for %s, and says so: the app reads it and tells why',
    async (_, body, status) => {
      serve(body, 'application/json', status);
      const told = vi.fn();
      document.addEventListener('broadsheet:not-drawn', told);
      expect(await drawFeedPage(FEED, FEED)).toBe(false);
      document.removeEventListener('broadsheet:not-drawn', told);
      expect(told).toHaveBeenCalledOnce();
      expect(document.getElementById('root')).toBeEmptyDOMElement();
      expect(html).toHaveAttribute('data-stale-first-screen');
    },
  );

  it('draws nothing over the app once it has begun to draw the page', async () => {
    serve(fixtureText('real', 'tfausak__json-feed__manton.org.json'), 'application/json');
    html.removeAttribute('data-stale-first-screen');
    expect(await drawFeedPage(FEED, FEED)).toBe(false);
    expect(document.getElementById('root')).toBeEmptyDOMElement();
  });

  it('leaves an XML document of more than a megabyte to the app once that much has arrived', async () => {
    readerOnThisThread();
    const start = new TextEncoder().encode(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Long</title>${'<item><title>An item</title></item>'.repeat(30_000)}`,
    );
    let rest: (() => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(start);
        rest = () => {
          controller.enqueue(new TextEncoder().encode('</channel></rss>'));
          controller.close();
        };
      },
    });
    serve(body, 'application/rss+xml');
    const notDrawn = vi.fn();
    document.addEventListener('broadsheet:not-drawn', notDrawn);
    try {
      expect(start.length).toBeGreaterThan(1024 * 1024);
      expect(await drawFeedPage(FEED, FEED)).toBe(false);
      expect(notDrawn).toHaveBeenCalledOnce();
      expect(document.getElementById('root')).toBeEmptyDOMElement();
      // The app's copy of the response still has all of it.
      rest?.();
      const copy = await window.broadsheetFeeds?.[FEED];
      expect(await copy?.text()).toMatch(/^<\?xml[\s\S]*<\/rss>$/);
    } finally {
      document.removeEventListener('broadsheet:not-drawn', notDrawn);
    }
  });

  it('offline, draws nothing and leaves the failed request to the app, not to the page', async () => {
    // A rejection no one handles fails the run: the page's copy for the app must not be one.
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await drawFeedPage(FEED, FEED)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The app, asking for its copy, hears why.
    await expect(window.broadsheetFeeds?.[FEED]).rejects.toThrow('Failed to fetch');
  });

  it('leaves an XML feed to the app where no reader was started', async () => {
    serve(fixtureBytes('xml', 'Ranchero-Software__RSParser__DaringFireball.rss'), 'text/xml');
    expect(await drawFeedPage(FEED, FEED)).toBe(false);
  });
});

/** What a reader sees of an article within `scope`: its header, its text and its sources. */
function articleText(scope: ParentNode) {
  const article = scope.querySelector('article.article');
  return {
    title: article?.querySelector('h1')?.textContent,
    byline: article?.querySelector('.byline')?.textContent,
    tags: [...(article?.querySelectorAll('.tags a') ?? [])].map((tag) => tag.getAttribute('href')),
    actions: [...(article?.querySelectorAll('.article-actions button') ?? [])].map(
      (button) => button.textContent,
    ),
    picture: article?.querySelector('figure img.article-image')?.getAttribute('src'),
    credit: article?.querySelector('figure .article-credit')?.textContent,
    body: article?.querySelector('.article-body')?.textContent,
    sources: article?.querySelector('.source-links')?.textContent,
  };
}

describe('an article drawn from its feed before the app has arrived', () => {
  it.each([
    [
      'a small JSON Feed’s',
      'real',
      'tfausak__json-feed__manton.org.json',
      'https://www.manton.org/2017/05/5177.html',
    ],
    ['a large JSON Feed’s', 'real', 'Ranchero-Software__RSParser__curt.json', 'twitter-quitter'],
    [
      'an RSS feed’s',
      'xml',
      'Ranchero-Software__RSParser__DaringFireball.rss',
      'tag:daringfireball.net,2016:/linked//6.32173',
    ],
    [
      'an RSS feed’s, with its picture,',
      'xml',
      'Ranchero-Software__RSParser__cloudblog.rss',
      'https://cloud.google.com/blog/products/productivity-collaboration/want-to-keep-your-employees-productive-pay-attention-to-shadow-it-clues/',
    ],
  ] as const)('shows %s as the app then draws it', async (_, group, name, id) => {
    readerOnThisThread();
    serve(fixtureBytes(group, name), group === 'xml' ? 'application/xml' : 'application/json');
    expect(await drawArticlePage(FEED, FEED, id)).toBe(true);
    const root = document.getElementById('root') as HTMLElement;
    const drawn = articleText(root);
    expect(drawn.body?.length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(String(drawn.title));
    expect(document.title).toBe(
      `${drawn.title} · ${root.querySelector('.masthead-title')?.textContent}`,
    );
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveAttribute('aria-disabled', 'true');
    }

    root.remove();
    delete window.broadsheetReader;
    delete window.broadsheetFeeds;
    serve(fixtureBytes(group, name), group === 'xml' ? 'application/xml' : 'application/json');
    renderApp(`/articles/${encodeURIComponent(id)}?feed=${encodeURIComponent(FEED)}`);
    await screen.findByRole('button', { name: /Save for offline/ });
    await waitFor(() => expect(articleText(document.body)).toEqual(drawn));
  });

  it('draws the picture an article shows above its text, fitted, with its credit; not one its text opens with', async () => {
    const item = (id: string, picture: string, text: string) =>
      `<item><title>${id}</title><guid>${id}</guid><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate>` +
      `<description>${text}</description><media:content url="${picture}" medium="image">` +
      '<media:description>A harbour at dawn</media:description>' +
      '<media:credit>A. Photographer</media:credit></media:content></item>';
    const rss =
      '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Pictures</title>' +
      '<link>https://feeds.example/</link>' +
      item('lead', 'https://feeds.example/lead.png', '&lt;p&gt;Text.&lt;/p&gt;') +
      item(
        'opens',
        'https://feeds.example/opens.png',
        '&lt;p&gt;&lt;img src="https://feeds.example/opens.png" alt=""&gt;&lt;/p&gt;&lt;p&gt;Text.&lt;/p&gt;',
      ) +
      '</channel></rss>';
    readerOnThisThread();
    serve(rss, 'application/rss+xml');
    expect(await drawArticlePage(FEED, FEED, 'lead')).toBe(true);
    const figure = screen.getByRole('figure');
    const picture = within(figure).getByRole('img', { name: 'A harbour at dawn' });
    expect(picture).toHaveAttribute('src', 'https://feeds.example/lead.png');
    expect(picture).toHaveAttribute('fetchpriority', 'high');
    expect(figure).toHaveTextContent('A. Photographer');
    thumbnailArrived(picture);
    expect(picture).toHaveAttribute('data-fit', 'own-size');
    // One that cannot be had leaves its box, empty, and no credit for it.
    picture.dispatchEvent(new Event('error'));
    expect(figure.querySelector('img.article-image')).not.toHaveAttribute('src');
    expect(figure).not.toHaveTextContent('A. Photographer');

    emptyPage();
    serve(rss, 'application/rss+xml');
    expect(await drawArticlePage(FEED, FEED, 'opens')).toBe(true);
    expect(screen.queryByRole('figure')).toBeNull();
    expect(document.querySelectorAll('.article-body img')).toHaveLength(1);
  });

  it('asks a picture service for the article’s picture in copies as wide as the page; its credit stays while the picture itself is asked for', async () => {
    const photo = 'https://i0.wp.com/example.com/wp-content/uploads/2019/06/dmz.jpg?ssl=1';
    const rss =
      '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Pictures</title>' +
      '<link>https://feeds.example/</link><item><title>lead</title><guid>lead</guid>' +
      '<pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Text.&lt;/p&gt;</description>' +
      `<media:content url="${photo}" medium="image">` +
      '<media:credit>A. Photographer</media:credit></media:content></item></channel></rss>';
    readerOnThisThread();
    serve(rss, 'application/rss+xml');
    expect(await drawArticlePage(FEED, FEED, 'lead')).toBe(true);
    const figure = screen.getByRole('figure');
    const picture = () => figure.querySelector('img.article-image');
    expect(picture()).toHaveAttribute('src', photo);
    expect(picture()?.getAttribute('srcset')).toContain(`${photo}&w=800 800w`);
    expect(picture()).toHaveAttribute('sizes', '(min-width: 42rem) 40rem, calc(100vw - 2rem)');
    picture()?.dispatchEvent(new Event('error'));
    expect(picture()).toHaveAttribute('src', photo);
    expect(picture()).not.toHaveAttribute('srcset');
    expect(figure).toHaveTextContent('A. Photographer');
    picture()?.dispatchEvent(new Event('error'));
    expect(picture()).not.toHaveAttribute('src');
    expect(figure).not.toHaveTextContent('A. Photographer');
  });

  it('leaves an article with something to play, or one not on the first page, to the app', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Episodes',
      items: [
        {
          id: 'a',
          title: 'An episode',
          content_html: '<p>Notes.</p>',
          attachments: [{ url: 'https://feeds.example/a.mp3', mime_type: 'audio/mpeg' }],
          date_published: '2024-05-01T10:00:00Z',
        },
      ],
    };
    serve(JSON.stringify(feed), 'application/feed+json');
    expect(await drawArticlePage(FEED, FEED, 'a')).toBe(false);
    serve(JSON.stringify(feed), 'application/feed+json');
    expect(await drawArticlePage(FEED, FEED, 'elsewhere')).toBe(false);
    expect(document.getElementById('root')).toBeEmptyDOMElement();
  });

  it('leaves to the app an article whose text is a counting pixel alone: it shows what else the item says', async () => {
    const pixel =
      '<img src="http://feeds.feedburner.com/~r/JN-ULTIMAS/~4/UBnb8Ra3Q1U" height="1" width="1" alt=""/>';
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Últimas',
      items: [
        {
          id: 'pixel',
          title: 'Mãe de utente é a nova presidente da Raríssimas',
          content_html: pixel,
          date_published: '2018-01-03T13:47:00Z',
        },
      ],
    };
    serve(JSON.stringify(feed), 'application/feed+json');
    expect(await drawArticlePage(FEED, FEED, 'pixel')).toBe(false);
    expect(document.getElementById('root')).toBeEmptyDOMElement();
  });

  it('asks at once for the picture the app will show above an article it leaves to the app (an episode)', async () => {
    const preloads = () =>
      [...document.head.querySelectorAll('link[rel="preload"][as="image"]')].map((link) => [
        link.getAttribute('href'),
        link.getAttribute('fetchpriority'),
      ]);
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Pictures',
      items: [
        {
          id: 'lead',
          title: 'Led by a picture',
          image: 'https://feeds.example/lead.jpg',
          content_html: '<p>Text.</p>',
        },
        {
          id: 'opens',
          title: 'Opening with the same picture',
          image: 'https://feeds.example/opens.jpg',
          content_html: '<p><img src="https://feeds.example/opens.jpg" alt=""></p><p>Text.</p>',
        },
      ].map((item) => ({
        ...item,
        date_published: '2024-05-01T10:00:00Z',
        attachments: [{ url: 'https://feeds.example/episode.mp3', mime_type: 'audio/mpeg' }],
      })),
    };
    serve(JSON.stringify(feed), 'application/feed+json');
    expect(await drawArticlePage(FEED, FEED, 'lead')).toBe(false);
    expect(preloads()).toEqual([['https://feeds.example/lead.jpg', 'high']]);
    // The text shows that one: it is the text's to ask for, as it is drawn.
    serve(JSON.stringify(feed), 'application/feed+json');
    expect(await drawArticlePage(FEED, FEED, 'opens')).toBe(false);
    expect(preloads()).toHaveLength(1);
  });

  it('has the sanitiser read a first text while the feed downloads, not as the article is drawn', async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    const sanitize = vi.spyOn(DOMPurify, 'sanitize');
    const script = document.createElement('script');
    script.setAttribute('data-feed', FEED);
    script.setAttribute('data-param', FEED);
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
    history.replaceState(null, '', `/articles/x?feed=${encodeURIComponent(FEED)}`);
    try {
      vi.resetModules();
      await import('../../src/first-paint/draw-article');
      expect(sanitize).not.toHaveBeenCalled();
      await waitFor(() => expect(sanitize).toHaveBeenCalledOnce());
      expect(document.getElementById('root')).toBeEmptyDOMElement();

      answer(
        new Response(
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Daily',
            items: [{ id: 'x', title: 'Breaking', content_html: '<p>The text.</p>' }],
          }),
          { headers: { 'Content-Type': 'application/feed+json' } },
        ),
      );
      expect(await screen.findByRole('heading', { level: 1, name: 'Breaking' })).toBeVisible();
      expect(sanitize).toHaveBeenCalledTimes(2);
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('writes the text through the sanitiser: nothing in it runs', async () => {
    serve(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Hostile',
        items: [
          {
            id: 'x',
            title: 'Breaking',
            content_html:
              '<p onclick="alert(2)">Text<script>alert(1)</script><a href="javascript:alert(3)">link</a></p><iframe src="https://evil.example"></iframe>',
          },
        ],
      }),
      'application/feed+json',
    );
    expect(await drawArticlePage(FEED, FEED, 'x')).toBe(true);
    const body = document.querySelector('.article-body') as HTMLElement;
    expect(body.querySelector('script, iframe, [onclick]')).toBeNull();
    expect(body.querySelector('a[href^="javascript"]')).toBeNull();
    expect(body).toHaveTextContent('Text');
  });
});

/** Three feeds of two formats, as the reader follows them: two in a folder. */
const OWN_FEEDS = [
  {
    feedUrl: 'https://feeds.example/manton.json',
    title: 'Manton Reece',
    folder: 'Friends',
    fixture: ['real', 'tfausak__json-feed__manton.org.json', 'application/json'],
  },
  {
    feedUrl: 'https://feeds.example/curt.json',
    title: 'Curt Clifton',
    folder: 'Friends',
    fixture: ['real', 'Ranchero-Software__RSParser__curt.json', 'application/json'],
  },
  {
    feedUrl: 'https://feeds.example/df.rss',
    title: 'Daring Fireball',
    fixture: ['xml', 'Ranchero-Software__RSParser__DaringFireball.rss', 'application/rss+xml'],
  },
] as const;

/** The reader's subscriptions in storage, as the subscription store writes them. */
function follow(feeds: readonly { feedUrl: string; title: string; folder?: string }[]) {
  const at = new Date(0).toISOString();
  const stored = Object.fromEntries(
    feeds.map(({ feedUrl, title, folder }) => [
      feedUrl,
      { feedUrl, title, folder, addedAt: at, changedAt: at },
    ]),
  );
  localStorage.setItem(
    'broadsheet:subscriptions',
    JSON.stringify({ state: { feeds: stored }, version: 1 }),
  );
}

/** Each of the feeds served, and any other address answered `status`. */
function serveOwnFeeds(failing?: string) {
  return fakeFetch(
    Object.fromEntries(
      OWN_FEEDS.map(({ feedUrl, fixture: [group, name, type] }) => [
        feedUrl,
        () =>
          feedUrl === failing
            ? new Response('Gone', { status: 410 })
            : new Response(fixtureBytes(group, name), { headers: { 'Content-Type': type } }),
      ]),
    ),
  );
}

describe("the front page of the reader's own feeds drawn before the app has arrived", () => {
  it.each([
    ['the front page', '/', 'Latest news', 'Broadsheet', 3],
    [
      "a folder's page, named in another case",
      '/folders/friends',
      'Friends',
      'Friends · Broadsheet',
      2,
    ],
  ] as const)('shows %s as the app then draws it', async (_, path, heading, title, feeds) => {
    follow(OWN_FEEDS);
    readerOnThisThread();
    const { requests } = serveOwnFeeds();
    expect(await drawRiverPage(path)).toBe(true);
    expect(requests).toHaveLength(feeds);
    const root = document.getElementById('root') as HTMLElement;
    const drawn = listText(root);
    expect(drawn).toHaveLength(8);
    expect(new Set(drawn.map((entry) => entry.feedName)).size).toBeGreaterThan(1);
    expect(html).not.toHaveAttribute('data-stale-first-screen');
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Broadsheet' })).toHaveAttribute('href', '/');
    expect(document.title).toBe(title);
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveAttribute('aria-disabled', 'true');
    }

    root.remove();
    delete window.broadsheetReader;
    delete window.broadsheetFeeds;
    serveOwnFeeds();
    renderApp(path);
    await screen.findAllByRole('heading', { level: 3 });
    await waitFor(() => expect(listText(document.body)).toEqual(drawn));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading);
  });

  it('hands the app every response it drew from: each feed is downloaded once', async () => {
    follow(OWN_FEEDS);
    readerOnThisThread();
    const { requests } = serveOwnFeeds();
    expect(await drawRiverPage('/')).toBe(true);
    for (const { feedUrl } of OWN_FEEDS) expect((await fetchBody(feedUrl)).changed).toBe(true);
    expect(requests.toSorted()).toEqual(OWN_FEEDS.map(({ feedUrl }) => feedUrl).toSorted());
  });

  it('reads a feed whose first page the front page carries there, and downloads the others only', async () => {
    const atom = '/data/harbour-notes/posts.atom';
    const atomText = readFileSync(join(import.meta.dirname, '..', '..', 'public', atom), 'utf8');
    const written = { feedUrl: `${window.location.origin}${atom}`, title: 'Harbour Notes' };
    const built = withWrittenPages(
      '<html><head><meta name="app-feed" content="/data/feed.json"></head><body></body></html>',
      await writtenPages([{ url: atom, text: atomText }]),
      'https://broadsheet.invalid/data/feed.json',
    );
    document.body.insertAdjacentHTML('beforeend', /<body>([\s\S]*)<\/body>/.exec(built)?.[1] ?? '');
    follow([written, ...OWN_FEEDS.slice(0, 2)]);
    const { requests } = serveOwnFeeds();
    expect(await drawRiverPage('/')).toBe(true);
    expect(requests.toSorted()).toEqual(
      OWN_FEEDS.slice(0, 2)
        .map(({ feedUrl }) => feedUrl)
        .toSorted(),
    );
    const root = document.getElementById('root') as HTMLElement;
    const drawn = listText(root);
    expect(drawn.map((entry) => entry.feedName)).toContain('Harbour Notes');

    // The app, reading the same document from the site, draws the same page.
    root.remove();
    delete window.broadsheetFeeds;
    fakeFetch({
      [written.feedUrl]: () =>
        new Response(atomText, { headers: { 'Content-Type': 'application/atom+xml' } }),
      ...Object.fromEntries(
        OWN_FEEDS.slice(0, 2).map(({ feedUrl, fixture: [group, name, type] }) => [
          feedUrl,
          () => new Response(fixtureBytes(group, name), { headers: { 'Content-Type': type } }),
        ]),
      ),
    });
    renderApp('/');
    await screen.findAllByRole('heading', { level: 3 });
    await waitFor(() => expect(listText(document.body)).toEqual(drawn));
  });

  it('draws nothing while one of the feeds cannot be read, and says so: the app tells which', async () => {
    follow(OWN_FEEDS);
    readerOnThisThread();
    serveOwnFeeds(OWN_FEEDS[1].feedUrl);
    const told = vi.fn();
    document.addEventListener('broadsheet:not-drawn', told);
    expect(await drawRiverPage('/')).toBe(false);
    document.removeEventListener('broadsheet:not-drawn', told);
    expect(told).toHaveBeenCalledOnce();
    expect(document.getElementById('root')).toBeEmptyDOMElement();
  });

  it('leaves more feeds than it reads at a time, or none, to the app', async () => {
    follow(
      Array.from({ length: 7 }, (_, index) => ({
        feedUrl: `https://feeds.example/${index}.json`,
        title: `Feed ${index}`,
      })),
    );
    const { requests } = serveOwnFeeds();
    expect(await drawRiverPage('/')).toBe(false);
    expect(await drawRiverPage('/folders/Nowhere')).toBe(false);
    expect(requests).toEqual([]);
    expect(document.getElementById('root')).toBeEmptyDOMElement();
  });
});
