import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/features/settings/settings';
import { SETTINGS_KEY, useSettingsStore } from '../../src/features/settings/store/settings-store';
import { resetSettings } from './reset';

function stored(): unknown {
  return JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null') as unknown;
}

function settingsOf() {
  const { theme, textSize, lineWidth, typeface } = useSettingsStore.getState();
  return { theme, textSize, lineWidth, typeface };
}

beforeEach(() => {
  resetSettings();
});

describe('settings store', () => {
  it('saves only the choices, as plain JSON under broadsheet:settings, version 1', () => {
    useSettingsStore.getState().change('theme', 'sepia');
    useSettingsStore.getState().change('textSize', 'x-large');
    expect(stored()).toEqual({
      state: { theme: 'sepia', textSize: 'x-large', lineWidth: 'medium', typeface: 'serif' },
      version: 1,
    });
  });

  it('reads saved settings back', async () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({
        state: { theme: 'dark', textSize: 'large', lineWidth: 'wide', typeface: 'sans' },
        version: 1,
      }),
    );
    await useSettingsStore.persist.rehydrate();
    expect(settingsOf()).toEqual({
      theme: 'dark',
      textSize: 'large',
      lineWidth: 'wide',
      typeface: 'sans',
    });
  });

  it('migrates an older version, keeping what it can read, and saves it as version 1', async () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ state: { theme: 'dark', textSize: 'huge', fontSize: 18 }, version: 0 }),
    );
    await useSettingsStore.persist.rehydrate();
    expect(settingsOf()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(stored()).toEqual({ state: { ...DEFAULT_SETTINGS, theme: 'dark' }, version: 1 });
  });

  it.each([
    ['not JSON', '{"state": {"theme": "dark"'],
    ['not an object', '"dark"'],
    ['no state', '{"version": 1}'],
    ['a state that is not an object', '{"state": ["dark"], "version": 1}'],
    [
      'unknown values',
      '{"state": {"theme": "purple", "textSize": 3, "typeface": null}, "version": 1}',
    ],
  ])(
    'falls back to the defaults, without a crash, for stored settings that are %s',
    async (_, raw) => {
      useSettingsStore.getState().change('theme', 'sepia');
      localStorage.setItem(SETTINGS_KEY, raw);
      await useSettingsStore.persist.rehydrate();
      expect(settingsOf()).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('keeps working when storage refuses to save', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(() => useSettingsStore.getState().change('theme', 'dark')).not.toThrow();
    expect(useSettingsStore.getState().theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('"reset" brings back every default', () => {
    const { change, reset } = useSettingsStore.getState();
    change('theme', 'high-contrast');
    change('lineWidth', 'narrow');
    reset();
    expect(settingsOf()).toEqual(DEFAULT_SETTINGS);
    expect(stored()).toEqual({ state: DEFAULT_SETTINGS, version: 1 });
  });

  it('takes the settings another tab saved', async () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ state: { ...DEFAULT_SETTINGS, theme: 'dark' }, version: 1 }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: SETTINGS_KEY }));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });
});
