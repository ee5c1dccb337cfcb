import { answerParts, readDocumentWithEntities } from './read-document';
import type { WorkerRequest } from './read-document';

/** Reads feed documents off the main thread: a 5 MB document must not hold up scrolling or typing. */
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void readDocumentWithEntities(event.data).then((result) => {
    for (const part of answerParts(event.data.id, result)) self.postMessage(part);
  });
});
// It runs: the page may hand documents over.
self.postMessage({ ready: true });
