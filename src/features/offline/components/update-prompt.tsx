import { useEffect, useState } from 'react';

/**
 * Offers a new version when one has been deployed. The page is only ever reloaded when the
 * reader asks here: a tab with a half-written comment is never reloaded by another tab's update.
 */
export function UpdatePrompt() {
  const [update, setUpdate] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      const updateServiceWorker = registerSW({
        onNeedRefresh: () =>
          setUpdate(() => () => {
            // This tab reloads once the new version controls it; other tabs are left alone.
            navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
              once: true,
            });
            void updateServiceWorker();
          }),
        // Without this the library reloads every open tab when any one of them updates.
        onNeedReload: () => undefined,
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!update) return null;
  return (
    <div className="update-prompt" role="status">
      <p>A new version is available.</p>
      <button type="button" className="button" onClick={update}>
        Reload
      </button>
    </div>
  );
}
