import type { DocumentRequest, DocumentResult, WorkerAnswer, WorkerRequest } from './read-document';

let worker: Worker | undefined;
/** Set when the worker could not start (a browser or policy without module workers). */
let inline = typeof Worker === 'undefined';
let lastId = 0;

interface Waiting {
  request: DocumentRequest;
  settle: (result: DocumentResult) => void;
  /** The answer so far, while its parts arrive. */
  result?: DocumentResult;
}
const waiting = new Map<number, Waiting>();

function reader(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./feed-document.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    const call = waiting.get(answer.id);
    if (!call) return;
    if ('result' in answer) call.result = answer.result;
    else if (call.result && 'page' in call.result)
      call.result.page.articles.push(...answer.articles);
    if (answer.more || !call.result) return;
    waiting.delete(answer.id);
    call.settle(call.result);
  });
  worker.addEventListener('error', () => {
    inline = true;
    worker?.terminate();
    for (const [id, { request, settle }] of waiting) {
      waiting.delete(id);
      void readHere(request).then(settle);
    }
  });
  return worker;
}

async function readHere(request: DocumentRequest): Promise<DocumentResult> {
  const { readDocument } = await import('./read-document');
  return readDocument(request);
}

/**
 * A document read in a worker where the browser has them (the reader's code downloads only
 * when the first such document arrives); in the same thread elsewhere. The bytes are copied,
 * not handed over, so that the same thread can still read them if the worker fails to start.
 */
export function readInWorker(
  request: DocumentRequest,
  signal?: AbortSignal,
): Promise<DocumentResult> {
  if (inline) return readHere(request);
  const id = ++lastId;
  return new Promise<DocumentResult>((resolve, reject) => {
    waiting.set(id, { request, settle: resolve });
    signal?.addEventListener('abort', () => {
      waiting.delete(id);
      reject(signal.reason as Error);
    });
    reader().postMessage({ ...request, id } satisfies WorkerRequest);
  });
}
