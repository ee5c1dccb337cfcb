import { notifyManager, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { afterLoad } from '../../../lib/after-load';

/** This tab reloads once the new version controls it; other tabs are left alone. */
function reloadWith(updateServiceWorker: () => Promise<void>) {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  return updateServiceWorker();
}

/** The service worker's cache of pictures (`cacheName` in src/config/pwa.ts). */
const PICTURE_CACHE = 'broadsheet-images';

/**
 * On a first visit the service worker starts after the page's pictures have arrived, and never
 * saw them: once it controls the page, they go into its cache, so the page shows them offline
 * too. Those still to load (further down) pass through it as they do.
 */
function keepShownPictures() {
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () =>
      void caches.open(PICTURE_CACHE).then((cache) =>
        Promise.allSettled(
          [...document.images].map(async ({ currentSrc }) => {
            if (!currentSrc || (await cache.match(currentSrc))) return;
            await cache.put(currentSrc, await fetch(currentSrc, { mode: 'no-cors' }));
          }),
        ),
      ),
    { once: true },
  );
}

/** Registers the service worker; `offer` is handed the reload once a new version waits. */
async function register(offer: (reload: () => void) => void) {
  if (!navigator.serviceWorker.controller) keepShownPictures();
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
  const client = useQueryClient();

  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    // The service worker downloads the whole app to keep it: after the first page, feeds
    // included (a fetch does not hold back the load event), not beside it. The cache is
    // watched only until then.
    let cancelWait: (() => void) | undefined;
    const check = () => {
      if (client.isFetching() > 0) {
        cancelWait?.();
        cancelWait = undefined;
      } else {
        cancelWait ??= afterLoad(() => {
          unsubscribe();
          void register((reload) => setUpdate(() => reload));
        });
      }
    };
    const unsubscribe = client.getQueryCache().subscribe(notifyManager.batchCalls(check));
    check();
    return () => {
      unsubscribe();
      cancelWait?.();
    };
  }, [client]);

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
