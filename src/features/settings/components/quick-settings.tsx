import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import '../settings.css';

// The choices and the settings store stay out of the first page's JavaScript until asked for.
const loadPanel = () => import('./quick-settings-panel');
const QuickSettingsPanel = lazy(async () => ({ default: (await loadPanel()).QuickSettingsPanel }));

/** "Display settings" in the header: a disclosure with the theme and text size. */
export function QuickSettings() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A press anywhere else closes the panel, as a click outside closes a menu.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      ref={wrapper}
      className="quick-settings"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the panel closes it; focus that goes nowhere (a click) is left to the
        // pointer handler.
        const next = event.relatedTarget;
        if (next && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={panelId}
        // Reaching for the button starts loading the choices, so they are there when it opens.
        onFocus={() => void loadPanel()}
        onPointerEnter={() => void loadPanel()}
        onClick={() => setOpen((value) => !value)}
      >
        Display settings
      </button>
      <div
        id={panelId}
        className="quick-settings-panel"
        role="group"
        aria-label="Display settings"
        hidden={!open}
      >
        {open && (
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <QuickSettingsPanel />
          </Suspense>
        )}
      </div>
    </div>
  );
}
