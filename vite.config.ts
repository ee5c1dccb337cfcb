import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import {
  contentSecurityPolicy,
  firstChunk,
  minifyBootScripts,
  pageChunk,
  sharedChunk,
  prerenderPages,
  reactRouterProduction,
} from './scripts/build-plugins.ts';
import { pwaOptions } from './src/config/pwa.ts';

const FRONT_PAGE = /[\\/]src[\\/]app[\\/]river[\\/]river-page\.tsx$/;
const FEED_PAGE = /[\\/]src[\\/]app[\\/]routes[\\/]feed-page\.tsx$/;
const ARTICLE_PAGE = /[\\/]src[\\/]app[\\/]routes[\\/]article-page\.tsx$/;
const XML_READER = /[\\/]src[\\/]features[\\/]feed[\\/]api[\\/]formats[\\/]read-document\.ts$/;
const QUERY_PERSISTER = /[\\/]src[\\/]lib[\\/]query-persister\.ts$/;
const FEED_READER = /[\\/]src[\\/]features[\\/]feed[\\/]api[\\/]read-feed-document\.ts$/;
const AFTER_START =
  /[\\/]src[\\/](features[\\/]offline[\\/]components[\\/]update-prompt\.tsx|app[\\/]keyboard-shortcuts\.tsx|app[\\/]auto-refresh\.ts)$/;
const AFTER_START_MODULES = /virtual:pwa-register|[\\/]workbox-window[\\/]/;
const XML_PARSER_MODULES = /node_modules[\\/](feedsmith|fast-xml-parser|strnum)[\\/]/;

const afterStart = pageChunk(AFTER_START, 'after-start');
const feedReader = pageChunk(FEED_READER, 'feed-reader');
const readerAndArticle = sharedChunk(XML_READER, ARTICLE_PAGE, 'feed-reader');

export default defineConfig({
  plugins: [
    react(),
    reactRouterProduction(),
    VitePWA(pwaOptions),
    contentSecurityPolicy(),
    minifyBootScripts(),
    prerenderPages(),
  ],
  resolve: {
    alias: [
      // feedsmith's HTML entity decoder, without the full table until a feed needs it.
      {
        find: /^entities$/,
        replacement: fileURLToPath(new URL('./src/lib/html-entities.ts', import.meta.url)),
      },
      // The XML parser's judge of a DOCTYPE's own entities, which it never uses here.
      {
        find: /^is-unsafe$/,
        replacement: fileURLToPath(new URL('./src/lib/no-input-entities.ts', import.meta.url)),
      },
    ],
  },
  // Module workers (both are started with `type: 'module'`): the table of HTML entities a few
  // feeds need (src/lib/html-entities.ts) stays a file of its own, loaded by the worker then.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Browsers preload modules themselves (Safari since 17); in older ones they load when
    // imported, a little later. The polyfill cost the entry 0.2 KB.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The entry names every chunk it may load: six characters of hash tell them apart.
        chunkFileNames: 'assets/[name]-[hash:6].js',
        codeSplitting: {
          groups: [
            { name: firstChunk(), debugName: 'first chunk' },
            // A feed's own page with the list code it shares with the river: what a `?feed=`
            // address loads, without the river's code (fewer bytes and files before its list).
            { name: pageChunk(FEED_PAGE, 'feed-page'), debugName: 'feed page' },
            // The front page's river, loaded beside the feeds' first requests.
            { name: pageChunk(FRONT_PAGE, 'front-page'), debugName: 'front page' },
            // What every page loads once it is drawn: the keyboard shortcuts, and the update prompt
            // with the service worker's registration. One file, not a chain of four small ones.
            {
              name: (id, context) =>
                AFTER_START_MODULES.test(id) ? 'after-start' : afterStart(id, context),
              debugName: 'after start',
            },
            // Reading a feed's document (decoding, detecting, the JSON Feed adapter, dates, text):
            // every feed and article page loads all of it at once, as one file.
            // With what the main thread's XML reader shares with an article's page (a feed page
            // may load that reader, and would otherwise load the article's page for it).
            {
              name: (id, context) => feedReader(id, context) ?? readerAndArticle(id, context),
              debugName: 'feed reader',
            },
            // The XML feed parser, for comment feeds and where workers cannot start. After the
            // feed reader's group: it would take what the two share (the named entities every
            // feed's text is read with), and every feed page would load the parser for them.
            { name: 'xml-parser', test: XML_PARSER_MODULES },
            // What restores the saved cache: every page loads it at start, and nothing else.
            { name: pageChunk(QUERY_PERSISTER, 'query-persister'), debugName: 'query persister' },
            // An article's page and the code it shares with the saved and settings pages (saving,
            // storage, the article's queries): one file where the splitter cut seven.
            { name: pageChunk(ARTICLE_PAGE, 'article-page'), debugName: 'article page' },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // Transformed, so that their imports of `entities` and `is-unsafe` are the app's
    // (resolve.alias above).
    server: { deps: { inline: ['feedsmith', 'fast-xml-parser'] } },
    restoreMocks: true,
    // Generous limits: the suite also runs on a busy two-core CI machine.
    testTimeout: 20_000,
  },
});
