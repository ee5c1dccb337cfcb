import { unreadable } from './opml-import';
import { readOpmlBytesWithEntities } from './read-opml';

/** Reads an OPML file off the main thread: a list of thousands of feeds must not freeze the page. */
self.addEventListener('message', (event: MessageEvent<Blob>) => {
  void event.data
    .arrayBuffer()
    .then((buffer) => readOpmlBytesWithEntities(new Uint8Array(buffer)))
    .then(
      (result) => self.postMessage(result),
      () => self.postMessage(unreadable),
    );
});
