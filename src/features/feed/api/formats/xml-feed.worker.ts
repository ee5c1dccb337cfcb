import { LoadError } from '../../../../lib/http';
import { parseXmlFeed } from './xml-feed';
import type { XmlFeedRequest, XmlFeedResponse } from './read-xml-feed';

/** Parses XML feeds off the main thread: a 5 MB document must not hold up scrolling or typing. */
self.addEventListener('message', (event: MessageEvent<XmlFeedRequest>) => {
  const { id, text, pageUrl, format } = event.data;
  let response: XmlFeedResponse;
  try {
    response = { id, page: parseXmlFeed(text, pageUrl, format) };
  } catch (error) {
    const known = error instanceof LoadError;
    response = {
      id,
      error: {
        kind: known ? error.kind : 'format',
        message: known ? error.message : 'This feed could not be read.',
      },
    };
  }
  self.postMessage(response);
});
