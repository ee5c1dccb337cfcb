import { MAX_OPML_BYTES, tooLarge, unreadable } from './opml-import';
import type { OpmlImport } from './opml-import';

/** Set when a worker could not start (a browser or policy without module workers). */
let inline = typeof Worker === 'undefined';

async function readHere(file: Blob): Promise<OpmlImport> {
  const { readOpmlBytesWithEntities } = await import('./read-opml');
  try {
    return await readOpmlBytesWithEntities(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return unreadable;
  }
}

function readInWorker(file: Blob): Promise<OpmlImport> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./opml.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<OpmlImport>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      inline = true;
      resolve(readHere(file));
    });
    worker.postMessage(file);
  });
}

/**
 * An OPML file read in a worker where the browser has them (one worker for each import, as
 * imports are rare), in this thread elsewhere. Never rejects: a file it cannot use says why.
 */
export function readOpmlFile(file: Blob): Promise<OpmlImport> {
  if (file.size > MAX_OPML_BYTES) return Promise.resolve(tooLarge(file.size));
  return inline ? readHere(file) : readInWorker(file);
}
