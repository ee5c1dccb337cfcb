import { create } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { persist } from 'zustand/middleware';
import { applySettings } from '../apply-settings';
import { DEFAULT_SETTINGS, readSettings } from '../settings';
import type { Settings } from '../settings';

export const SETTINGS_KEY = 'broadsheet:settings';

interface SettingsState extends Settings {
  change: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  reset: () => void;
}

/**
 * localStorage that never throws. Unreadable settings are replaced rather than set aside: they
 * are four choices the reader can make again in a moment, unlike their comments.
 */
const storage: PersistStorage<Settings> = {
  getItem: (name) => {
    try {
      const raw = localStorage.getItem(name);
      // Whatever the JSON holds, migrate and merge pass it through readSettings.
      return raw === null ? null : (JSON.parse(raw) as StorageValue<Settings>);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch {
      // Full or switched off: the choice still applies to this visit.
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing stored to remove.
    }
  },
};

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
      storage,
      partialize: ({ theme, textSize, lineWidth, typeface }) => ({
        theme,
        textSize,
        lineWidth,
        typeface,
      }),
      migrate: (persisted) => readSettings(persisted),
      merge: (persisted, current) => ({ ...current, ...readSettings(persisted) }),
    },
  ),
);

export function currentSettings(): Settings {
  return readSettings(useSettingsStore.getState());
}

if (typeof document !== 'undefined') {
  // public/theme-init.js applied the stored settings before the first paint; from here on every
  // change (this tab's or, through the storage event, another tab's) is applied as it happens.
  applySettings(currentSettings());
  useSettingsStore.subscribe(() => applySettings(currentSettings()));
  window.addEventListener('storage', (event) => {
    if (event.key === SETTINGS_KEY) void useSettingsStore.persist.rehydrate();
  });
}
