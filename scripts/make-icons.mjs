// Renders the app icons in public/icons from icon.svg with headless Chromium:
//   node scripts/make-icons.mjs
// Run it after changing icon.svg and commit the PNGs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');

// The maskable icon keeps its artwork inside the central safe zone (80%) on a full-bleed colour.
const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, radius: 0.18 },
  { file: 'icon-512.png', size: 512, inset: 0, radius: 0.18 },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1, radius: 0 },
  { file: 'apple-touch-icon.png', size: 180, inset: 0, radius: 0 },
];

const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage();
for (const { file, size, inset, radius } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const pad = size * inset;
  await page.setContent(`<style>html,body{margin:0;background:${radius > 0 ? 'transparent' : '#9c1c1c'}}
    div{position:absolute;inset:${pad}px;border-radius:${size * radius}px;overflow:hidden}
    svg{width:100%;height:100%;display:block}</style><div>${svg}</div>`);
  await page.screenshot({ path: join(dir, file), omitBackground: radius > 0 });
}
await browser.close();
