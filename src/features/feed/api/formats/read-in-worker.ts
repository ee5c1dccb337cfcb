import type { DocumentRequest, DocumentResult, WorkerAnswer, WorkerRequest } from './read-document';

/** Set when the worker could not start (a browser or policy without module workers). */
let inline = typeof Worker === 'undefined';
let lastId = 0;
/** The worker, once it has said it runs: nothing is handed over to one that never started. */
let started: Promise<Worker> | undefined;

interface Waiting {
  settle: (result: DocumentResult) => void;
  /** The answer so far, while its parts arrive. */
  result?: DocumentResult;
}
const waiting = new Map<number, Waiting>();

/** The worker public/boot.js started before the app ran, and what it has heard of it so far. */
interface EarlyReader {
  worker: Worker;
  state: 'starting' | 'ready' | 'failed';
}

declare global {
  interface Window {
    broadsheetReader?: EarlyReader;
  }
}

/** The worker public/boot.js started, taken over once; else a new one. */
function takeWorker(): { worker: Worker; state: EarlyReader['state'] } {
  const early = typeof window === 'undefined' ? undefined : window.broadsheetReader;
  if (early) {
    delete window.broadsheetReader;
    return early;
  }
  // Written out here, as the build finds a worker to bundle.
  const worker = new Worker(new URL('./feed-document.worker.ts', import.meta.url), {
    type: 'module',
  });
  return { worker, state: 'starting' };
}

function reader(): Promise<Worker> {
  started ??= new Promise<Worker>((resolve, reject) => {
    const { worker, state } = takeWorker();
    const failed = () => {
      inline = true;
      worker.terminate();
      reject(new Error('The feed reader could not start.'));
      // Documents it had taken are gone with it.
      for (const [id, { settle }] of waiting) {
        waiting.delete(id);
        settle({ error: { kind: 'format', message: 'This feed could not be read.' } });
      }
    };
    if (state === 'ready') resolve(worker);
    if (state === 'failed') return failed();
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer | { ready: true }>) => {
      const answer = event.data;
      if ('ready' in answer) return resolve(worker);
      const call = waiting.get(answer.id);
      if (!call) return;
      if ('result' in answer) call.result = answer.result;
      else if (call.result && 'page' in call.result) {
        call.result.page.articles.push(...answer.articles);
      }
      if (answer.more || !call.result) return;
      waiting.delete(answer.id);
      call.settle(call.result);
    });
    worker.addEventListener('error', failed);
  });
  return started;
}

/**
 * Starts the worker before its first document arrives, when one is likely to (a feed read for
 * the first time, not named as JSON): its code then downloads beside the document, not after.
 */
export function startReader(): void {
  if (!inline) reader().catch(() => undefined);
}

async function readHere(request: DocumentRequest): Promise<DocumentResult> {
  const { readDocumentWithEntities } = await import('./read-document');
  return readDocumentWithEntities(request);
}

/**
 * A document read in a worker where the browser has them (the reader's code downloads only
 * when the first such document arrives); in the same thread where none starts. The bytes are
 * handed over, not copied (copying megabytes is a long task), once the worker runs: until then
 * they stay here, to be read here should it never start.
 */
export async function readInWorker(
  request: DocumentRequest,
  signal?: AbortSignal,
): Promise<DocumentResult> {
  if (inline) return readHere(request);
  let worker: Worker;
  try {
    worker = await reader();
  } catch {
    return readHere(request);
  }
  signal?.throwIfAborted();
  const id = ++lastId;
  return new Promise<DocumentResult>((resolve, reject) => {
    waiting.set(id, { settle: resolve });
    signal?.addEventListener('abort', () => {
      waiting.delete(id);
      reject(signal.reason as Error);
    });
    const moved = 'bytes' in request ? [request.bytes.buffer] : [];
    worker.postMessage({ ...request, id } satisfies WorkerRequest, moved);
  });
}
