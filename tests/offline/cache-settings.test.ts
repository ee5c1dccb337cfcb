import { describe, expect, it } from 'vitest';
import { pwaOptions } from '../../src/config/pwa';
import { createQueryClient } from '../../src/lib/query-client';
import { feedPageQuery } from '../../src/features/feed/api/queries';

describe('persisted query cache settings', () => {
  it('keeps queries in memory for good, as the saved cache keeps them', () => {
    const client = createQueryClient();
    expect(client.getDefaultOptions().queries?.gcTime).toBe(Infinity);
    const options = client.defaultQueryOptions(
      feedPageQuery('https://a.example/f.json', 'https://a.example/f.json'),
    );
    expect(options.gcTime).toBe(Infinity);
  });

  it('tries requests while offline, so the service worker can answer from its cache', () => {
    expect(createQueryClient().getDefaultOptions().queries?.networkMode).toBe('offlineFirst');
  });
});

describe('service worker settings', () => {
  const workbox = pwaOptions.workbox ?? {};

  it('waits for the reader before updating', () => {
    expect(pwaOptions.registerType).toBe('prompt');
    expect(workbox.skipWaiting).not.toBe(true);
  });

  it('falls back to index.html for navigations, but not for data', () => {
    expect(workbox.navigateFallback).toBe('index.html');
    expect(
      workbox.navigateFallbackDenylist?.some((pattern) => pattern.test('/data/feed.json')),
    ).toBe(true);
  });

  it('does not precache the feed data that runtime rules must handle', () => {
    expect(workbox.globIgnores).toContain('data/**');
  });

  it('caches feeds network-first with a short timeout, and images cache-first with limits', () => {
    const [feeds, images] = workbox.runtimeCaching ?? [];
    expect(feeds?.handler).toBe('NetworkFirst');
    expect(feeds?.options?.networkTimeoutSeconds).toBeLessThanOrEqual(5);
    expect(images?.handler).toBe('CacheFirst');
    expect(images?.options?.expiration?.maxEntries).toBeGreaterThan(0);
    expect(images?.options?.expiration?.maxAgeSeconds).toBeGreaterThan(0);
  });

  it('recognises feed requests by what fetchText asks for, on any origin', () => {
    const APP_ORIGIN = 'https://broadsheet.example';
    const [feeds, images] = workbox.runtimeCaching ?? [];
    const match = (
      rule: typeof feeds,
      url: string,
      init: RequestInit & { destination?: string },
    ) => {
      const request = {
        destination: init.destination ?? '',
        headers: new Headers(init.headers),
      } as Request;
      const pattern = rule?.urlPattern;
      const { origin } = new URL(url);
      return (
        typeof pattern === 'function' &&
        Boolean(
          pattern({
            request,
            url: new URL(url),
            sameOrigin: origin === APP_ORIGIN,
            event: {} as never,
          }),
        )
      );
    };
    const feedInit = { headers: { Accept: 'application/feed+json, application/json' } };
    expect(match(feeds, 'https://other.example/feed', feedInit)).toBe(true);
    expect(match(feeds, 'https://other.example/app.js', {})).toBe(false);
    // The bundled feed's first page, preloaded by boot.js with no Accept header of its own.
    expect(match(feeds, `${APP_ORIGIN}/data/feed.json`, {})).toBe(true);
    expect(match(feeds, `${APP_ORIGIN}/assets/index.js`, {})).toBe(false);
    expect(match(feeds, `${APP_ORIGIN}/data/images/a.jpg`, { destination: 'image' })).toBe(false);
    expect(match(images, 'https://img.example/a.png', { destination: 'image' })).toBe(true);
  });

  it('describes an installable app', () => {
    const manifest = pwaOptions.manifest || {};
    expect(manifest).toMatchObject({
      name: 'Broadsheet',
      short_name: 'Broadsheet',
      display: 'standalone',
      start_url: '/',
    });
    const sizes = manifest.icons?.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(sizes).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
  });
});
