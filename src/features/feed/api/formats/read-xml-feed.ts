import { LoadError } from '../../../../lib/http';
import type { LoadErrorKind } from '../../../../lib/http';
import type { FeedPage } from '../types';
import type { XmlFormat } from './xml-feed';

export interface XmlFeedRequest {
  id: number;
  text: string;
  pageUrl: string;
  format: XmlFormat;
}

export type XmlFeedResponse =
  { id: number; page: FeedPage } | { id: number; error: { kind: LoadErrorKind; message: string } };

let worker: Worker | undefined;
/** Set when the worker could not start (a browser or policy without module workers). */
let inline = typeof Worker === 'undefined';
let lastId = 0;
const waiting = new Map<
  number,
  { request: XmlFeedRequest; settle: (r: XmlFeedResponse) => void }
>();

function parser(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./xml-feed.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<XmlFeedResponse>) => {
    waiting.get(event.data.id)?.settle(event.data);
    waiting.delete(event.data.id);
  });
  worker.addEventListener('error', () => {
    inline = true;
    worker?.terminate();
    for (const [id, { request, settle }] of waiting) {
      waiting.delete(id);
      void parseHere(request).then(settle);
    }
  });
  return worker;
}

async function parseHere({ id, text, pageUrl, format }: XmlFeedRequest): Promise<XmlFeedResponse> {
  const { parseXmlFeed } = await import('./xml-feed');
  try {
    return { id, page: parseXmlFeed(text, pageUrl, format) };
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    return { id, error: { kind: error.kind, message: error.message } };
  }
}

/**
 * An XML feed document as a FeedPage, parsed in a worker where the browser has them (the
 * parser's code downloads only when the first XML feed arrives); in the same thread elsewhere.
 */
export async function readXmlFeed(
  text: string,
  pageUrl: string,
  format: XmlFormat,
  signal?: AbortSignal,
): Promise<FeedPage> {
  const request: XmlFeedRequest = { id: ++lastId, text, pageUrl, format };
  const response = inline
    ? await parseHere(request)
    : await new Promise<XmlFeedResponse>((resolve, reject) => {
        waiting.set(request.id, { request, settle: resolve });
        signal?.addEventListener('abort', () => {
          waiting.delete(request.id);
          reject(signal.reason as Error);
        });
        parser().postMessage(request);
      });
  if ('error' in response) throw new LoadError(response.error.kind, response.error.message);
  return response.page;
}
