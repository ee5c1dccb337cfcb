import { useEffect, useState } from 'react';
import { afterLoad } from '../../../lib/after-load';

/** This tab reloads once the new version controls it; other tabs are left alone. */
function reloadWith(updateServiceWorker: () => Promise<void>) {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  return updateServiceWorker();
}

/**
 * Offers a new version when one has been deployed. The page is only ever reloaded when the
 * reader asks here: a tab with a half-written comment is never reloaded by another tab's update.
 */
export function UpdatePrompt() {
  const [update, setUpdate] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    const register = async () => {
      const { registerSW } = await import('virtual:pwa-register');
      if (cancelled) return;
      const updateServiceWorker = registerSW({
        onNeedRefresh: () => setUpdate(() => () => void reloadWith(updateServiceWorker)),
        // Without this the library reloads every open tab when any one of them updates.
        onNeedReload: () => undefined,
      });
    };
    // The service worker downloads the whole app to keep it: after the first page, not beside it.
    const cancelWait = afterLoad(() => void register());
    return () => {
      cancelled = true;
      cancelWait();
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
