import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createPersisted } from '../../../lib/persisted-store';
import { applySettings } from '../apply-settings';
import { DEFAULT_SETTINGS, readSettingsChecked } from '../settings';
import type { Settings } from '../settings';

export const SETTINGS_KEY = 'broadsheet:settings';

interface SettingsState extends Settings {
  change: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  reset: () => void;
}

const same = (a: Settings, b: Settings) =>
  a.theme === b.theme &&
  a.textSize === b.textSize &&
  a.lineWidth === b.lineWidth &&
  a.typeface === b.typeface &&
  a.relay === b.relay;

/**
 * A few choices, not a collection: the copy written last wins, another tab's as well as ours.
 * A stored value that cannot be read is set aside like any other, and the defaults apply.
 */
const settingsStorage = createPersisted<Settings>({
  name: SETTINGS_KEY,
  version: 1,
  label: 'settings',
  empty: () => DEFAULT_SETTINGS,
  read: (state) => readSettingsChecked(state),
  merge: (base, incoming) => (same(base, incoming) ? base : incoming),
});

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      ...DEFAULT_SETTINGS,
      change: (key, value) => set({ [key]: value }),
      reset: () => set(DEFAULT_SETTINGS),
    }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: settingsStorage.storage,
      partialize: ({ theme, textSize, lineWidth, typeface, relay }) => ({
        theme,
        textSize,
        lineWidth,
        typeface,
        relay,
      }),
      migrate: (persisted) => readSettingsChecked(persisted).data,
      // Nothing readable stored: the defaults.
      merge: (persisted, current) => ({
        ...current,
        ...(persisted ? (persisted as Settings) : DEFAULT_SETTINGS),
      }),
    },
  ),
);

export function currentSettings(): Settings {
  return readSettingsChecked(useSettingsStore.getState()).data;
}

settingsStorage.connect(currentSettings);

if (typeof document !== 'undefined') {
  // public/theme-init.js applied the stored settings before the first paint; from here on every
  // change (this tab's or, through the storage event, another tab's) is applied as it happens.
  applySettings(currentSettings());
  useSettingsStore.subscribe(() => applySettings(currentSettings()));
  settingsStorage.listen((incoming) => useSettingsStore.setState(incoming));
}
