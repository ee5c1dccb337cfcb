/**
 * Why a document could not be loaded, in words a reader understands.
 * `kind` lets the UI and tests tell the failures apart without parsing messages.
 */
export type LoadErrorKind =
  'network' | 'timeout' | 'http' | 'json' | 'format' | 'not-found' | 'choose';

/** A feed the reader can pick when an address (a web page) names several. */
export interface FeedChoice {
  url: string;
  title?: string;
}

export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly status?: number,
    /** With `choose`: the feeds the page names. */
    readonly choices: readonly FeedChoice[] = [],
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

/** What feed readers ask for: every feed format, JSON Feed first. */
const FEED_ACCEPT =
  'application/feed+json, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.8';

/**
 * Fetches a URL and decodes its body as text (byte order mark, the charset the server named,
 * then the document's own declaration), turning every failure into a LoadError. A server that
 * never answers (or never finishes) is given up on after LOAD_TIMEOUT_MS: the request is
 * aborted and the reader told, instead of "Loading…" forever.
 */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
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
    return await Promise.race([fetchTextOnce(url, controller.signal), aborted]);
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

async function fetchTextOnce(url: string, signal: AbortSignal): Promise<string> {
  const decoder = import('./decode-text');
  decoder.catch(() => undefined);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: FEED_ACCEPT } });
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
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The decoder (and its tables) is needed only once a document is in: it loads beside it.
  const { decodeText } = await decoder;
  return decodeText(bytes, response.headers.get('content-type'));
}

/** Parses a JSON document, turning a broken one into a LoadError. */
export function parseJson(text: string): unknown {
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
