import { onlineManager } from '@tanstack/react-query';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { generateFeed } from '../../bench/generate.mjs';
import { fakeFetch } from '../helpers/fake-fetch';
import { ORIGIN } from '../helpers/render-app';
import { articlePath, renderReader, resetReading } from '../reading/helpers';

beforeEach(resetReading);
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  onlineManager.setOnline(true);
});

const BASE = generateFeed(6);
let feedNumber = 0;

/** A feed of six entries; `pictured` says which have a picture of their own, or which picture. */
function openFeed(pictured: (index: number) => boolean | string) {
  const feed = {
    ...BASE,
    items: BASE.items.map((item, index) => {
      const picture = pictured(index);
      if (picture === false) return item;
      return { ...item, image: picture === true ? `${ORIGIN}/photos/${index}.jpg` : picture };
    }),
  };
  const path = `/pictures/feed-${++feedNumber}.json`;
  fakeFetch({ [`${ORIGIN}${path}`]: feed });
  renderReader(`/?feed=${encodeURIComponent(path)}`);
  return feed;
}

/** The picture of the list's `index`th entry (a decorative image: its role is presentation). */
async function pictureOf(index: number) {
  const title = String(BASE.items[index]?.title);
  const entry = await screen.findByRole('article', { name: title });
  return within(entry).getByRole('presentation');
}

it('asks for the first picture at once and first, and for those below once it has arrived', async () => {
  openFeed(() => true);
  const first = await pictureOf(0);
  expect(first).toHaveAttribute('src', `${ORIGIN}/photos/0.jpg`);
  expect(first).toHaveAttribute('fetchpriority', 'high');
  expect(first).not.toHaveAttribute('loading');
  for (const index of [1, 2, 5]) {
    const picture = await pictureOf(index);
    expect(picture).not.toHaveAttribute('src');
    // Its box is laid out all the same.
    expect(picture).toHaveAttribute('width', '1200');
    expect(picture).toHaveAttribute('height', '675');
  }

  fireEvent.load(first);
  for (const index of [1, 2, 5]) {
    const picture = await pictureOf(index);
    await waitFor(() => expect(picture).toHaveAttribute('src', `${ORIGIN}/photos/${index}.jpg`));
    expect(picture).toHaveAttribute('loading', 'lazy');
    expect(picture).not.toHaveAttribute('fetchpriority');
  }
});

it('does not hold the pictures below when the first one fails', async () => {
  openFeed(() => true);
  fireEvent.error(await pictureOf(0));
  const below = await pictureOf(3);
  await waitFor(() => expect(below).toHaveAttribute('src', `${ORIGIN}/photos/3.jpg`));
});

it('waits for the first picture a few seconds at most', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  openFeed(() => true);
  const below = await pictureOf(2);
  expect(below).not.toHaveAttribute('src');
  await vi.advanceTimersByTimeAsync(5000);
  await waitFor(() => expect(below).toHaveAttribute('src', `${ORIGIN}/photos/2.jpg`));
});

it('takes the second entry’s picture as the first when the top entry has none', async () => {
  openFeed((index) => index !== 0);
  const first = await pictureOf(1);
  expect(first).toHaveAttribute('fetchpriority', 'high');
  expect(await pictureOf(2)).not.toHaveAttribute('src');
});

it('holds nothing when neither of the top two entries has a picture', async () => {
  openFeed((index) => index > 1);
  const picture = await pictureOf(2);
  expect(picture).toHaveAttribute('src', `${ORIGIN}/photos/2.jpg`);
  expect(picture).toHaveAttribute('loading', 'lazy');
});

const LOGO = `${ORIGIN}/logo.png`;

