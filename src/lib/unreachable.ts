import { hostOf, LoadError } from './http';
import { isCrossOrigin } from './relay';
import { overHttps } from './safe';

/**
 * A request that failed before any answer. On another origin, while the browser believes it
 * is online, that is most often the site not letting other sites read it (CORS): the browser
 * will not say which, so neither can we.
 */
export function unreachableError(
  url: string,
  relay: string | undefined,
  error: unknown,
): LoadError {
  // `javascript:`, `data:`, `file:`…: no feed, and nothing a site or the network did.
  if (!/^https?:/i.test(url)) {
    return new LoadError('format', `“${url.slice(0, 80)}” is not a web address.`);
  }
  if (relay) {
    return new LoadError(
      'network',
      `Could not reach the relay at ${hostOf(relay) ?? relay}, set in Settings under “Fetch feeds through”. Check that address and your connection.`,
    );
  }
  const online = typeof navigator === 'undefined' || navigator.onLine !== false;
  if (error instanceof TypeError && online && overHttps(url) !== url) {
    return new LoadError(
      'blocked',
      `This address starts with http:, and a page on the web reads other sites over https only: ${hostOf(url) ?? url} could not be read there, or does not let other sites read its feed, or the network is down. If the site offers its feed over https, subscribe to that address; otherwise a relay of your own can read it: set one in Settings under “Fetch feeds through”.`,
    );
  }
  if (error instanceof TypeError && online && isCrossOrigin(url)) {
    return new LoadError(
      'blocked',
      'This site does not let other sites read its feed, or the network is down. If the network is fine, a relay of your own can read it: set one in Settings under “Fetch feeds through”.',
    );
  }
  return new LoadError(
    'network',
    `Could not reach ${hostOf(url) ?? url}. Check your connection and try again.`,
  );
}
