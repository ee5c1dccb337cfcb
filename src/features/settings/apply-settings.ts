import type { Settings, TextSize } from './settings';

/**
 * How settings reach the page: data attributes on <html> that global.css styles, and the text
 * scale that rem sizes follow. public/theme-init.js repeats this mapping (it cannot import
 * modules) to apply the settings before the first paint; tests/settings keep the two equal.
 */
const TEXT_SCALES: Record<TextSize, number> = {
  small: 0.9,
  medium: 1,
  large: 1.2,
  'x-large': 1.4,
};

export function applySettings(settings: Settings, root: HTMLElement = document.documentElement) {
  root.dataset.theme = settings.theme;
  root.dataset.typeface = settings.typeface;
  root.dataset.width = settings.lineWidth;
  root.style.setProperty('--text-scale', String(TEXT_SCALES[settings.textSize]));
}
