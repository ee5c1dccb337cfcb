import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { afterLoad } from '../../../lib/after-load';

/** This tab reloads once the new version controls it; other tabs are left alone. */
function reloadWith(updateServiceWorker: () => Promise<void>) {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  return updateServiceWorker();
}

/** Registers the service worker; `offer` is handed the reload once a new version waits. */
async function register(offer: (reload: () => void) => void) {
  const { registerSW } = await import('virtual:pwa-register');
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => offer(() => void reloadWith(updateServiceWorker)),
    // Without this the library reloads every open tab when any one of them updates.
    onNeedReload: () => undefined,
  });
}

/**
 * Offers a new version when one has been deployed. The page is only ever reloaded when the
 * reader asks here: a tab with a half-written comment is never reloaded by another tab's update.
 */
export function UpdatePrompt() {
  const [update, setUpdate] = useState<(() => void) | null>(null);
  // The page's feeds still downloading: a fetch does not hold back the load event.
  const downloading = useIsFetching() > 0;
  const registered = useRef(false);

  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    if (downloading || registered.current) return;
    // The service worker downloads the whole app to keep it: after the first page, feeds
    // included, not beside it.
    return afterLoad(() => {
      registered.current = true;
      void register((reload) => setUpdate(() => reload));
    });
  }, [downloading]);

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
