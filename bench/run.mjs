// The benchmark: builds the app, serves the production build, measures it in headless Chromium
// (Playwright and Lighthouse 12) against a static "floor" of the same first screen, and prints one
// markdown table of medians. `npm run bench` also writes it to docs/benchmarks.md.
//   npm run bench                 (RUNS=5 for more runs; --no-build to reuse dist/;
//                                  --thread-only for just one run of the comment thread,
//                                  --river-only for the river of many feeds alone,
//                                  --again-only for a feed and a river of 50 opened again,
//                                  --feeds-only for feeds by others opened by ?feed=,
//                                  --stack-floor for the same feeds read by the libraries alone,
//                                  --pictures-only for a photo feed's pictures from a service)
import { execSync, spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';
import { bundleReport } from '../scripts/check-bundle.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium.mjs';
import { generateFeed, generateRss, generateThread } from './generate.mjs';
import { simulatedLcpDownloads } from './lantern.mjs';
import {
  PICTURE_HOSTS,
  appliedThrottlingRun,
  drawPhotos,
  pictureService,
} from './picture-service.mjs';
import {
  RIVER_ENTRIES_PER_FEED,
  RIVER_FEEDS,
  openDuringRefresh,
  opmlImport,
  riverContext,
  riverRefresh,
  writeRiverFiles,
} from './river.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const PORT = 4180;
const ORIGIN = `http://localhost:${PORT}`;
/** The same app built with the 3,000-item feed as its own (bundled) feed. */
const LARGE_SITE_PORT = 4181;
const LARGE_SITE = `http://localhost:${LARGE_SITE_PORT}`;
const largeSiteDir = join(dist, 'bench', 'site');
/** The same build over HTTP/2 with TLS (a certificate made for the run), as hosts serve it. */
const HTTP2_PORT = 4182;
const HTTP2_ORIGIN = `https://localhost:${HTTP2_PORT}`;
/** The feeds by others read by the required libraries alone (bench/stack-floor). */
const STACK_FLOOR_PORT = 4183;
const stackFloorDir = join(dist, 'bench', 'stack-floor');
const RUNS = Number(process.env.RUNS ?? 3);
/** The smaller river, opened again. */
const SMALL_RIVER_FEEDS = 50;
const SEED_ID =
  'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees';
const THREAD_ID = 'https://broadsheet.example/2019/06/27/heat-warning-coastal-districts';
const articlePath = (id) => `/articles/${encodeURIComponent(id)}`;
/**
 * An entry the app has rendered. The built page already holds the bundled feed's front page:
 * at another address it is marked stale (and hidden) until the app replaces it, and its buttons
 * say aria-disabled until then.
 */
const APP_ENTRY =
  'html:not([data-stale-first-screen]) #root:not(:has([aria-disabled="true"])) article.entry';
/** An entry on screen, whoever wrote it (the built page or the app). */
const SHOWN_ENTRY = 'html:not([data-stale-first-screen]) article.entry';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function serve(port = PORT, outDir = dist) {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  return {
    ready: waitForServer(`http://localhost:${port}`),
    stop: () => {
      try {
        process.kill(-server.pid);
      } catch {
        // already gone
      }
    },
  };
}

/**
 * The build served over HTTP/2, as static hosts serve a site: `vite preview` speaks HTTP/1.1,
 * where a browser opens at most six connections to a site and each starts slowly, so a page of
 * many files waits on the network in a way it would not in production. Browsers speak HTTP/2
 * only over TLS: the certificate is made for the run by openssl, and without openssl there is no
 * such server (undefined).
 */
async function serveOverHttp2() {
  const dir = mkdtempSync(join(os.tmpdir(), 'broadsheet-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  try {
    execSync(
      `openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -keyout ${key} -out ${cert}`,
      { stdio: 'ignore' },
    );
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const server = await preview({
    root,
    logLevel: 'error',
    preview: {
      port: HTTP2_PORT,
      strictPort: true,
      https: { key: readFileSync(key), cert: readFileSync(cert) },
    },
  });
  return {
    stop: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForServer(origin) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the preview server did not start');
}

/**
 * Records, from inside the page, when the first list entry (or any selector) is in the DOM, and
 * when it is first painted: the entry and everything in it carry `elementtiming` from the moment
 * it is found (again on whichever entry replaces it before a paint), and the Element Timing API
 * reports the frame that drew it, as a reader sees it.
 */
function watchFor(selector) {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    // This load's own mark: a screen the app kept from an earlier load carries that load's.
    const mark = 'bench-' + Math.random().toString(36).slice(2);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier !== mark) continue;
        const at = entry.renderTime || entry.startTime;
        if (window.__firstPainted === undefined || at < window.__firstPainted) {
          window.__firstPainted = at;
        }
      }
    }).observe({ type: 'element', buffered: true });
    const seen = () => {
      const entry = document.querySelector(selector);
      if (!entry) return;
      if (window.__firstSeen === undefined) window.__firstSeen = performance.now();
      if (window.__firstPainted !== undefined || entry.getAttribute('elementtiming') === mark) {
        return;
      }
      for (const element of [entry, ...entry.querySelectorAll('*')]) {
        element.setAttribute('elementtiming', mark);
      }
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', seen);
  })()`;
}

/** When the first entry is in the DOM (firstSeen) and painted (firstPainted), from navigation. */
async function timeToSelector(browser, url, selector, { offline = false, context } = {}) {
  const own = !context;
  const ctx = context ?? (await browser.newContext({ serviceWorkers: 'block' }));
  const page = await ctx.newPage();
  await page.addInitScript(watchFor(selector));
  if (offline) await ctx.setOffline(true);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstSeen !== undefined, null, { timeout: 30_000 });
  await page
    .waitForFunction(() => window.__firstPainted !== undefined, null, { timeout: 5_000 })
    .catch(() => {});
  const result = await page.evaluate(() => ({
    firstSeen: window.__firstSeen,
    firstPainted: window.__firstPainted ?? NaN,
    domElements: document.getElementsByTagName('*').length,
    listElements: document.querySelectorAll('.article-list *').length,
  }));
  await page.close();
  if (own) await ctx.close();
  return result;
}

/**
 * Builds the app a second time with the large feed as the site's own, in place of the demo feed:
 * the build writes its front page into the HTML, as it does for any bundled feed.
 */
async function buildLargeSite(feed) {
  const publicCopy = mkdtempSync(join(os.tmpdir(), 'broadsheet-bench-public-'));
  try {
    cpSync(join(root, 'public'), publicCopy, { recursive: true });
    writeFileSync(join(publicCopy, 'data', 'feed.json'), JSON.stringify(feed));
    rmSync(join(publicCopy, 'data', 'feed-2.json'));
    rmSync(join(publicCopy, 'data', 'feed-3.json'));
    await build({
      root,
      publicDir: publicCopy,
      logLevel: 'warn',
      build: { outDir: largeSiteDir, emptyOutDir: true },
    });
  } finally {
    rmSync(publicCopy, { recursive: true, force: true });
  }
}

/** Saves what the app renders as a static page with no script: the floor to compare with. */
async function writeFloor(browser, path, file, selector, context = browser) {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${path}`);
  await page.locator(selector).first().waitFor();
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc
      .querySelectorAll('script, link[rel="modulepreload"], link[rel="manifest"]')
      .forEach((el) => el.remove());
    return `<!doctype html>\n${doc.outerHTML}`;
  });
  writeFileSync(join(dist, 'bench', file), html);
  await page.close();
}

