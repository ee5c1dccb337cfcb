import type { VitePWAOptions } from 'vite-plugin-pwa';

const DAY = 24 * 60 * 60;

/** Seconds a feed request waits for the network before the service worker answers from cache. */
const FEED_NETWORK_TIMEOUT = 4;

/**
 * The service worker (Workbox generateSW). The app shell is precached; feed data and images are
 * not, so that they go through the runtime rules below (precached URLs never do).
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: null,
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    name: 'Broadsheet',
    short_name: 'Broadsheet',
    description:
      'A fast, offline-first news reader for RSS, Atom and JSON Feed, with threaded comments.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#9c1c1c',
    background_color: '#fdfcf8',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
    // Articles' own pages are for a first visit; the app shell serves every address offline.
    globIgnores: ['data/**', 'articles/**'],
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/data\//],
    // The first visit's service worker takes the page at once, so what it reads is cached too.
    // Updates still wait for the reader ("prompt"): skipWaiting is never automatic.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // Feed and comment documents: fetchText asks for JSON Feed first, on any origin that allows CORS.
        // The bundled data is matched by its place too: boot.js preloads its first page with
        // a request that cannot say what it accepts, and the app then uses that response.
        urlPattern: ({ request, url, sameOrigin }) =>
          request.destination === '' &&
          ((request.headers.get('accept') ?? '').includes('application/feed+json') ||
            (sameOrigin && url.pathname.startsWith('/data/'))),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'broadsheet-feeds',
          networkTimeoutSeconds: FEED_NETWORK_TIMEOUT,
          expiration: { maxEntries: 300, maxAgeSeconds: 30 * DAY },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        urlPattern: ({ request }) => request.destination === 'image',
        handler: 'CacheFirst',
        options: {
          cacheName: 'broadsheet-images',
          expiration: { maxEntries: 400, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true },
          // Images from other origins are opaque (status 0) unless they allow CORS.
          cacheableResponse: { statuses: [0, 200] },
        },
      },
    ],
  },
};
