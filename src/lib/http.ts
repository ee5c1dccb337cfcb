import { revalidation, sameByHeaders, validatorsOf } from './conditional';
import type { Validators } from './conditional';
import { throughRelay } from './relay';
import { overHttps } from './safe';

/**
 * Why a document could not be loaded, in words a reader understands.
 * `kind` lets the UI and tests tell the failures apart without parsing messages.
 */
export type LoadErrorKind =
  'network' | 'blocked' | 'timeout' | 'http' | 'json' | 'format' | 'not-found' | 'choose';

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
    /** With `choose`: the name the site gives itself. */
    readonly site?: string,
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
declare global {
  /** The feeds' responses a first screen was drawn from, by address, for the app to read in its turn. */
  var broadsheetFeeds: Record<string, Promise<Response> | undefined> | undefined;
}

export const FEED_ACCEPT =
  'application/feed+json, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.8';

/**
 * A body that came back changed, as bytes: for a caller that decodes it elsewhere (a document
 * of megabytes is decoded off the main thread). Its validators are the server's alone.
 */
export type FetchedBody =
  | {
      changed: true;
      bytes: Uint8Array;
      contentType: string | null;
      validators: Validators;
      /** Where redirects led (not through a relay): what a web page's links are read against. */
      url?: string;
    }
  | { changed: false };

/**
 * Fetches a URL and decodes its body as text (byte order mark, the charset the server named,
 * then the document's own declaration), turning every failure into a LoadError.
 */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  // The decoder (and its tables) is needed only once a document is in: it loads beside it.
  const decoder = import('./decode-text');
  decoder.catch(() => undefined);
  const fetched = await fetchBody(url, { signal });
  // Without a copy to compare with, a document is never unchanged.
  if (!fetched.changed) return '';
  const { decodeText } = await decoder;
  return decodeText(fetched.bytes, fetched.contentType);
}

/** Given the start of a body still arriving; true when it needs no more of them. */
type OnPrefix = (bytes: Uint8Array, contentType: string | null) => boolean;

/**
 * Fetches a URL's body as bytes, turning every failure into a LoadError; `{ changed: false }`
 * when the server says (a 304, or the same validators) that the reader's copy is current. A
 * cross-origin address goes through the reader's relay when one is set. A server that never
 * answers (or never finishes) is given up on after LOAD_TIMEOUT_MS: the request is aborted and
 * the reader told, instead of "Loading…" forever.
 */
export async function fetchBody(
  url: string,
  {
    signal,
    previous,
    onPrefix,
  }: {
    signal?: AbortSignal;
    previous?: Validators;
    /**
     * Given the body so far while more is on its way, each time it has doubled from 64 KB up to
     * 1 MB: the start of a long document can be read before its end arrives. Returning true
     * says it needs no more.
     */
    onPrefix?: OnPrefix;
  } = {},
): Promise<FetchedBody> {
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
    return await Promise.race([fetchOnce(url, controller.signal, previous, onPrefix), aborted]);
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

async function fetchOnce(
  url: string,
  signal: AbortSignal,
  previous: Validators | undefined,
  onPrefix: OnPrefix | undefined,
): Promise<FetchedBody> {
  const relay = throughRelay(url);
  // A relay reads the address as it is; the page itself reads other sites over https.
  const target = relay ?? overHttps(url);
  const { headers, ...init } = revalidation(target, previous);
  let response: Response;
  // The response the first screen was drawn from (src/first-paint/drawing.ts), taken once: the
  // same request, not a second download.
  const drawn = globalThis.broadsheetFeeds ?? {};
  const given = drawn[target];
  try {
    drawn[target] = undefined;
    response = await (given ??
      fetch(target, {
        ...init,
        signal,
        headers: { ...headers, Accept: FEED_ACCEPT },
      }));
  } catch (error) {
    if (signal.aborted) throw error;
    throw await unreachable(url, relay, error);
  }
  if (response.status === 304 && previous) return { changed: false };
  if (!response.ok) {
    const answered = `The ${relay ? 'relay' : 'server'} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
    // What it means is loaded when needed: the page's first code has no room to spare.
    const { statusMeaning } = await import('./status-meaning');
    throw new LoadError('http', `${answered}${statusMeaning(response.status)}`, response.status);
  }
  if (sameByHeaders(response, previous)) {
    response.body?.cancel().catch(() => undefined);
    return { changed: false };
  }
  let bytes: Uint8Array;
  try {
    bytes =
      onPrefix && response.body
        ? await readInParts(response.body, (bytes) =>
            onPrefix(bytes, response.headers.get('content-type')),
          )
        : new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError('network', 'The connection was cut before the whole feed arrived.');
  }
  return {
    changed: true,
    bytes,
    contentType: response.headers.get('content-type'),
    validators: validatorsOf(response),
    url: response.redirected && !relay ? response.url : undefined,
  };
}

/** The sizes at which the start of a body is handed on while the rest downloads. */
const FIRST_PREFIX = 64 * 1024;
const LAST_PREFIX = 1024 * 1024;
/**
 * Past the first mark, a body that pauses this long (a slow server, a stalled network) hands on
 * what has arrived since, without waiting for the next mark: the browser may have handed over
 * the first 64 KB of a larger burst apart from the rest of it.
 */
const PAUSE_MS = 150;

/**
 * A body read as it arrives, its start handed to `onPrefix` at FIRST_PREFIX, twice that, …, and
 * in between wherever it pauses, until it says it has enough. A start is handed on once the
 * browser has had a turn with no end in sight: a body already whole when read (the copy of a
 * response the first screen was drawn from, one the service worker answered) is read once,
 * whole, not again in parts.
 */
async function readInParts(
  body: ReadableStream<Uint8Array>,
  onPrefix: (bytes: Uint8Array) => boolean,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  let next = FIRST_PREFIX;
  let handed = 0;
  let pause: ReturnType<typeof setTimeout> | undefined;
  let marked: ReturnType<typeof setTimeout> | undefined;
  const handOn = () => {
    marked = undefined;
    handed = length;
    if (onPrefix(joined(parts, length))) next = Infinity;
  };
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      clearTimeout(pause);
      if (done) break;
      parts.push(value);
      length += value.length;
      if (next > LAST_PREFIX) continue;
      if (length >= next) {
        // A part may cross several marks at once: the next is past what has arrived.
        while (next <= length) next *= 2;
        marked ??= setTimeout(handOn, 0);
      } else if (handed > 0 && marked === undefined) {
        pause = setTimeout(handOn, PAUSE_MS);
      }
    }
  } finally {
    clearTimeout(pause);
    clearTimeout(marked);
  }
  return joined(parts, length);
}

/** The parts of a body, in order, as one. */
export function joined(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * What to tell of a request that failed before any answer (unreachable.ts), loaded when needed:
 * the page's first code has no room to spare. Where even that cannot be had (the network went
 * before the app's files were kept), the plainest account.
 */
async function unreachable(url: string, relay: string | undefined, error: unknown) {
  try {
    const { unreachableError } = await import('./unreachable');
    return unreachableError(url, relay, error);
  } catch {
    return new LoadError(
      'network',
      `Could not reach ${hostOf(url) ?? url}. Check your connection.`,
    );
  }
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
