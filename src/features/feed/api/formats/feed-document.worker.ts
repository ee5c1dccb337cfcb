import { answerParts, readDocument } from './read-document';
import type { WorkerRequest } from './read-document';

/** Reads feed documents off the main thread: a 5 MB document must not hold up scrolling or typing. */
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  for (const part of answerParts(event.data.id, readDocument(event.data))) self.postMessage(part);
});
// It runs: the page may hand documents over.
self.postMessage({ ready: true });
