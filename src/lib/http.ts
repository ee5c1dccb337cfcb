import { decodeText } from './decode-text';

/**
 * Why a document could not be loaded, in words a reader understands.
 * `kind` lets the UI and tests tell the failures apart without parsing messages.
 */
export type LoadErrorKind = 'network' | 'http' | 'json' | 'format' | 'not-found' | 'choose';

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

/** What feed readers ask for: every feed format, JSON Feed first. */
const FEED_ACCEPT =
  'application/feed+json, application/json;q=0.9, application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/**
 * Fetches a URL and decodes its body as text (byte order mark, the charset the server named,
 * then the document's own declaration), turning every failure into a LoadError.
 */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: FEED_ACCEPT } });
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
  const bytes = new Uint8Array(await response.arrayBuffer());
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

/** Fetches a URL and parses it as JSON, turning every failure into a LoadError. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  return parseJson(await fetchText(url, signal));
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
