// Pictures from a service that serves any width (Blogger): a photo feed's list and article on a
// phone and a wide screen, with Lighthouse's mobile network and CPU applied to Chromium, its
// pictures once from the feed's own site and once from Blogger. Chromium is pointed at a local
// HTTPS server for both hosts (--host-resolver-rules), which serves 1,600-pixel photos and
// their copies at the widths Blogger's addresses name.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium.mjs';

const PICTURES_PORT = 4184;
const SERVICE = 'blogger.googleusercontent.com';
const OWN_SITE = 'photos.example';
const PHOTOS = 6;
/** The photos' own width, and the copies' widths (src/features/feed/utils/picture-renditions.ts). */
const WIDTHS = [240, 480, 800, 1200, 1600];

/**
 * A cold load with Lighthouse's mobile network and CPU applied to a real Chromium (1.6 Mbps,
 * 150 ms round trips, CPU four times slower) instead of simulated: the largest contentful paint
 * as the browser reports it. `options` are the browser context's; with `untilIdle`, the page
 * stays open until the network is idle (every picture near the screen downloaded).
 */
export async function appliedThrottlingRun(browser, url, { untilIdle = false, ...options } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(4000);
  if (untilIdle) await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const lcp = await page.evaluate(() => window.__lcp);
  await context.close();
  return lcp;
}

/**
 * Photos drawn in the browser, `width` × `height` (grain makes a JPEG as large as a photo's),
 * each also in copies `widths` wide: by "<photo>/<width>".
 */
export async function drawPhotos(browser, { count, width, height, widths }) {
  const page = await browser.newPage();
  const photos = new Map();
  for (let n = 0; n < count; n++) {
    const sized = await page.evaluate(
      async ({ seed, size, copyWidths }) => {
        const canvas = document.createElement('canvas');
        canvas.width = size.width;
        canvas.height = size.height;
        const context = canvas.getContext('2d');
        let state = seed + 1;
        const next = () => (state = (state * 9301 + 49297) % 233280) / 233280;
        for (let k = 0; k < 400; k++) {
          context.fillStyle = `hsl(${next() * 360}, ${40 + next() * 40}%, ${30 + next() * 40}%)`;
          context.beginPath();
          const [x, y, radius] = [next() * size.width, next() * size.height, next() * size.width];
          context.arc(x, y, 10 + radius / 10, 0, 2 * Math.PI);
          context.fill();
        }
        // Grain, as a photo has: it is what makes a JPEG large.
        const image = context.getImageData(0, 0, size.width, size.height);
        for (let k = 0; k < image.data.length; k += 4) {
          const grain = (next() - 0.5) * 40;
          for (let c = 0; c < 3; c++) image.data[k + c] += grain;
        }
        context.putImageData(image, 0, 0);
        const copies = {};
        for (const copyWidth of copyWidths) {
          const copy = document.createElement('canvas');
          copy.width = copyWidth;
          copy.height = Math.round((copyWidth * size.height) / size.width);
          copy.getContext('2d').drawImage(canvas, 0, 0, copy.width, copy.height);
          const blob = await new Promise((resolve) => copy.toBlob(resolve, 'image/jpeg', 0.8));
          copies[copyWidth] = [...new Uint8Array(await blob.arrayBuffer())];
        }
        return copies;
      },
      { seed: n, size: { width, height }, copyWidths: widths },
    );
    for (const [copyWidth, bytes] of Object.entries(sized)) {
      photos.set(`${n}/${copyWidth}`, Buffer.from(bytes));
    }
  }
  await page.close();
  return photos;
}

/**
 * Serves the photos over HTTPS (a certificate made for the run by openssl) at Blogger's
 * addresses: /img/b/<photo>/s1600/photo.jpg and its copies, /w240/ to /w1200/. Counts the bytes
 * it sends. Undefined without openssl.
 */
function servePhotos(photos) {
  const dir = mkdtempSync(join(os.tmpdir(), 'broadsheet-pictures-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  try {
    execSync(
      `openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=${SERVICE} -keyout ${key} -out ${cert}`,
      { stdio: 'ignore' },
    );
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const served = { bytes: 0 };
  const server = createServer(
    { key: readFileSync(key), cert: readFileSync(cert) },
    (request, response) => {
      const [, photo, width] = /\/img\/b\/(\d+)\/[sw](\d+)\//.exec(request.url ?? '') ?? [];
      const body = photos.get(`${photo}/${width}`);
      if (!body) {
        response.writeHead(404);
        response.end();
        return;
      }
      served.bytes += body.length;
      response.writeHead(200, { 'Content-Type': 'image/jpeg', 'Cache-Control': 'max-age=86400' });
      response.end(body);
    },
  ).listen(PICTURES_PORT);
  return {
    served,
    stop: () => {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `feed` (a JSON Feed's text) with a photo on each entry, from `host`. */
const withPhotosFrom = (feed, host) => {
  const parsed = JSON.parse(feed);
  parsed.items = parsed.items.map((item, index) => ({
    ...item,
    image: `https://${host}/img/b/${index % PHOTOS}/s1600/photo.jpg`,
  }));
  return JSON.stringify(parsed);
};

const SCREENS = [
  {
    name: 'phone (412 × 823, 1.75 device pixels to a CSS pixel)',
    width: 412,
    height: 823,
    scale: 1.75,
  },
  { name: 'wide screen (1350 × 940)', width: 1350, height: 940, scale: 1 },
];

/**
 * For each screen, the list and its newest article, pictures from the feed's own site and from
 * Blogger: the pictures' bytes downloaded until the network is idle and the LCP, median of
 * `runs`. `serveFeed(name, text)` puts a feed into the served build and returns its path;
 * `articleOf(path)` its newest article's page.
 */
export async function pictureService({ origin, feed, runs, serveFeed, articleOf, median }) {
  const maker = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  const photos = await drawPhotos(maker, {
    count: PHOTOS,
    width: 1600,
    height: 900,
    widths: WIDTHS,
  });
  await maker.close();
  const server = servePhotos(photos);
  if (!server) return undefined;
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=MAP ${SERVICE}:443 127.0.0.1:${PICTURES_PORT}, MAP ${OWN_SITE}:443 127.0.0.1:${PICTURES_PORT}`,
      '--ignore-certificate-errors',
    ],
  });
  try {
    const results = [];
    for (const host of [OWN_SITE, SERVICE]) {
      const list = `/?feed=${encodeURIComponent(serveFeed(`photos-${host}.json`, withPhotosFrom(feed, host)))}`;
      const article = await articleOf(list);
      for (const screen of SCREENS) {
        for (const [page, path] of [
          ['list', list],
          ['article', article],
        ]) {
          const lcps = [];
          const bytes = [];
          for (let i = 0; i < runs; i++) {
            server.served.bytes = 0;
            lcps.push(
              await appliedThrottlingRun(browser, `${origin}${path}`, {
                viewport: { width: screen.width, height: screen.height },
                deviceScaleFactor: screen.scale,
                untilIdle: true,
              }),
            );
            bytes.push(server.served.bytes);
          }
          results.push({
            host,
            screen: screen.name,
            page,
            lcp: median(lcps),
            bytes: median(bytes),
          });
        }
      }
    }
    return results;
  } finally {
    await browser.close();
    server.stop();
  }
}

export const PICTURE_HOSTS = { own: OWN_SITE, service: SERVICE };