it("leaves out the picture most of a feed's entries share (its logo); the article keeps it", async () => {
  // The logo on four of six entries, a photo on one, nothing on the last.
  openFeed((index) => (index === 3 ? true : index === 5 ? false : LOGO));
  expect(await pictureOf(3)).toHaveAttribute('src', `${ORIGIN}/photos/3.jpg`);
  for (const index of [0, 1, 2, 4, 5]) {
    const entry = screen.getByRole('article', { name: String(BASE.items[index]?.title) });
    expect(within(entry).queryByRole('presentation')).toBeNull();
  }

  const title = String(BASE.items[0]?.title);
  fireEvent.click(
    within(screen.getByRole('article', { name: title })).getByRole('link', { name: title }),
  );
  const heading = await screen.findByRole('heading', { level: 1, name: title });
  const article = heading.closest('article');
  if (!article) throw new Error('The article page has no article');
  expect(within(article).getByRole('presentation')).toHaveAttribute('src', LOGO);
});

it('keeps a picture that no more than half of the entries share', async () => {
  openFeed((index) => (index < 3 ? LOGO : true));
  expect(await pictureOf(0)).toHaveAttribute('src', LOGO);
  for (const index of [1, 2, 3]) expect(await pictureOf(index)).toBeInTheDocument();
});

/** A picture that has arrived at `natural` pixels wide (16:9) in a box `box` pixels wide. */
function arrive(picture: HTMLElement, natural: number, box: number) {
  const sizes = {
    complete: true,
    naturalWidth: natural,
    naturalHeight: Math.round((natural * 9) / 16),
    clientWidth: box,
    clientHeight: Math.round((box * 9) / 16),
  };
  for (const [name, value] of Object.entries(sizes))
    Object.defineProperty(picture, name, { value, configurable: true });
  fireEvent.load(picture);
}

it('shows a picture much smaller than its box at its own size, and a larger one filling it', async () => {
  openFeed(() => true);
  const small = await pictureOf(0);
  arrive(small, 90, 192);
  expect(small).toHaveAttribute('data-fit', 'own-size');

  const large = await pictureOf(1);
  await waitFor(() => expect(large).toHaveAttribute('src'));
  arrive(large, 1200, 192);
  expect(large).not.toHaveAttribute('data-fit');
  // Slightly smaller than its box is still close enough to fill it.
  arrive(large, 160, 192);
  expect(large).not.toHaveAttribute('data-fit');
});

it('a picture that cannot be had leaves its box empty, without the broken-picture mark', async () => {
  openFeed(() => true);
  const first = await pictureOf(0);
  fireEvent.error(first);
  await waitFor(async () => expect(await pictureOf(0)).not.toHaveAttribute('src'));
  // The box stays where it was: nothing below it moves.
  const box = await pictureOf(0);
  expect(box).toHaveAttribute('width', '1200');
  expect(box).toHaveAttribute('height', '675');
  // The pictures below are asked for all the same.
  await waitFor(async () =>
    expect(await pictureOf(1)).toHaveAttribute('src', `${ORIGIN}/photos/1.jpg`),
  );
});

it('a picture that failed is asked for again when the network comes back', async () => {
  openFeed(() => true);
  act(() => onlineManager.setOnline(false));
  fireEvent.error(await pictureOf(0));
  await waitFor(async () => expect(await pictureOf(0)).not.toHaveAttribute('src'));
  act(() => onlineManager.setOnline(true));
  await waitFor(async () =>
    expect(await pictureOf(0)).toHaveAttribute('src', `${ORIGIN}/photos/0.jpg`),
  );
});

/** A Blogger photo: Blogger serves it in any width its address names. */
const BLOGGER_PHOTO =
  'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhX7Yk/s1600/dmz.jpg';

it('asks a picture service for copies as wide as the box, and for the picture itself if they fail', async () => {
  openFeed((index) => index === 0 && BLOGGER_PHOTO);
  const picture = await pictureOf(0);
  expect(picture).toHaveAttribute('src', BLOGGER_PHOTO);
  expect(picture.getAttribute('srcset')).toContain(
    'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhX7Yk/w480/dmz.jpg 480w',
  );
  expect(picture).toHaveAttribute('sizes', '(min-width: 40rem) 12rem, calc(100vw - 2rem)');

  fireEvent.error(picture);
  await waitFor(async () => expect(await pictureOf(0)).not.toHaveAttribute('srcset'));
  expect(await pictureOf(0)).toHaveAttribute('src', BLOGGER_PHOTO);
  fireEvent.error(await pictureOf(0));
  await waitFor(async () => expect(await pictureOf(0)).not.toHaveAttribute('src'));
});

