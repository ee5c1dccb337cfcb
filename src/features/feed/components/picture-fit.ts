import { onlineManager } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { fitPicture } from '../utils/fit-picture';
import { copiesFailed } from '../utils/picture-renditions';

/** For `onLoad`: the picture just arrived. */
export function fitLoadedPicture(event: SyntheticEvent<HTMLImageElement>): void {
  fitPicture(event.currentTarget);
}

/**
 * A picture that could not be had (a site gone, a file moved): its box stays, empty, rather than
 * the browser's broken-picture mark, and nothing below it moves. Chromium keeps the mark on an
 * element whose file failed even once its `src` is gone, so the picture takes a new element
 * (`key`). Kept by address: a picture the feed changes after a refresh is asked for, and one
 * that failed is asked for again when the network comes back. A picture offered in other sizes
 * (`srcSet`, picture-renditions.ts) whose copy failed is asked for once more as the feed names
 * it: the service may not know it, or the picture was kept for reading offline at that address;
 * on this page, from then on, at once (copiesFailed).
 */
export function useFailedPicture(url: string | undefined, srcSet?: string) {
  const [failedUrl, setFailedUrl] = useState<string>();
  const [failedCopiesOf, setFailedCopiesOf] = useState<string>();
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
  // Once a copy failed, the picture takes a new element, whether or not `srcSet` still names
  // the copies (pictureSrcSet no longer does, copiesFailed).
  const copiesGone = url !== undefined && failedCopiesOf === url;
  const copies = copiesGone ? undefined : srcSet;
  return {
    failed,
    key: failed ? 'failed' : copiesGone ? 'as-named' : 'picture',
    srcSet: copies,
    fail: () => {
      if (!copies) return setFailedUrl(url);
      if (url !== undefined) copiesFailed(url, onlineManager.isOnline());
      setFailedCopiesOf(url);
    },
  };
}
