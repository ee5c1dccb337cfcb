/** The bundled demo feed, served from public/. */
export const DEFAULT_FEED_URL = `${import.meta.env.BASE_URL}data/feed.json`;

export const APP_NAME = 'Broadsheet';

/** Version of the app; ties persisted caches to the code that wrote them. */
export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? 'dev';