/**
 * Makes the reader's subscriptions `feedPaths` (in `folder`, where given), with nothing else kept
 * for the site: no saved data, no cached file. Lighthouse would clear that list with the rest, so
 * it is told not to, and this clears the rest before each run, through Playwright on the same
 * browser.
 */
function onlySubscriptions(feedPaths, folder) {
  return async (port) => {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const [context] = browser.contexts();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await cdp.send('Storage.clearDataForOrigin', { origin: ORIGIN, storageTypes: 'all' });
      await page.goto(`${ORIGIN}/robots.txt`);
      await page.evaluate(
        ([feedUrls, folder]) => {
          const at = new Date(0).toISOString();
          const feeds = Object.fromEntries(
            feedUrls.map((feedUrl) => [
              feedUrl,
              { feedUrl, title: 'Bench', folder, addedAt: at, changedAt: at },
            ]),
          );
          localStorage.setItem(
            'broadsheet:subscriptions',
            JSON.stringify({ state: { feeds }, version: 1 }),
          );
        },
        [feedPaths.map((path) => `${ORIGIN}${path}`), folder],
      );
      await page.close();
    } finally {
      await browser.close();
    }
  };
}

/** The default subscriptions' addresses, as the built page names them for public/boot.js. */
function defaultFeedPaths() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const named = /<meta\s+name="app-subscriptions"\s+content='([^']*)'/.exec(html)?.[1];
  return named ? JSON.parse(named).map(([path]) => path) : [];
}

/** A Lighthouse run that has not ended by then is given up, and made again in a new Chromium. */
const LIGHTHOUSE_RUN_TIMEOUT = 120_000;
const LIGHTHOUSE_TRIES = 3;

function launchForLighthouse(url) {
  return launch({
    chromePath: chromiumExecutable(),
    chromeFlags: [
      '--headless=new',
      ...CHROMIUM_ARGS,
      // The HTTP/2 server's certificate is made for the run, and signed by nobody.
      ...(url.startsWith(HTTP2_ORIGIN) ? ['--ignore-certificate-errors'] : []),
    ],
  });
}

/**
 * One Lighthouse run of `url`, in `chrome` (its Chromium, made again where a run hangs: now and
 * then Lighthouse waits for good on a page whose renderer never started).
 */
async function lighthouseRun(chrome, url, prepare) {
  for (let attempt = 1; ; attempt++) {
    const { port } = chrome.current;
    let timer;
    const hung = new Promise((resolve) => {
      timer = setTimeout(resolve, LIGHTHOUSE_RUN_TIMEOUT, undefined);
    });
    const run = (async () => {
      await prepare?.(port);
      return lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // Each run as a new reader's first visit. Lighthouse keeps localStorage and IndexedDB
        // unless told, and the app keeps a first screen there for each address it shows.
        ...(prepare ? { disableStorageReset: true } : { clearStorageTypes: ['all'] }),
      });
    })();
    // A run given up may still fail, once its Chromium has gone: nobody waits for it then.
    run.catch(() => undefined);
    const result = await Promise.race([run, hung]).finally(() => clearTimeout(timer));
    if (result) return result;
    console.error(`  Lighthouse hung on ${url} (try ${attempt}); again in a new Chromium`);
    chrome.current.kill();
    if (attempt === LIGHTHOUSE_TRIES) throw new Error(`Lighthouse hung on ${url}`);
    chrome.current = await launchForLighthouse(url);
  }
}

async function lighthouseRuns(url, prepare) {
  const chrome = { current: await launchForLighthouse(url) };
  const runs = [];
  try {
    // A first run, not counted, in the Chromium just launched: there the browser's own start
    // now and then held back every frame of the page for a second or two, whatever the page
    // did (the article of an RSS feed painted a second late in 4 of 10 first runs, in 1 of 29
    // later ones).
    await lighthouseRun(chrome, url, prepare);
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouseRun(chrome, url, prepare);
      runs.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        bestPractices: lhr.categories['best-practices'].score * 100,
        seo: lhr.categories.seo.score * 100,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        downloads: simulatedLcpDownloads(),
        failing: Object.values(lhr.audits)
          .filter(
            (audit) =>
              audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
          )
          .map((audit) => audit.id),
      });
    }
  } finally {
    chrome.current.kill();
  }
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    downloads: runs.every((run) => run.downloads)
      ? Object.fromEntries(
          ['page', 'after', 'script'].map((key) => [
            key,
            median(runs.map((run) => run.downloads[key])),
          ]),
        )
      : undefined,
    failing: [...new Set(runs.flatMap((run) => run.failing))],
  };
}

/**
 * Counts comment components React rendered in each commit, through the hook React offers to
 * developer tools (present in production builds), the way those tools tell: a component rendered
 * when it is new or carries React's "performed work" flag; a subtree whose children are the same
 * fibers as before was skipped whole. A comment component is one whose first element is a
 * comment's <article>.
 */
const RENDER_COUNTER = `(() => {
  window.__commentRenders = 0;
  const PERFORMED_WORK = 1;
  const isComment = (fiber) => {
    let child = fiber.child;
    while (child && typeof child.type !== 'string') child = child.child;
    return Boolean(child && child.type === 'article' && String(child.memoizedProps?.id).startsWith('comment-'));
  };
  const walk = (fiber) => {
    for (let node = fiber; node; node = node.sibling) {
      const before = node.alternate;
      const rendered = !before || (node.flags & PERFORMED_WORK) === PERFORMED_WORK;
      if ((node.tag === 0 || node.tag === 15) && rendered && isComment(node)) window.__commentRenders += 1;
      if (node.child && (!before || node.child !== before.child)) walk(node.child);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(),
    supportsFiber: true,
    inject() { return 1; },
    onCommitFiberRoot(_id, root) { walk(root.current.child); },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
})()`;

