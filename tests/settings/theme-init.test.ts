import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applySettings } from '../../src/features/settings/apply-settings';
import {
  DEFAULT_SETTINGS,
  lineWidthOptions,
  textSizeOptions,
  themeOptions,
  typefaceOptions,
} from '../../src/features/settings/settings';
import type { Settings } from '../../src/features/settings/settings';
import {
  currentSettings,
  SETTINGS_KEY,
  useSettingsStore,
} from '../../src/features/settings/store/settings-store';
import { htmlAttributes, resetSettings } from './reset';

const script = readFileSync(
  join(import.meta.dirname, '..', '..', 'public', 'theme-init.js'),
  'utf8',
);
const root = document.documentElement;

function clearRoot() {
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
}

/** What public/theme-init.js does to <html> from what is in localStorage, as at page load. */
function runThemeInit() {
  clearRoot();
  new Function(script)();
  return htmlAttributes();
}

/** What the app does to <html> for these settings. */
function runApplySettings(settings: Settings) {
  clearRoot();
  applySettings(settings);
  return htmlAttributes();
}

const everyCombination: Settings[] = themeOptions.flatMap(({ value: theme }) =>
  textSizeOptions.flatMap(({ value: textSize }) =>
    lineWidthOptions.flatMap(({ value: lineWidth }) =>
      typefaceOptions.map(({ value: typeface }) => ({
        theme,
        textSize,
        lineWidth,
        typeface,
        relay: '',
      })),
    ),
  ),
);

beforeEach(() => {
  resetSettings();
});

describe('public/theme-init.js and apply-settings.ts', () => {
  it('is a small classic script with no imports, safe for old browsers', () => {
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    expect(script).not.toMatch(/\b(let|const|class)\s|=>|`/);
    // Comments included; the built copy is minified.
    expect(script.length).toBeLessThan(4500);
  });

  it(`set the same attributes for all ${everyCombination.length} combinations of settings`, () => {
    for (const settings of everyCombination) {
      // Saved the way the app saves them.
      useSettingsStore.setState(settings);
      expect(runThemeInit(), JSON.stringify(settings)).toEqual(runApplySettings(settings));
    }
  });

  it('sets what the page styles: theme, typeface and width attributes and the text scale', () => {
    useSettingsStore.setState({
      theme: 'sepia',
      textSize: 'large',
      lineWidth: 'wide',
      typeface: 'sans',
    });
    expect(runThemeInit()).toEqual({
      'data-theme': 'sepia',
      'data-typeface': 'sans',
      'data-width': 'wide',
      style: '--text-scale: 1.2;',
    });
  });

  it.each([
    ['nothing is stored', null],
    ['the value is not JSON', '{"state":'],
    ['the value is JSON null', 'null'],
    ['the state is missing', '{"version":1}'],
    [
      'the values are unknown',
      '{"state":{"theme":"neon","textSize":"huge","lineWidth":7},"version":1}',
    ],
    ['some values are unknown', '{"state":{"theme":"dark","textSize":"huge"},"version":1}'],
  ])('agree, without throwing, when %s', async (_, raw) => {
    if (raw !== null) localStorage.setItem(SETTINGS_KEY, raw);
    const fromScript = runThemeInit();
    await useSettingsStore.persist.rehydrate();
    expect(fromScript).toEqual(runApplySettings(currentSettings()));
  });

  it('falls back to the defaults when storage itself throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Storage is switched off', 'SecurityError');
    });
    expect(runThemeInit()).toEqual(runApplySettings(DEFAULT_SETTINGS));
  });
});
