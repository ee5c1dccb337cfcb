import { TextSizeChoice, ThemeChoice } from './setting-choices';

/** The choices in the header's quick menu; loaded the first time the menu opens. */
export function QuickSettingsPanel() {
  return (
    <>
      <ThemeChoice />
      <TextSizeChoice />
    </>
  );
}
