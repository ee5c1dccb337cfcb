import { isRelayTemplate } from '../../lib/relay';

/**
 * The reader's preferences: display choices (values are what is stored, and the html data
 * attributes) and the relay that feeds from other sites are fetched through.
 */
export const themeOptions = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'high-contrast', label: 'High contrast' },
] as const;

export const textSizeOptions = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
  { value: 'x-large', label: 'Extra large' },
] as const;

export const lineWidthOptions = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' },
] as const;

export const typefaceOptions = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans-serif' },
] as const;

type Theme = (typeof themeOptions)[number]['value'];
export type TextSize = (typeof textSizeOptions)[number]['value'];
type LineWidth = (typeof lineWidthOptions)[number]['value'];
type Typeface = (typeof typefaceOptions)[number]['value'];

export interface Settings {
  theme: Theme;
  textSize: TextSize;
  lineWidth: LineWidth;
  typeface: Typeface;
  /** An address template (`https://relay.example/feed?url={url}`), or '' to fetch directly. */
  relay: string;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  textSize: 'medium',
  lineWidth: 'medium',
  typeface: 'serif',
  relay: '',
};

function pick<T extends string>(options: readonly { value: T }[], value: unknown, fallback: T): T {
  return options.find((option) => option.value === value)?.value ?? fallback;
}

/** A stored relay template, trimmed; anything that is not one reads as none. */
function readRelay(value: unknown): string {
  return typeof value === 'string' && isRelayTemplate(value) ? value.trim() : '';
}

/** Settings from anything stored: unknown or missing values fall back to the defaults, one by one. */
function readSettings(value: unknown): Settings {
  const stored =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    theme: pick(themeOptions, stored.theme, DEFAULT_SETTINGS.theme),
    textSize: pick(textSizeOptions, stored.textSize, DEFAULT_SETTINGS.textSize),
    lineWidth: pick(lineWidthOptions, stored.lineWidth, DEFAULT_SETTINGS.lineWidth),
    typeface: pick(typefaceOptions, stored.typeface, DEFAULT_SETTINGS.typeface),
    relay: readRelay(stored.relay),
  };
}

/** The same, counting the stored values that were not known choices (set aside, not read). */
export function readSettingsChecked(value: unknown): { data: Settings; skipped: number } {
  const data = readSettings(value);
  const stored =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const skipped = (Object.keys(data) as (keyof Settings)[]).filter(
    (key) => stored[key] !== undefined && stored[key] !== data[key],
  ).length;
  return { data, skipped };
}