async function commentThreadRun(browser) {
  const feedUrl = `${ORIGIN}/data/feed.json`;
  const comments = generateThread({
    threadKey: JSON.stringify([feedUrl, THREAD_ID]),
    count: 2000,
    seed: 7,
  });
  const stored = JSON.stringify({
    state: { comments: Object.fromEntries(comments.map((c) => [c.id, c])) },
    version: 1,
  });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(
    ([value]) => {
      if (!localStorage.getItem('broadsheet:comments'))
        localStorage.setItem('broadsheet:comments', value);
    },
    [stored],
  );
  await page.addInitScript(RENDER_COUNTER);
  // Timed in the page: from the app's first render of the article (the built site already holds
  // the article's own page, written without a thread) to the thread on screen.
  await page.addInitScript(() => {
    const done = () =>
      /2,?000 comments/.test(
        document.querySelector('.comments h2, section h2#comments-heading')?.textContent ?? '',
      ) && document.querySelectorAll('article[id^="comment-"]').length >= 30;
    new MutationObserver((_, observer) => {
      // The built page's buttons wait for the app (aria-disabled) until it renders in place.
      const rendered =
        document.querySelector('#root .article') &&
        !document.querySelector('#root [aria-disabled="true"]');
      if (window.__appAt === undefined && rendered) window.__appAt = performance.now();
      if (window.__appAt !== undefined && done()) {
        window.__threadAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  await page.goto(`${ORIGIN}${articlePath(THREAD_ID)}`);
  await page.waitForFunction(() => window.__threadAt !== undefined, null, { timeout: 30_000 });
  const render = await page.evaluate(() => ({
    ms: window.__threadAt - window.__appAt,
    comments: document.querySelectorAll('article[id^="comment-"]').length,
  }));
  const parent = page.locator(`article#comment-${comments[0].id}`);
  await parent.getByRole('button', { name: 'Reply', exact: true }).first().click();
  await parent
    .getByLabel('Comment', { exact: true })
    .first()
    .fill('A reply written by the benchmark');
  const reply = await page.evaluate(async (parentId) => {
    const article = document.getElementById(`comment-${parentId}`);
    const button = [...article.querySelectorAll('button')].find(
      (b) => b.textContent === 'Post reply',
    );
    window.__commentRenders = 0;
    const start = performance.now();
    button.click();
    await new Promise((resolve) => {
      const done = () =>
        article.textContent.includes('A reply written by the benchmark') &&
        !article.querySelector('textarea');
      if (done()) return resolve();
      const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
      observer.observe(article, { childList: true, subtree: true, characterData: true });
    });
    const elapsed = performance.now() - start;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    return { ms: elapsed, renders: window.__commentRenders };
  }, comments[0].id);
  await context.close();
  return { renderMs: render.ms, shown: render.comments, replyMs: reply.ms, renders: reply.renders };
}

async function scrollLongTasks(browser) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/?feed=/bench/feed-3000.json`);
  await page.locator(APP_ENTRY).first().waitFor();
  // The first entries show while the document downloads: "Older posts" comes with the whole.
  await page.getByRole('button', { name: 'Older posts' }).waitFor({ timeout: 60_000 });
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  // Lists the whole feed as a reader would: scroll to the end of what is listed, press "Older
  // posts", and again, until the button is gone; the list's size is counted at every frame.
  const result = await page.evaluate(async () => {
    const long = [];
    new PerformanceObserver((list) => long.push(...list.getEntries())).observe({
      type: 'longtask',
    });
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const listElements = () => document.querySelectorAll('.article-list *').length;
    const olderPosts = () =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Older posts');
    let most = listElements();
    for (;;) {
      const end = () => document.documentElement.scrollHeight - window.innerHeight;
      for (let y = window.scrollY; y < end(); y += 400) {
        window.scrollTo(0, Math.min(y + 400, end()));
        await frame();
        most = Math.max(most, listElements());
      }
      const button = olderPosts();
      if (!button) break;
      button.click();
      await frame();
      most = Math.max(most, listElements());
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      longTasks: long.length,
      longest: Math.max(0, ...long.map((entry) => entry.duration)),
      listElements: Math.max(most, listElements()),
    };
  });
  await context.close();
  return { ...result, heap };
}

/**
 * A 3,000-item RSS feed opened with ?feed=: when its first entry shows, how long after the
 * document arrived, and the main thread's long tasks from navigation until then (the XML is
 * parsed in a worker).
 */
async function xmlFeedRun(browser) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(`(() => {
    window.__long = [];
    new PerformanceObserver((list) => window.__long.push(...list.getEntries()))
      .observe({ type: 'longtask', buffered: true });
  })()`);
  await page.addInitScript(watchFor(APP_ENTRY));
  await page.goto(`${ORIGIN}/?feed=/bench/feed-3000.rss`);
  await page.waitForFunction(() => window.__firstSeen !== undefined, null, { timeout: 60_000 });
  const result = await page.evaluate(() => {
    const feed = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.endsWith('/bench/feed-3000.rss'));
    const arrived = feed?.responseEnd ?? 0;
    const before = window.__long.filter((task) => task.startTime < window.__firstSeen);
    const after = before.filter((task) => task.startTime + task.duration > arrived);
    return {
      firstSeen: window.__firstSeen,
      afterArrival: window.__firstSeen - arrived,
      longTasks: before.length,
      longest: Math.max(0, ...before.map((task) => task.duration)),
      longTasksAfterArrival: after.length,
      longestAfterArrival: Math.max(0, ...after.map((task) => task.duration)),
    };
  });
  await context.close();
  return result;
}

/** The gzip size of the chunk that holds the XML parser (it loads only for XML feeds). */
function parserChunkSize() {
  const assets = join(dist, 'assets');
  const worker = readdirSync(assets).find((name) => /^feed-document\.worker.*\.js$/.test(name));
  return worker ? gzipSync(readFileSync(join(assets, worker))).length : 0;
}

async function offlineColdStart(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  await page.locator(APP_ENTRY).first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 30_000,
  });
  await page.reload();
  await page.locator(APP_ENTRY).first().waitFor();
  await page.close();
  const shown = [];
  const app = [];
  for (let i = 0; i < RUNS; i++) {
    const options = { offline: true, context };
    shown.push((await timeToSelector(browser, `${ORIGIN}/`, SHOWN_ENTRY, options)).firstSeen);
    app.push((await timeToSelector(browser, `${ORIGIN}/`, APP_ENTRY, options)).firstSeen);
  }
  await context.close();
  return { shown: median(shown), app: median(app) };
}

/**
 * Feeds by others, opened cold by ?feed= as a new reader would (each Lighthouse run starts
 * with the site's storage cleared): a small and a large JSON Feed, an RSS feed, and the small one
 * with a photo on each entry, each as its list and as its newest article.
 */
const FEED_PAGES = [
  { name: 'small JSON Feed (9 KB)', file: 'real/tfausak__json-feed__manton.org.json' },
  { name: 'large JSON Feed (209 KB)', file: 'real/Ranchero-Software__RSParser__curt.json' },
  { name: 'RSS feed (169 KB)', file: 'xml/Ranchero-Software__RSParser__DaringFireball.rss' },
  {
    name: 'the small JSON Feed, each entry with a photo (220 KB)',
    file: 'real/tfausak__json-feed__manton.org.json',
    photos: true,
  },
];

/** Photos for a feed's entries: 1200 × 675 JPEGs drawn in the browser, about 220 KB each. */
const PHOTOS = 6;

/**
 * Writes the photos into the served build and returns `feed` (a JSON Feed's text) with one on
 * each entry, in turn.
 */
async function withPhotos(browser, feed) {
  const dir = join(dist, 'bench', 'photos');
  mkdirSync(dir, { recursive: true });
  const photos = await drawPhotos(browser, {
    count: PHOTOS,
    width: 1200,
    height: 675,
    widths: [1200],
  });
  for (let n = 0; n < PHOTOS; n++) {
    writeFileSync(join(dir, `photo-${n}.jpg`), photos.get(`${n}/1200`));
  }
  const parsed = JSON.parse(feed);
  parsed.items = parsed.items.map((item, index) => ({
    ...item,
    image: `/bench/photos/photo-${index % PHOTOS}.jpg`,
  }));
  return JSON.stringify(parsed);
}

/**
 * A cold load with Lighthouse's mobile network and CPU applied to a real Chromium: the largest
 * contentful paint as the browser reports it, median of the runs. A second opinion on the
 * simulation, which does not see that the page waits for its worker.
 */
async function appliedThrottlingLcp(browser, url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await appliedThrottlingRun(browser, url));
  return median(runs);
}

/** The page of the newest article of the list at `list`, as its first entry links it. */
async function newestArticleOf(browser, list) {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}${list}`);
  const link = page.locator(`${APP_ENTRY} h2 a, ${APP_ENTRY} h3 a`).first();
  await link.waitFor();
  const article = await link.getAttribute('href');
  await page.close();
  return article;
}

/** The photo feed's pages with their pictures from the feed's own site, then from Blogger. */
function pictureServiceRun(browser) {
  const dir = join(dist, 'bench', 'feeds');
  mkdirSync(dir, { recursive: true });
  return pictureService({
    origin: ORIGIN,
    feed: readFileSync(join(root, 'tests', 'fixtures', 'feeds', FEED_PAGES[0].file), 'utf8'),
    runs: RUNS,
    serveFeed: (name, text) => {
      writeFileSync(join(dir, name), text);
      return `/bench/feeds/${name}`;
    },
    articleOf: (list) => newestArticleOf(browser, list),
    median,
  });
}

async function feedPagesLighthouse(browser, overHttp2) {
  const dir = join(dist, 'bench', 'feeds');
  mkdirSync(dir, { recursive: true });
  const results = [];
  for (const { name, file, photos } of FEED_PAGES) {
    const source = join(root, 'tests', 'fixtures', 'feeds', file);
    const copy = (photos ? 'photos-' : '') + file.split('/').pop();
    if (photos) {
      writeFileSync(join(dir, copy), await withPhotos(browser, readFileSync(source, 'utf8')));
    } else {
      cpSync(source, join(dir, copy));
    }
    const list = `/?feed=${encodeURIComponent(`/bench/feeds/${copy}`)}`;
    const article = await newestArticleOf(browser, list);
    console.error(`  ${name}…`);
    results.push({
      name,
      list: await lighthouseRuns(`${ORIGIN}${list}`),
      article: await lighthouseRuns(`${ORIGIN}${article}`),
      appliedList: await appliedThrottlingLcp(browser, `${ORIGIN}${list}`),
      appliedArticle: await appliedThrottlingLcp(browser, `${ORIGIN}${article}`),
      http2List: overHttp2 ? await lighthouseRuns(`${HTTP2_ORIGIN}${list}`) : undefined,
      http2Article: overHttp2 ? await lighthouseRuns(`${HTTP2_ORIGIN}${article}`) : undefined,
      // The front page of a reader who follows this feed alone.
      subscribed: photos
        ? undefined
        : await lighthouseRuns(`${ORIGIN}/`, onlySubscriptions([`/bench/feeds/${copy}`])),
      // The front page of a reader who kept the default subscriptions and added this feed.
      withDefaults: photos
        ? undefined
        : await lighthouseRuns(
            `${ORIGIN}/`,
            onlySubscriptions([...defaultFeedPaths(), `/bench/feeds/${copy}`]),
          ),
      // The same feed, in a folder, on the folder's page.
      inFolder: photos
        ? undefined
        : await lighthouseRuns(
            `${ORIGIN}/folders/News`,
            onlySubscriptions([`/bench/feeds/${copy}`], 'News'),
          ),
    });
  }
  return results;
}

/**
 * The feed pages above (but the photos') in the least app the required libraries make
 * (bench/stack-floor: no code of Broadsheet's own), through the same server and Lighthouse: how
 * fast such a page can be on this stack at all, and the JavaScript (gzip) that costs.
 */
async function stackFloor(browser) {
  await build({
    root: join(root, 'bench', 'stack-floor'),
    configFile: false,
    // Quiet: the build warns at length of the 'use client' each React Router module opens with.
    logLevel: 'error',
    build: { outDir: stackFloorDir, emptyOutDir: true, target: 'es2022' },
  });
  const assets = join(stackFloorDir, 'assets');
  const script = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file))).length, 0);
  const feeds = FEED_PAGES.filter((page) => !page.photos);
  mkdirSync(join(stackFloorDir, 'bench', 'feeds'), { recursive: true });
  for (const { file } of feeds) {
    cpSync(
      join(root, 'tests', 'fixtures', 'feeds', file),
      join(stackFloorDir, 'bench', 'feeds', file.split('/').pop()),
    );
  }
  cpSync(join(dist, 'bench', 'feed-3000.json'), join(stackFloorDir, 'bench', 'feed-3000.json'));
  const server = serve(STACK_FLOOR_PORT, stackFloorDir);
  await server.ready;
  try {
    const pages = [];
    for (const { name, file } of feeds) {
      const query = `?feed=${encodeURIComponent(`/bench/feeds/${file.split('/').pop()}`)}`;
      pages.push({
        name,
        list: await lighthouseRuns(`http://localhost:${STACK_FLOOR_PORT}/${query}`),
        article: await lighthouseRuns(`http://localhost:${STACK_FLOOR_PORT}/article${query}`),
      });
    }
    // The 3,000-item feed read as simply as the stack allows: the whole document, then its
    // first ten entries. What an app on these libraries pays before its own code does anything.
    const large = [];
    for (let i = 0; i < RUNS; i++) {
      large.push(
        await timeToSelector(
          browser,
          `http://localhost:${STACK_FLOOR_PORT}/?feed=/bench/feed-3000.json`,
          'article',
        ),
      );
    }
    return {
      script,
      pages,
      large: {
        firstSeen: median(large.map((run) => run.firstSeen)),
        firstPainted: median(large.map((run) => run.firstPainted)),
      },
    };
  } finally {
    server.stop();
  }
}

