/** Loads pictures as the page would, so the service worker keeps them for offline reading. */
export function warmImages(urls: string[]): Promise<unknown> {
  return Promise.allSettled(
    urls.map((url) => {
      const image = new Image();
      image.src = url;
      return typeof image.decode === 'function' ? image.decode() : undefined;
    }),
  );
}
