import { DEFAULT_SETTINGS } from '../../src/features/settings/settings';
import { SETTINGS_KEY, useSettingsStore } from '../../src/features/settings/store/settings-store';

/** Default settings in the store and on <html>, and nothing stored. */
export function resetSettings() {
  useSettingsStore.setState(DEFAULT_SETTINGS);
  localStorage.removeItem(SETTINGS_KEY);
}

/** What the page shows of the settings: the attributes on <html>. */
export function htmlAttributes(root: HTMLElement = document.documentElement) {
  return Object.fromEntries(
    Array.from(root.attributes, (attribute) => [attribute.name, attribute.value]),
  );
}
