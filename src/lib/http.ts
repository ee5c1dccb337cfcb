/**
 * Why a document could not be loaded, in words a reader understands.
 * `kind` lets the UI and tests tell the failures apart without parsing messages.
 */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'format' | 'not-found';

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

/** How long a document may take, from the request to its last byte. */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * Fetches a URL and parses it as JSON, turning every failure into a LoadError. A server that
 * never answers (or never finishes) is given up on after LOAD_TIMEOUT_MS: the request is
 * aborted and the reader told, instead of "Loading…" forever.
 */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const controller = new AbortController();
  // A timer of our own rather than AbortSignal.timeout(): it runs on the page's clock, so it
  // also fires under test clocks, and it is cleared once the document is in.
  const timer = setTimeout(() => controller.abort(timeoutError()), LOAD_TIMEOUT_MS);
  const stop = () => controller.abort(signal?.reason);
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop);
  // Settles at the abort even where fetch would not notice it (a body that never ends).
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error));
  });
  aborted.catch(() => undefined);
  try {
    return await Promise.race([fetchJsonOnce(url, controller.signal), aborted]);
  } catch (error) {
    if (!signal?.aborted && controller.signal.reason instanceof LoadError) {
      throw controller.signal.reason;
    }
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

function timeoutError(): LoadError {
  const seconds = LOAD_TIMEOUT_MS / 1000;
  return new LoadError('timeout', `The feed did not answer within ${seconds} seconds.`);
}

async function fetchJsonOnce(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: 'application/feed+json, application/json' },
    });
  } catch (error) {
    if (signal.aborted) throw error;
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
