import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeOptions } from '../../src/features/settings/settings';

const css = readFileSync(
  join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'),
  'utf8',
);

const COLOURS = [
  'bg',
  'surface',
  'text',
  'muted',
  'rule',
  'accent',
  'link',
  'focus',
  'tag-bg',
  'error-bg',
] as const;
type Palette = Record<string, string>;

function declarations(block: string | undefined): Palette {
  if (block === undefined) throw new Error('block not found in global.css');
  return Object.fromEntries(
    Array.from(block.matchAll(/--([\w-]+):\s*([^;]+);/g), ([, name, value]) => [
      name,
      value?.trim(),
    ]),
  );
}

const base = declarations(/^:root \{([^}]*)\}/m.exec(css)?.[1]);
const systemDark = declarations(
  /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/.exec(css)?.[1],
);
const themeBlocks: Record<string, Palette> = Object.fromEntries(
  Array.from(css.matchAll(/^:root\[data-theme='([\w-]+)'\] \{([^}]*)\}/gm), ([, name, block]) => [
    name ?? '',
    declarations(block),
  ]),
);

/** Every palette a reader can end up with. */
const palettes: [string, Palette][] = [
  ['system (light)', base],
  ['system (dark)', { ...base, ...systemDark }],
  ...Object.entries(themeBlocks).map(([name, block]): [string, Palette] => [
    name,
    { ...base, ...block },
  ]),
];

/** WCAG 2.2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const BACKGROUNDS = ['bg', 'surface', 'tag-bg', 'error-bg'];
const pairs = [
  ...['text', 'muted', 'link', 'accent'].flatMap((fg) =>
    BACKGROUNDS.map((bg) => ({ fg, bg, minimum: 4.5 })),
  ),
  // Non-text: the focus ring must stand out from whatever it is drawn on.
  ...BACKGROUNDS.map((bg) => ({ fg: 'focus', bg, minimum: 3 })),
];

describe('theme palettes in global.css', () => {
  it('has a palette for every theme in the settings, and "system" keeps the media query', () => {
    const chosen = themeOptions.map(({ value }) => value).filter((theme) => theme !== 'system');
    expect(Object.keys(themeBlocks).sort()).toEqual([...chosen].sort());
    expect(Object.keys(systemDark).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(themeBlocks))(
    '%s sets every colour, so the system dark palette never shows through',
    (_, block) => {
      for (const colour of COLOURS) expect(block[colour], colour).toMatch(/^#[\da-f]{6}$/i);
    },
  );

  it('"light" and "dark" are the system palettes, chosen by hand', () => {
    for (const colour of COLOURS) {
      expect(themeBlocks.light?.[colour], colour).toBe(base[colour]);
      expect(themeBlocks.dark?.[colour], colour).toBe(systemDark[colour]);
    }
  });

  describe.each(palettes)('%s meets WCAG 2.2 AA', (_, palette) => {
    it.each(pairs)('$fg on $bg: at least $minimum:1', ({ fg, bg, minimum }) => {
      const ratio = contrast(palette[fg] ?? '', palette[bg] ?? '');
      expect(ratio, `${palette[fg]} on ${palette[bg]}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(
        minimum,
      );
    });
  });
});
