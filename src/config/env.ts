/** The bundled demo feed, served from public/. */
export const DEFAULT_FEED_URL = `${import.meta.env.BASE_URL}data/feed.json`;

export const APP_NAME = 'Broadsheet';

/**
 * The bundled feeds, with the names they are listed under: the subscriptions of a fresh browser.
 * Relative to the page, as public/boot.js resolves them too.
 */
export const DEFAULT_SUBSCRIPTIONS: readonly { url: string; title: string }[] = [
  { url: DEFAULT_FEED_URL, title: 'The Broadsheet Daily' },
  { url: `${import.meta.env.BASE_URL}data/harbour-notes/posts.atom`, title: 'Harbour Notes' },
];
