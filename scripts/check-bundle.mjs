// Budget for the JavaScript the front page loads before it can paint, read from the build:
// the entry script (named by <meta name="app-entry"> in the built page, which starts it) and
// every module it preloads, as listed in dist/index.html, gzipped.
//   node scripts/check-bundle.mjs          (after `npm run build`; exits 1 over budget)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// React, React DOM, React Router, TanStack Query and zustand take most of it; the app's own
// first-route code must stay small and the rest lazy.
export const INITIAL_JS_BUDGET = 100 * 1024;
export const LAZY_CHUNK_BUDGET = 40 * 1024;
// The XML parser (feedsmith) loads only when XML arrives: in the worker that parses feeds, once
// more for comment feeds on the main thread, and in the worker that reads an imported OPML file.
// The feeds' worker also holds the formats' adapters (dates in named zones and other languages,
// pictures and media groups, ids, people, mending ill-formed documents and text read in the
// wrong encoding on its way, the publisher's link behind FeedBurner's and search services'
// redirects, full text and pictures in elements the parser does not read, a text's first real
// picture, what feed services and plugins add to every post, days given without a time and
// months in Thai, the name a web page's site gives itself, highlights, comment counts a text
// states, the language Arabic's and Cyrillic's letters tell, Thai's words, enclosures typed by
// their files' names, dates in Dublin Core's and Atom's other elements, pictures sized in their
// style, Chinese told from Latin by words' worth of letters): some 18 KB of its 56.1, which grow
// with what real feeds need. The full table of
// HTML entities (12.7 KB) is not in any of them: it loads only for a feed that names an entity
// the parser's own short table has not got (src/lib/html-entities.ts); nor is the judge of a
// DOCTYPE's own entities, which are never used (src/lib/no-input-entities.ts).
export const XML_PARSER_BUDGET = 57 * 1024;
const XML_PARSER = /^assets\/(feed-document\.worker|opml\.worker|xml-parser)-/;
// The scripts that draw a feed's page or article from the feed (src/first-paint/draw-*.ts):
// public/boot.js loads one before the app on a cold visit, and that page's first paint waits
// for it.
// The article's holds the sanitiser (DOMPurify and the app's rules), as the app's article does;
// the river's, the rules that list a post many feeds carry once (src/app/river/river-articles.ts).
// Each holds the rules that read real feeds (src/features/feed/api/normalize.ts and the formats'):
// the list's passed 20 KB with a support mailbox that writes no item, an author's withheld
// address, WordPress's "Uncategorized" and counting pixels that are no picture; the river's
// passed 21 KB drawing the first picture at once, fitted to its box as the app fits it, and the
// article's 35 KB drawing the picture above its text (an article with one was the app's alone,
// its page blank until the app's code had come). Each grew 0.7 KB asking picture services
// (Blogger's, WordPress's, Substack's, Medium's) for a copy as wide as the box, which the app
// then shows too (src/features/feed/utils/picture-renditions.ts).
export const DRAWING_BUDGETS = { list: 22 * 1024, article: 37 * 1024, river: 23 * 1024 };
const DRAWING = /^assets\/draw-(list|article|river)-/;

const dist = join(import.meta.dirname, '..', 'dist');

export function gzipSize(file) {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/** Files the first route loads before it paints, and every other chunk (lazy). */
export function bundleReport() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(
      /<script[^>]+src="\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"|<meta name="app-entry" content="\/([^"]+\.js)"/g,
    ),
  ].map((match) => match[1] ?? match[2] ?? match[3]);
  const lazy = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
    .filter((file) => !initial.includes(file));
  const parser = lazy.filter((file) => XML_PARSER.test(file));
  const drawing = lazy.filter((file) => DRAWING.test(file));
  const sized = (files) =>
    files.map((file) => ({ file, gzip: gzipSize(file) })).sort((a, b) => b.gzip - a.gzip);
  const initialFiles = sized(initial);
  return {
    initial: initialFiles,
    initialTotal: initialFiles.reduce((sum, entry) => sum + entry.gzip, 0),
    lazy: sized(lazy.filter((file) => !parser.includes(file) && !drawing.includes(file))),
    parser: sized(parser),
    drawing: sized(drawing),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = bundleReport();
  for (const { file, gzip } of report.initial)
    console.log(`initial  ${kb(gzip).padStart(9)}  ${file}`);
  const [largestLazy] = report.lazy;
  console.log(`initial JS (gzip): ${kb(report.initialTotal)} of ${kb(INITIAL_JS_BUDGET)} budget`);
  if (largestLazy) {
    console.log(
      `largest lazy chunk (gzip): ${kb(largestLazy.gzip)} ${largestLazy.file} (budget ${kb(LAZY_CHUNK_BUDGET)})`,
    );
  }
  for (const { file, gzip } of report.parser) {
    console.log(`XML parser (gzip): ${kb(gzip)} ${file} (budget ${kb(XML_PARSER_BUDGET)})`);
  }
  const over = [];
  const drawingBudget = (file) => DRAWING_BUDGETS[DRAWING.exec(file)?.[1] ?? 'list'];
  for (const { file, gzip } of report.drawing) {
    console.log(`drawing script (gzip): ${kb(gzip)} ${file} (budget ${kb(drawingBudget(file))})`);
  }
  if (report.parser.length === 0) over.push('XML parser chunk not found');
  if (report.drawing.length !== Object.keys(DRAWING_BUDGETS).length) {
    over.push('drawing scripts not found');
  }
  if (report.drawing.some(({ file, gzip }) => gzip > drawingBudget(file))) {
    over.push('drawing script');
  }
  if (report.parser.some(({ gzip }) => gzip > XML_PARSER_BUDGET)) over.push('XML parser');
  if (report.initialTotal > INITIAL_JS_BUDGET) over.push('initial JavaScript');
  if (largestLazy && largestLazy.gzip > LAZY_CHUNK_BUDGET) over.push('largest lazy chunk');
  if (over.length > 0) {
    console.error(`\nOver budget: ${over.join(', ')}.`);
    process.exit(1);
  }
}
