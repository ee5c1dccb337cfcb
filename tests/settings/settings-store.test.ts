import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/features/settings/settings';
import { SETTINGS_KEY, useSettingsStore } from '../../src/features/settings/store/settings-store';
import { resetStorageProblems, useStorageProblems } from '../../src/lib/persisted-store-problems';
import { resetSettings } from './reset';

function stored(): unknown {
  return JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null') as unknown;
}

function settingsOf() {
  const { theme, textSize, lineWidth, typeface, relay } = useSettingsStore.getState();
  return { theme, textSize, lineWidth, typeface, relay };
}

beforeEach(() => {
  resetSettings();
  resetStorageProblems();
});

describe('settings store', () => {
  it('saves only the choices, as plain JSON under broadsheet:settings, version 1', () => {
    useSettingsStore.getState().change('theme', 'sepia');
    useSettingsStore.getState().change('textSize', 'x-large');
    expect(stored()).toEqual({
      state: {
        theme: 'sepia',
        textSize: 'x-large',
        lineWidth: 'medium',
        typeface: 'serif',
        relay: '',
      },
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
      relay: '',
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

  it('sets unreadable stored settings aside, with the defaults in their place', async () => {
    localStorage.setItem(SETTINGS_KEY, '{"state": {"theme": "dark"');
    await useSettingsStore.persist.rehydrate();
    useSettingsStore.getState().change('theme', 'sepia');
    const aside = Object.keys(localStorage).filter((key) =>
      key.startsWith(`${SETTINGS_KEY}:unreadable:`),
    );
    expect(aside.map((key) => localStorage.getItem(key))).toEqual(['{"state": {"theme": "dark"']);
    expect(useStorageProblems.getState()[SETTINGS_KEY]?.unreadable).toBeDefined();
  });

  it('says when storage refused a change, and saves the next one that fits', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    useSettingsStore.getState().change('theme', 'dark');
    expect(useStorageProblems.getState()[SETTINGS_KEY]?.unsaved).toBeDefined();
    setItem.mockRestore();
    useSettingsStore.getState().change('textSize', 'large');
    expect(stored()).toMatchObject({ state: { theme: 'dark', textSize: 'large' } });
    expect(useStorageProblems.getState()[SETTINGS_KEY]?.unsaved).toBeUndefined();
  });

  it("two tabs: the later change wins, and another tab's event is applied", () => {
    useSettingsStore.getState().change('theme', 'dark');
    const newValue = JSON.stringify({
      state: { ...DEFAULT_SETTINGS, theme: 'sepia', typeface: 'sans' },
      version: 1,
    });
    localStorage.setItem(SETTINGS_KEY, newValue);
    window.dispatchEvent(
      new StorageEvent('storage', { key: SETTINGS_KEY, newValue, storageArea: localStorage }),
    );
    expect(settingsOf()).toMatchObject({ theme: 'sepia', typeface: 'sans' });
    useSettingsStore.getState().change('lineWidth', 'wide');
    expect(stored()).toMatchObject({
      state: { theme: 'sepia', typeface: 'sans', lineWidth: 'wide' },
    });
  });
});

describe('the relay setting', () => {
  it('settings stored before it existed still load, with no relay', async () => {
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
      relay: '',
    });
    expect(useStorageProblems.getState()[SETTINGS_KEY]).toBeUndefined();
  });

  it('is saved and read back; a stored value that is not an http(s) address reads as none', async () => {
    useSettingsStore.getState().change('relay', 'https://relay.example/feed?url={url}');
    expect(stored()).toMatchObject({ state: { relay: 'https://relay.example/feed?url={url}' } });
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState().relay).toBe('https://relay.example/feed?url={url}');
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ state: { theme: 'dark', relay: 'javascript:alert(1)' }, version: 1 }),
    );
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState()).toMatchObject({ theme: 'dark', relay: '' });
  });
});
