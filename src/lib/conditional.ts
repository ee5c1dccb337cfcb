import { isCrossOrigin } from './relay';

/**
 * What a document was served with, kept beside it (plain JSON) to tell next time whether it
 * changed: the server's validators, and a digest of the text for servers that send none or
 * whose validators the page cannot read.
 */
export interface Validators {
  etag?: string;
  lastModified?: string;
  digest?: string;
}

/**
 * How to ask again for a document the reader already has. On the page's own origin the
 * question is asked outright (If-None-Match, If-Modified-Since; a 304 answers it). Those
 * headers are not CORS-safelisted: on another origin they would cost a preflight that most
 * feed servers refuse, so there the browser revalidates its own copy (`no-cache`) instead.
 */
export function revalidation(
  url: string,
  previous: Validators | undefined,
): { cache?: RequestCache; headers?: Record<string, string> } {
  if (!previous) return {};
  const { etag, lastModified } = previous;
  if (isCrossOrigin(url) || (!etag && !lastModified)) return { cache: 'no-cache' };
  const headers: Record<string, string> = {};
  if (etag) headers['If-None-Match'] = etag;
  if (lastModified) headers['If-Modified-Since'] = lastModified;
  return { headers };
}

/** The response says, by its validators (where the page may read them), it is what we have. */
export function sameByHeaders(response: Response, previous: Validators | undefined): boolean {
  if (!previous) return false;
  const etag = response.headers.get('etag');
  if (etag && previous.etag) return etag === previous.etag;
  const lastModified = response.headers.get('last-modified');
  return Boolean(!etag && lastModified && lastModified === previous.lastModified);
}

/** The server's validators of a response, where the page may read them. */
export function validatorsOf(response: Response): Validators {
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  return {
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
  };
}