it('asks no more for the copies of a picture whose copies failed, on a list shown again', async () => {
  openFeed((index) => index === 0 && BLOGGER_PHOTO);
  fireEvent.error(await pictureOf(0));
  await waitFor(async () => expect(await pictureOf(0)).not.toHaveAttribute('srcset'));
  cleanup();
  openFeed((index) => index === 0 && BLOGGER_PHOTO);
  const again = await pictureOf(0);
  expect(again).toHaveAttribute('src', BLOGGER_PHOTO);
  expect(again).not.toHaveAttribute('srcset');
});

it('asks again for the copies of a picture whose copies failed offline', async () => {
  openFeed((index) => index === 0 && BLOGGER_PHOTO);
  act(() => onlineManager.setOnline(false));
  fireEvent.error(await pictureOf(0));
  await waitFor(async () => expect(await pictureOf(0)).not.toHaveAttribute('srcset'));
  act(() => onlineManager.setOnline(true));
  cleanup();
  openFeed((index) => index === 0 && BLOGGER_PHOTO);
  expect((await pictureOf(0)).getAttribute('srcset')).toContain('/w480/dmz.jpg 480w');
});

it('measures a copy from a srcset by its own pixels: a small photo is not taken for a thumbnail', async () => {
  openFeed((index) => index === 0 && BLOGGER_PHOTO);
  const picture = await pictureOf(0);
  // A 300-pixel photo, sent for the 480w copy of a 192-pixel box: the browser counts it as 120.
  Object.defineProperty(picture, 'currentSrc', {
    value: BLOGGER_PHOTO.replace('/s1600/', '/w480/'),
    configurable: true,
  });
  arrive(picture, 120, 192);
  expect(picture).not.toHaveAttribute('data-fit');
  // A 90-pixel thumbnail so sent is still one.
  arrive(picture, 36, 192);
  expect(picture).toHaveAttribute('data-fit', 'own-size');
});

/** The newest entry opened as an article, with a lead picture and these pictures in its text. */
async function openArticle(text: string) {
  const [first, ...rest] = BASE.items;
  const item: Record<string, unknown> = {
    ...first,
    image: `${ORIGIN}/photos/lead.jpg`,
    content_html: `${String(first?.content_html)}${text}`,
  };
  const path = `/pictures/feed-${++feedNumber}.json`;
  fakeFetch({ [`${ORIGIN}${path}`]: { ...BASE, items: [item, ...rest] } });
  renderReader(articlePath(String(item.id), `?feed=${encodeURIComponent(path)}`));
  const heading = await screen.findByRole('heading', { level: 1, name: String(item.title) });
  const article = heading.closest('article');
  if (!article) throw new Error('The article page has no article');
  return article;
}

it('an article’s lead picture that cannot be had leaves its box empty', async () => {
  const article = await openArticle('');
  const lead = within(article).getByRole('presentation');
  expect(lead).toHaveAttribute('src', `${ORIGIN}/photos/lead.jpg`);
  fireEvent.error(lead);
  await waitFor(() => expect(within(article).getByRole('presentation')).not.toHaveAttribute('src'));
  const box = within(article).getByRole('presentation');
  expect(box).toHaveAttribute('width', '1200');
  expect(box).toHaveAttribute('height', '675');
});

