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
    let requested = false;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      const updateServiceWorker = registerSW({
        onNeedRefresh: () =>
          setUpdate(() => () => {
            requested = true;
            void updateServiceWorker();
          }),
        onNeedReload: () => {
          if (requested) window.location.reload();
        },
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
