import { lineWidthOptions, textSizeOptions, themeOptions, typefaceOptions } from '../settings';
import { useSettingsStore } from '../store/settings-store';
import { ChoiceGroup } from './choice-group';

export function ThemeChoice() {
  const theme = useSettingsStore((state) => state.theme);
  const change = useSettingsStore((state) => state.change);
  return (
    <ChoiceGroup
      legend="Theme"
      options={themeOptions}
      value={theme}
      onChange={(value) => change('theme', value)}
    />
  );
}

export function TextSizeChoice() {
  const textSize = useSettingsStore((state) => state.textSize);
  const change = useSettingsStore((state) => state.change);
  return (
    <ChoiceGroup
      legend="Text size"
      options={textSizeOptions}
      value={textSize}
      onChange={(value) => change('textSize', value)}
    />
  );
}

export function LineWidthChoice() {
  const lineWidth = useSettingsStore((state) => state.lineWidth);
  const change = useSettingsStore((state) => state.change);
  return (
    <ChoiceGroup
      legend="Line width"
      options={lineWidthOptions}
      value={lineWidth}
      onChange={(value) => change('lineWidth', value)}
    />
  );
}

export function TypefaceChoice() {
  const typeface = useSettingsStore((state) => state.typeface);
  const change = useSettingsStore((state) => state.change);
  return (
    <ChoiceGroup
      legend="Typeface"
      options={typefaceOptions}
      value={typeface}
      onChange={(value) => change('typeface', value)}
    />
  );
}
