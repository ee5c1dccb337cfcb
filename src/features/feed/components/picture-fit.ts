import { onlineManager } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { fitPicture } from '../utils/fit-picture';

/** For `onLoad`: the picture just arrived. */
export function fitLoadedPicture(event: SyntheticEvent<HTMLImageElement>): void {
  fitPicture(event.currentTarget);
}

/**
 * A picture that could not be had (a site gone, a file moved): its box stays, empty, rather than
 * the browser's broken-picture mark, and nothing below it moves. Chromium keeps the mark on an
 * element whose file failed even once its `src` is gone, so the picture takes a new element
 * (`key`). Kept by address: a picture the feed changes after a refresh is asked for, and one
 * that failed is asked for again when the network comes back.
 */
export function useFailedPicture(url: string | undefined) {
  const [failedUrl, setFailedUrl] = useState<string>();
  // Failed offline, perhaps: asked for again once the network is back.
  useEffect(
    () =>
      failedUrl === undefined
        ? undefined
        : onlineManager.subscribe((online) => {
            if (online) setFailedUrl(undefined);
          }),
    [failedUrl],
  );
  const failed = url !== undefined && failedUrl === url;
  return { failed, key: failed ? 'failed' : 'picture', fail: () => setFailedUrl(url) };
}
