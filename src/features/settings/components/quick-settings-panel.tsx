import { useEffect, useEffectEvent } from 'react';
import type { RefObject } from 'react';
import { TextSizeChoice, ThemeChoice } from './setting-choices';

interface QuickSettingsPanelProps {
  /** The menu: its button and this panel. */
  menu: RefObject<HTMLElement | null>;
  /** Closes the menu; `refocus` puts focus back on its button. */
  onClose: (refocus: boolean) => void;
}

/**
 * The choices in the header's quick menu, loaded the first time the menu opens, with the rules
 * that close it as a menu closes: Escape, a press anywhere else, or tabbing out of it.
 */
export function QuickSettingsPanel({ menu, onClose }: QuickSettingsPanelProps) {
  const close = useEffectEvent(onClose);

  useEffect(() => {
    const element = menu.current;
    if (!element) return;
    // Focus moved on while the panel was loading (a Tab straight after opening): it closes
    // as it would have, had it been there to tab out of.
    const focused = document.activeElement;
    if (focused && focused !== document.body && !element.contains(focused)) {
      close(false);
      return;
    }
    const onPointerDown = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) close(false);
    };
    // Also with focus nowhere: a click on the panel's own padding leaves it on the page.
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as Node;
      if (event.key !== 'Escape' || !(element.contains(target) || target === document.body)) {
        return;
      }
      event.preventDefault();
      close(true);
    };
    // Focus that goes nowhere (a click) is left to the pointer handler.
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !element.contains(next)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [menu]);

  return (
    <>
      <ThemeChoice />
      <TextSizeChoice />
    </>
  );
}