it('an article’s lead picture from a picture service comes in copies as wide as the page', async () => {
  const [first, ...rest] = BASE.items;
  const path = `/pictures/feed-${++feedNumber}.json`;
  fakeFetch({
    [`${ORIGIN}${path}`]: { ...BASE, items: [{ ...first, image: BLOGGER_PHOTO }, ...rest] },
  });
  renderReader(articlePath(String(first?.id), `?feed=${encodeURIComponent(path)}`));
  const heading = await screen.findByRole('heading', { level: 1, name: String(first?.title) });
  const lead = within(heading.closest('article') as HTMLElement).getByRole('presentation');
  expect(lead).toHaveAttribute('src', BLOGGER_PHOTO);
  expect(lead.getAttribute('srcset')).toContain('/w1200/dmz.jpg 1200w');
  expect(lead).toHaveAttribute('sizes', '(min-width: 42rem) 40rem, calc(100vw - 2rem)');
});

it('a picture in an article’s text that cannot be had gives way to its description', async () => {
  const article = await openArticle(
    `<p>The route: <img src="${ORIGIN}/gone/map.png" alt="A map of the harbour walk"></p>` +
      `<p><img src="${ORIGIN}/gone/rule.png" alt="" width="600" height="20"></p>`,
  );
  const map = within(article).getByRole('img', { name: 'A map of the harbour walk' });
  fireEvent.error(map);
  expect(within(article).queryByRole('img', { name: 'A map of the harbour walk' })).toBeNull();
  expect(within(article).getByText('A map of the harbour walk')).toBeVisible();
  expect(within(article).getByText(/The route:/)).toBeVisible();

  // A picture without a description is taken away; the lead picture stays.
  const [lead, rule] = within(article).getAllByRole('presentation');
  if (!rule) throw new Error('The text has no undescribed picture');
  expect(rule).toHaveAttribute('src', `${ORIGIN}/gone/rule.png`);
  fireEvent.error(rule);
  expect(rule).not.toBeVisible();
  expect(lead).toBeVisible();
});

it('a picture described only as "image" that cannot be had leaves no word behind', async () => {
  // O Liberal's "VEJA MAIS" boxes; Discourse's uploads.
  const article = await openArticle(
    `<p>Veja mais <img src="${ORIGIN}/gone/a.jpg" alt="image"> e <img src="${ORIGIN}/gone/b.jpg" alt="Foto"></p>`,
  );
  for (const picture of within(article).getAllByRole('img', { name: /^(image|Foto)$/ })) {
    fireEvent.error(picture);
  }
  expect(within(article).queryByRole('img', { name: /^(image|Foto)$/ })).toBeNull();
  expect(within(article).getByText(/Veja mais/)).toHaveTextContent(/^Veja mais e$/);
});

it('a linked picture that cannot be had leaves its link a name: where it goes', async () => {
  // GitHub's release notes: a screenshot described only as "image", the whole of its link.
  const article = await openArticle(
    `<p><a href="https://user-images.githubusercontent.com/1/shot.png"><img src="${ORIGIN}/gone/shot.png" alt="image"></a></p>`,
  );
  const link = within(article).getByRole('link', { name: 'image' });
  const [picture] = within(link).getAllByRole('img');
  if (!picture) throw new Error('The link holds no picture');
  fireEvent.error(picture);
  expect(link).toHaveAccessibleName('Picture linking to user-images.githubusercontent.com');
  expect(within(link).queryByRole('img')).toBeNull();
});

it('keeps a left-out picture out when older posts make it no longer most', async () => {
  // Page one: the logo on four of six entries. Page two: six more, none with it.
  const first = `${ORIGIN}/pictures/paged-${++feedNumber}.json`;
  const second = `${first}?page=2`;
  const older = generateFeed(12).items.slice(6);
  fakeFetch({
    [first]: {
      ...BASE,
      next_url: second,
      items: BASE.items.map((item, index) => (index < 4 ? { ...item, image: LOGO } : item)),
    },
    [second]: { ...BASE, items: older.map((item) => ({ ...item, id: `older-${item.id}` })) },
  });
  renderReader(`/?feed=${encodeURIComponent(first)}`);
  const title = String(BASE.items[0]?.title);
  const entry = await screen.findByRole('article', { name: title });
  expect(within(entry).queryByRole('presentation')).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Older posts' }));
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(12));
  expect(
    within(screen.getByRole('article', { name: title })).queryByRole('presentation'),
  ).toBeNull();
});