/**
 * Table rows of Lighthouse results for each feed page's list and article, read from the two
 * keys named; a result missing (no HTTP/2 server without openssl) says why.
 */
function lighthouseRows(feedPages, listKey, articleKey, label) {
  return feedPages.flatMap((page) =>
    [
      ['list', page[listKey]],
      ['article', page[articleKey]],
    ].map(([kind, r]) => [
      `${label(page.name, kind)}: Performance / LCP / TBT / CLS`,
      r ? `${r.performance} / ${ms(r.lcp)} / ${ms(r.tbt)} / ${r.cls.toFixed(3)}` : 'no openssl',
      '≥ 95 / ≤ 2,000 ms / – / 0',
    ]),
  );
}

/**
 * Rows of the photo feed's pages, pictures from the feed's own site beside the same from
 * Blogger, which the app asks for copies as wide as their boxes.
 */
function pictureRows(pictures) {
  if (!pictures) return [['Pictures from a picture service', 'not measured: no openssl', '']];
  const of = (host, screen, page) =>
    pictures.find((run) => run.host === host && run.screen === screen && run.page === page);
  return pictures
    .filter((run) => run.host === PICTURE_HOSTS.own)
    .map(({ screen, page, bytes, lcp }) => {
      const service = of(PICTURE_HOSTS.service, screen, page);
      return [
        `The small JSON Feed with a 1,600-pixel photo on each entry, ${page}, on a ${screen}, network and CPU applied: pictures downloaded until the network is idle / LCP, the photos on the feed's own site → on Blogger (copies as wide as their boxes)`,
        `${kb(bytes)} / ${ms(lcp)} → ${kb(service.bytes)} / ${ms(service.lcp)}`,
        '',
      ];
    });
}

