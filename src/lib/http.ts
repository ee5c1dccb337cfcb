/**
 * Why a document could not be loaded, in words a reader understands.
 * `kind` lets the UI and tests tell the failures apart without parsing messages.
 */
export type LoadErrorKind = 'network' | 'http' | 'json' | 'format' | 'not-found';

export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Resolves `url` against the page, so relative and root-relative URLs work everywhere. */
export function absoluteUrl(url: string, base: string = globalThis.location?.href): string {
  return new URL(url, base).href;
}

/** Fetches a URL and parses it as JSON, turning every failure into a LoadError. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: 'application/feed+json, application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new LoadError(
      'network',
      `Could not reach ${hostOf(url) ?? url}. Check your connection and try again.`,
    );
  }
  if (!response.ok) {
    throw new LoadError(
      'http',
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      response.status,
    );
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError('json', 'The document is not valid JSON; it may be cut off or broken.');
  }
}

/** "example.org" of "https://example.org/feed.json"; undefined for no URL or one without a host. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}
