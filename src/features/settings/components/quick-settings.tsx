import { Suspense, useId, useRef, useState } from 'react';
import { lazyComponent } from '../../../components/lazy-component';
import '../settings.css';

// The choices, the settings store and the menu's closing rules stay out of the first page's
// JavaScript until asked for.
const QuickSettingsPanel = lazyComponent(
  () => import('./quick-settings-panel'),
  'QuickSettingsPanel',
);
const loadPanel = () => void QuickSettingsPanel.preload().catch(() => undefined);

/** "Display settings" in the header: a disclosure with the theme and text size. */
export function QuickSettings() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  return (
    <div ref={wrapper} className="quick-settings">
      <button
        ref={button}
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={panelId}
        // Reaching for the button starts loading the choices, so they are there when it opens.
        onFocus={loadPanel}
        onPointerEnter={loadPanel}
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
            <QuickSettingsPanel
              menu={wrapper}
              onClose={(refocus) => {
                setOpen(false);
                if (refocus) button.current?.focus();
              }}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