/** The JavaScript the front page downloads until the network is idle: gzip sizes of the files. */
async function frontPageJavaScript(browser) {
  const page = await browser.newPage();
  const scripts = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.push(pathname);
  });
  await page.goto(`${ORIGIN}/`);
  await page.locator(APP_ENTRY).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  return scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);
}

/**
 * A browser context that has shown the static floor page at `path` once, so that the floor is
 * measured as the page it stands beside is, opened again: its stylesheet already cached. A
 * first paint waits for the stylesheet; the HTML's arrival in the DOM does not.
 */
async function warmFloorContext(browser, path) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${path}`);
  await page.waitForLoadState('networkidle');
  await page.close();
  return context;
}

/**
 * A feed opened again, by ?feed=, after one visit: when its first entry shows (the screen kept
 * from that visit) and when the app has drawn it (from the saved cache).
 */
async function feedAgain(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(APP_ENTRY).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2500);
  await page.close();
  const shown = [];
  const app = [];
  const floor = [];
  const floorContext = await warmFloorContext(browser, '/bench/feed-3000.html');
  // Timings of tens of milliseconds: more runs, each beside a run of the floor.
  for (let i = 0; i < Math.max(RUNS, 7); i++) {
    shown.push(await timeToSelector(browser, url, SHOWN_ENTRY, { context }));
    app.push((await timeToSelector(browser, url, APP_ENTRY, { context })).firstSeen);
    floor.push(
      await timeToSelector(browser, `${ORIGIN}/bench/feed-3000.html`, 'article.entry', {
        context: floorContext,
      }),
    );
  }
  await floorContext.close();
  await context.close();
  return {
    shown: median(shown.map((run) => run.firstSeen)),
    shownPainted: median(shown.map((run) => run.firstPainted)),
    app: median(app),
    floor: median(floor.map((run) => run.firstSeen)),
    floorPainted: median(floor.map((run) => run.firstPainted)),
  };
}

/** The river of many feeds, its refresh and an OPML import (see bench/river.mjs). */
async function riverMeasures(browser) {
  const opmlFile = writeRiverFiles(dist);
  const riverCtx = await riverContext(browser, ORIGIN, APP_ENTRY);
  await writeFloor(browser, '/', 'river.html', APP_ENTRY, riverCtx);
  const riverFloorCtx = await warmFloorContext(browser, '/bench/river.html');
  const riverRuns = [];
  const riverShown = [];
  const riverFloor = [];
  const refreshes = [];
  const opens = [];
  const imports = [];
  for (let i = 0; i < RUNS; i++) {
    const options = { context: riverCtx };
    riverRuns.push(await timeToSelector(browser, `${ORIGIN}/`, APP_ENTRY, options));
    riverShown.push(await timeToSelector(browser, `${ORIGIN}/`, SHOWN_ENTRY, options));
    riverFloor.push(
      await timeToSelector(browser, `${ORIGIN}/bench/river.html`, 'article.entry', {
        context: riverFloorCtx,
      }),
    );
    refreshes.push(await riverRefresh(riverCtx, ORIGIN));
    opens.push(await openDuringRefresh(riverCtx, ORIGIN));
    imports.push(await opmlImport(browser, ORIGIN, opmlFile));
  }
  await riverCtx.close();
  await riverFloorCtx.close();
  const small = await smallRiverAgain(browser);
  // Refreshes that bring new entries, in a context of their own: they change what is cached.
  const changedCtx = await riverContext(browser, ORIGIN, APP_ENTRY);
  const changedRefreshes = [];
  for (let i = 0; i < RUNS; i++) {
    changedRefreshes.push(await riverRefresh(changedCtx, ORIGIN, { changed: true }));
  }
  await changedCtx.close();
  return {
    riverRuns,
    refreshes,
    changedRefreshes,
    opens,
    imports,
    riverEntry: median(riverRuns.map((run) => run.firstSeen)),
    riverShownEntry: median(riverShown.map((run) => run.firstSeen)),
    riverFloorEntry: median(riverFloor.map((run) => run.firstSeen)),
    riverShownPainted: median(riverShown.map((run) => run.firstPainted)),
    riverFloorPainted: median(riverFloor.map((run) => run.firstPainted)),
    ...small,
  };
}

/**
 * A river of 50 feeds read before, against its own floor. Each is a navigation of a few tens
 * of milliseconds, noisy, so it takes more runs.
 */
async function smallRiverAgain(browser) {
  const smallCtx = await riverContext(browser, ORIGIN, APP_ENTRY, SMALL_RIVER_FEEDS);
  await writeFloor(browser, '/', 'river-small.html', APP_ENTRY, smallCtx);
  const smallFloorCtx = await warmFloorContext(browser, '/bench/river-small.html');
  const smallShown = [];
  const smallFloor = [];
  for (let i = 0; i < Math.max(RUNS, 7); i++) {
    smallShown.push(
      await timeToSelector(browser, `${ORIGIN}/`, SHOWN_ENTRY, { context: smallCtx }),
    );
    smallFloor.push(
      await timeToSelector(browser, `${ORIGIN}/bench/river-small.html`, 'article.entry', {
        context: smallFloorCtx,
      }),
    );
  }
  await smallCtx.close();
  await smallFloorCtx.close();
  return {
    smallShownEntry: median(smallShown.map((run) => run.firstSeen)),
    smallFloorEntry: median(smallFloor.map((run) => run.firstSeen)),
    smallShownPainted: median(smallShown.map((run) => run.firstPainted)),
    smallFloorPainted: median(smallFloor.map((run) => run.firstPainted)),
  };
}

async function main() {
  if (!process.argv.includes('--no-build'))
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  mkdirSync(join(dist, 'bench'), { recursive: true });
  const largeFeed = generateFeed(3000);
  writeFileSync(join(dist, 'bench', 'feed-3000.json'), JSON.stringify(largeFeed));
  writeFileSync(join(dist, 'bench', 'feed-3000.rss'), generateRss(3000));
  const bundle = bundleReport();
  const threadOnly = process.argv.includes('--thread-only');
  const riverOnly = [
    '--pictures-only',
    '--river-only',
    '--feeds-only',
    '--stack-floor',
    '--large-only',
    '--again-only',
  ].some((option) => process.argv.includes(option));
  if (!threadOnly && !riverOnly) await buildLargeSite(largeFeed);

  const server = serve();
  const largeSiteServer =
    threadOnly || riverOnly ? undefined : serve(LARGE_SITE_PORT, largeSiteDir);
  await Promise.all([server.ready, largeSiteServer?.ready]);
  const http2Server =
    threadOnly ||
    ['--river-only', '--stack-floor', '--again-only', '--pictures-only'].some((o) =>
      process.argv.includes(o),
    )
      ? undefined
      : await serveOverHttp2();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  try {
    if (threadOnly) {
      console.log(JSON.stringify(await commentThreadRun(browser)));
      return;
    }
    if (process.argv.includes('--feeds-only')) {
      await writeFloor(browser, '/?feed=/bench/feed-3000.json', 'feed-3000.html', APP_ENTRY);
      const again = await feedAgain(browser, `${ORIGIN}/?feed=/bench/feed-3000.json`);
      const feeds = await feedPagesLighthouse(browser, http2Server);
      console.log(JSON.stringify({ again, feeds }, null, 1));
      return;
    }
    if (process.argv.includes('--large-only')) {
      await writeFloor(browser, '/?feed=/bench/feed-3000.json', 'feed-3000.html', APP_ENTRY);
      const runs = { app: [], floor: [] };
      for (let i = 0; i < RUNS; i++) {
        runs.app.push(
          await timeToSelector(browser, `${ORIGIN}/?feed=/bench/feed-3000.json`, SHOWN_ENTRY),
        );
        runs.floor.push(
          await timeToSelector(browser, `${ORIGIN}/bench/feed-3000.html`, 'article.entry'),
        );
      }
      const of = (list, key) => median(list.map((run) => run[key]));
      console.log(
        JSON.stringify({
          firstSeen: of(runs.app, 'firstSeen'),
          floorSeen: of(runs.floor, 'firstSeen'),
          firstPainted: of(runs.app, 'firstPainted'),
          floorPainted: of(runs.floor, 'firstPainted'),
        }),
      );
      return;
    }
    if (process.argv.includes('--pictures-only')) {
      console.log(JSON.stringify(await pictureServiceRun(browser), null, 1));
      return;
    }
    if (process.argv.includes('--stack-floor')) {
      console.log(JSON.stringify(await stackFloor(browser), null, 1));
      return;
    }
    if (process.argv.includes('--again-only')) {
      await writeFloor(browser, '/?feed=/bench/feed-3000.json', 'feed-3000.html', APP_ENTRY);
      writeRiverFiles(dist);
      const again = await feedAgain(browser, `${ORIGIN}/?feed=/bench/feed-3000.json`);
      const river = await smallRiverAgain(browser);
      const ratio = (a, b) => (a / b).toFixed(2);
      console.log(
        JSON.stringify({
          feedAgainPainted: ratio(again.shownPainted, again.floorPainted),
          riverAgainPainted: ratio(river.smallShownPainted, river.smallFloorPainted),
          again,
          river,
        }),
      );
      return;
    }
    if (process.argv.includes('--river-only')) {
      console.log(JSON.stringify(await riverMeasures(browser), null, 1));
      return;
    }
    await writeFloor(browser, '/', 'front.html', APP_ENTRY);
    await writeFloor(browser, articlePath(SEED_ID), 'article.html', '.article-body');
    await writeFloor(browser, '/?feed=/bench/feed-3000.json', 'feed-3000.html', APP_ENTRY);

    console.error('Lighthouse…');
    const lh = {
      front: await lighthouseRuns(`${ORIGIN}/`),
      article: await lighthouseRuns(`${ORIGIN}${articlePath(SEED_ID)}`),
      floorFront: await lighthouseRuns(`${ORIGIN}/bench/front.html`),
      floorArticle: await lighthouseRuns(`${ORIGIN}/bench/article.html`),
    };
    console.error('Feeds by others, opened cold by ?feed=…');
    const feedPages = await feedPagesLighthouse(browser, http2Server);
    console.error('The same feeds, read by the required libraries alone…');
    const floorStack = await stackFloor(browser);
    console.error('Pictures from a picture service…');
    const pictures = await pictureServiceRun(browser);
    const frontPageJs = await frontPageJavaScript(browser);

    console.error('3,000-item feed…');
    const large = [];
    const largeFloor = [];
    const ownShown = [];
    const ownApp = [];
    for (let i = 0; i < RUNS; i++) {
      large.push(
        await timeToSelector(browser, `${ORIGIN}/?feed=/bench/feed-3000.json`, SHOWN_ENTRY),
      );
      largeFloor.push(
        await timeToSelector(browser, `${ORIGIN}/bench/feed-3000.html`, 'article.entry'),
      );
      ownShown.push(await timeToSelector(browser, `${LARGE_SITE}/`, SHOWN_ENTRY));
      ownApp.push(await timeToSelector(browser, `${LARGE_SITE}/`, APP_ENTRY));
    }
    const scrolling = await scrollLongTasks(browser);
    const again = await feedAgain(browser, `${ORIGIN}/?feed=/bench/feed-3000.json`);

    console.error('3,000-item RSS feed…');
    const xmlRuns = [];
    for (let i = 0; i < RUNS; i++) xmlRuns.push(await xmlFeedRun(browser));

    console.error('2,000-comment thread…');
    const threads = [];
    for (let i = 0; i < RUNS; i++) threads.push(await commentThreadRun(browser));

    console.error('Offline cold start…');
    const offline = await offlineColdStart(browser);

    console.error(`River of ${RIVER_FEEDS} feeds…`);
    const river = await riverMeasures(browser);
    const {
      riverRuns,
      refreshes,
      changedRefreshes,
      opens,
      imports,
      riverEntry,
      riverShownEntry,
      riverFloorEntry,
      riverShownPainted,
      riverFloorPainted,
      smallShownEntry,
      smallFloorEntry,
      smallShownPainted,
      smallFloorPainted,
    } = river;
    const responseTime = (value) => (value === 0 ? 'under 16 ms' : ms(value));
    const slowestKey = (runs) => responseTime(median(runs.map((r) => r.slowestKey)));

    const firstEntry = median(large.map((run) => run.firstSeen));
    const floorEntry = median(largeFloor.map((run) => run.firstSeen));
    const firstPainted = median(large.map((run) => run.firstPainted));
    const floorPainted = median(largeFloor.map((run) => run.firstPainted));
    const ownEntry = median(ownShown.map((run) => run.firstSeen));
    const ownAppEntry = median(ownApp.map((run) => run.firstSeen));
    const rows = [
      ['Initial JavaScript of the front page (gzip)', kb(bundle.initialTotal), '≤ 100 KB'],
      [
        'JavaScript the front page downloads until the network is idle (gzip)',
        kb(frontPageJs),
        '≤ 100 KB',
      ],
      [
        'Largest lazy chunk (gzip)',
        `${kb(bundle.lazy[0]?.gzip ?? 0)} (${bundle.lazy[0]?.file ?? '–'})`,
        '',
      ],
      ...['front', 'article'].flatMap((name) => {
        const r = lh[name];
        const floor = lh[name === 'front' ? 'floorFront' : 'floorArticle'];
        return [
          [
            `Lighthouse ${name}: Performance / Accessibility / Best Practices / SEO`,
            `${r.performance} / ${r.accessibility} / ${r.bestPractices} / ${r.seo}`,
            '≥ 98 / 100 / 100 / 100',
          ],
          [
            `Lighthouse ${name}: LCP / TBT / CLS`,
            `${ms(r.lcp)} / ${ms(r.tbt)} / ${r.cls.toFixed(3)}`,
            'CLS 0',
          ],
          [
            `Lighthouse ${name}: LCP ÷ static floor LCP (${ms(floor.lcp)})`,
            (r.lcp / floor.lcp).toFixed(2),
            '≤ 1.5',
          ],
          ...(r.failing.length
            ? [[`Lighthouse ${name}: audits not passed`, r.failing.join(', '), '']]
            : []),
        ];
      }),
      ['3,000-item feed: static floor of its first screen', ms(floorEntry), ''],
      [
        "3,000-item feed as the site's own feed: navigation → first entry shown (the built page) / rendered by the app",
        `${ms(ownEntry)} / ${ms(ownAppEntry)}`,
        '',
      ],
      [
        "3,000-item feed as the site's own feed: first entry shown ÷ floor",
        (ownEntry / floorEntry).toFixed(2),
        '≤ 2',
      ],
      [
        '3,000-item feed read through ?feed= (nothing in the built page): navigation → first entry',
        ms(firstEntry),
        '',
      ],
      [
        '3,000-item feed read through ?feed=: first entry ÷ floor',
        (firstEntry / floorEntry).toFixed(2),
        '≤ 2',
      ],
      [
        '3,000-item feed read through ?feed=, as painted: navigation → first entry painted / floor painted / ÷ floor',
        `${ms(firstPainted)} / ${ms(floorPainted)} / ${(firstPainted / floorPainted).toFixed(2)}`,
        '≤ 2',
      ],
      [
        '3,000-item feed read through ?feed= by the required libraries alone (bench/stack-floor, below), as painted: first entry painted / ÷ floor painted',
        `${ms(floorStack.large.firstPainted)} / ${(floorStack.large.firstPainted / floorPainted).toFixed(2)}`,
        '',
      ],
      [
        '3,000-item feed opened again by ?feed=: first entry shown (the screen kept from the last visit) / drawn by the app (from the saved cache)',
        `${ms(again.shown)} / ${ms(again.app)}`,
        '',
      ],
      [
        `3,000-item feed opened again: first entry shown / static floor / ÷ floor (median of ${Math.max(RUNS, 7)})`,
        `${ms(again.shown)} / ${ms(again.floor)} / ${(again.shown / again.floor).toFixed(2)}`,
        '≤ 1.3',
      ],
      [
        `3,000-item feed opened again, as painted: first entry painted / floor painted / ÷ floor (median of ${Math.max(RUNS, 7)})`,
        `${ms(again.shownPainted)} / ${ms(again.floorPainted)} / ${(again.shownPainted / again.floorPainted).toFixed(2)}`,
        '≤ 1.3',
      ],
      [
        '3,000-item feed: DOM elements on the page / in the list',
        `${median(large.map((r) => r.domElements))} / ${median(large.map((r) => r.listElements))}`,
        'list < 3,000',
      ],
      ['3,000-item feed: JS heap, the whole feed listed', kb(scrolling.heap), ''],
      [
        '3,000-item feed: long tasks while listing all of it with "Older posts" and scrolling to the end (longest); most list elements seen',
        `${scrolling.longTasks} (${ms(scrolling.longest)}); ${scrolling.listElements}`,
        '0',
      ],
      [
        '3,000-item RSS feed (5 MB) through ?feed=: navigation → first entry / document arrived → first entry (decoded, parsed in the worker, rendered)',
        `${ms(median(xmlRuns.map((r) => r.firstSeen)))} / ${ms(median(xmlRuns.map((r) => r.afterArrival)))}`,
        '',
      ],
      [
        '3,000-item RSS feed: long tasks on the main thread from navigation / from the document’s arrival, until the first entry (longest)',
        `${median(xmlRuns.map((r) => r.longTasks))} (${ms(median(xmlRuns.map((r) => r.longest)))}) / ${median(xmlRuns.map((r) => r.longTasksAfterArrival))} (${ms(median(xmlRuns.map((r) => r.longestAfterArrival)))})`,
        '0',
      ],
      ['XML parser chunk (worker, gzip; never loaded for JSON feeds)', kb(parserChunkSize()), ''],
      ...lighthouseRows(
        feedPages,
        'list',
        'article',
        (name, kind) => `Lighthouse, opened cold by ?feed=, ${name}, ${kind}`,
      ),
      ...feedPages.flatMap(({ name, list, article }) =>
        [
          ['list', list],
          ['article', article],
        ].map(([kind, r]) => [
          `Lighthouse's simulation of that LCP, ${name}, ${kind}: the page itself arrived / then downloaded before the LCP (gzip; of it JavaScript)`,
          r.downloads
            ? `${ms(r.downloads.page)} / ${kb(r.downloads.after)} (${kb(r.downloads.script)})`
            : 'not at hand',
          '',
        ]),
      ),
      [
        'The required libraries alone (bench/stack-floor: React DOM, React Router, TanStack Query and zustand reading a feed, no code of the app): JavaScript (gzip)',
        kb(floorStack.script),
        '',
      ],
      ...floorStack.pages.flatMap(({ name, list, article }) =>
        [
          ['list', list],
          ['article', article],
        ].map(([kind, r]) => [
          `The required libraries alone, the same ${name}, ${kind}, opened cold: Performance / LCP`,
          `${r.performance} / ${ms(r.lcp)}`,
          '',
        ]),
      ),
      ...feedPages
        .filter(({ subscribed }) => subscribed)
        .map(({ name, subscribed: r }) => [
          `Lighthouse, the front page opened cold by a reader whose one subscription is the ${name}: Performance / LCP / TBT / CLS`,
          `${r.performance} / ${ms(r.lcp)} / ${ms(r.tbt)} / ${r.cls.toFixed(3)}`,
          '≥ 95 / ≤ 2,000 ms / – / 0',
        ]),
      ...feedPages
        .filter(({ withDefaults }) => withDefaults)
        .map(({ name, withDefaults: r }) => [
          `Lighthouse, the front page opened cold by a reader who kept the default subscriptions and added the ${name}: Performance / LCP / TBT / CLS`,
          `${r.performance} / ${ms(r.lcp)} / ${ms(r.tbt)} / ${r.cls.toFixed(3)}`,
          '≥ 95 / ≤ 2,000 ms / – / 0',
        ]),
      ...feedPages
        .filter(({ inFolder }) => inFolder)
        .map(({ name, inFolder: r }) => [
          `Lighthouse, the same reader's folder page (\`/folders/News\`, the ${name} in it), opened cold: Performance / LCP / TBT / CLS`,
          `${r.performance} / ${ms(r.lcp)} / ${ms(r.tbt)} / ${r.cls.toFixed(3)}`,
          '≥ 95 / ≤ 2,000 ms / – / 0',
        ]),
      ...feedPages.flatMap(({ name, appliedList, appliedArticle }) =>
        [
          ['list', appliedList],
          ['article', appliedArticle],
        ].map(([kind, lcp]) => [
          `The same, ${name}, ${kind}, with that network and CPU applied to Chromium, not simulated: LCP`,
          ms(lcp),
          '',
        ]),
      ),
      ...pictureRows(pictures),
      ...lighthouseRows(
        feedPages,
        'http2List',
        'http2Article',
        (name, kind) =>
          `The same, ${name}, ${kind}, served over HTTP/2 with TLS as hosts serve a site (the server above speaks HTTP/1.1)`,
      ),
      [
        "2,000-comment thread: the app's first render of the article → the thread on screen (its code fetched and rendered)",
        ms(median(threads.map((t) => t.renderMs))),
        '< 200 ms',
      ],
      [
        '2,000-comment thread: "Post reply" → reply visible',
        ms(median(threads.map((t) => t.replyMs))),
        '',
      ],
      [
        '2,000-comment thread: comment components rendered for that reply',
        String(median(threads.map((t) => t.renders))),
        'a handful',
      ],
      [
        'Offline cold start, network off: navigation → first entry shown (the built page) / rendered by the app',
        `${ms(offline.shown)} / ${ms(offline.app)}`,
        '',
      ],
      [
        `River of ${RIVER_FEEDS} feeds × ${RIVER_ENTRIES_PER_FEED} entries, read before: navigation → first entry (from the cache) / static floor`,
        `${ms(riverEntry)} / ${ms(riverFloorEntry)}`,
        '',
      ],
      [
        `River of ${RIVER_FEEDS} feeds: first entry drawn by the app ÷ floor`,
        (riverEntry / riverFloorEntry).toFixed(2),
        '',
      ],
      [
        `River of ${RIVER_FEEDS} feeds, read before: first entry shown (the kept screen) / ÷ floor`,
        `${ms(riverShownEntry)} / ${(riverShownEntry / riverFloorEntry).toFixed(2)}`,
        '≤ 2',
      ],
      [
        `River of ${RIVER_FEEDS} feeds, read before, as painted: first entry painted / floor painted / ÷ floor`,
        `${ms(riverShownPainted)} / ${ms(riverFloorPainted)} / ${(riverShownPainted / riverFloorPainted).toFixed(2)}`,
        '≤ 2',
      ],
      [
        `River of ${SMALL_RIVER_FEEDS} feeds, read before: first entry shown (the kept screen) / static floor / ÷ floor (median of ${Math.max(RUNS, 7)})`,
        `${ms(smallShownEntry)} / ${ms(smallFloorEntry)} / ${(smallShownEntry / smallFloorEntry).toFixed(2)}`,
        '≤ 1.3',
      ],
      [
        `River of ${SMALL_RIVER_FEEDS} feeds, read before, as painted: first entry painted / floor painted / ÷ floor (median of ${Math.max(RUNS, 7)})`,
        `${ms(smallShownPainted)} / ${ms(smallFloorPainted)} / ${(smallShownPainted / smallFloorPainted).toFixed(2)}`,
        '≤ 1.3',
      ],
      [
        `River of ${RIVER_FEEDS} feeds: DOM elements on the page / in the list`,
        `${median(riverRuns.map((r) => r.domElements))} / ${median(riverRuns.map((r) => r.listElements))}`,
        '',
      ],
      [
        `Refreshing all ${RIVER_FEEDS} feeds, every answer a 304: time / 304s / long tasks (longest)`,
        `${ms(median(refreshes.map((r) => r.ms)))} / ${median(refreshes.map((r) => r.notModified))} / ${median(refreshes.map((r) => r.longTasks))} (${ms(median(refreshes.map((r) => r.longest)))})`,
        'long tasks 0',
      ],
      [
        `Refreshing all ${RIVER_FEEDS} feeds, each with one new entry: time / long tasks (longest)`,
        `${ms(median(changedRefreshes.map((r) => r.ms)))} / ${median(changedRefreshes.map((r) => r.longTasks))} (${ms(median(changedRefreshes.map((r) => r.longest)))})`,
        'long tasks 0',
      ],
      [
        'j pressed five times during a refresh: slowest response, input to next paint (304s / new entries)',
        `${slowestKey(refreshes)} / ${slowestKey(changedRefreshes)}`,
        '≤ 100 ms',
      ],
      [
        'o pressed during a refresh: response, input to next paint / the article’s heading shown',
        `${responseTime(median(opens.map((r) => r.response)))} / ${ms(median(opens.map((r) => r.shownMs)))}`,
        '≤ 100 ms',
      ],
      [
        'Importing a 1,000-feed OPML file: file chosen → report / → all listed; long tasks until a second after (longest)',
        `${ms(median(imports.map((r) => r.ms)))} / ${ms(median(imports.map((r) => r.listedMs)))}; ${median(imports.map((r) => r.longTasks))} (${ms(median(imports.map((r) => r.longest)))})`,
        'seconds; 0',
      ],
    ];
    const chromeVersion = browser.version();
    const table = [
      '| measure | result | target |',
      '| --- | --- | --- |',
      ...rows.map((row) => `| ${row.join(' | ')} |`),
    ].join('\n');
    const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, Chromium ${chromeVersion}`;
    const doc = `# Benchmarks\n\nMedians of ${RUNS} runs of \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.\nMachine: ${machine}.\nLighthouse 12, mobile preset (simulated throttling), after one run not counted in each Chromium launched. The static floor is the same first screen\nsaved as HTML with no JavaScript and served by the same server; a page opened again is compared with\nits floor opened again (its stylesheet cached). "In the page": the first entry is in the DOM; "as painted":\nthe frame that drew it, as the Element Timing API reports it.\n\n${table}\n`;
    console.log(table);
    writeFileSync(join(root, 'docs', 'benchmarks.md'), doc);
  } finally {
    await browser.close();
    server.stop();
    largeSiteServer?.stop();
    await http2Server?.stop();
  }
}

await main();
