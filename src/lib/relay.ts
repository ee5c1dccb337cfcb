/** Where a relay template puts the feed's address; absent, the address goes at the end. */
const PLACEHOLDER = '{url}';

let template = '';

/** The relay's address for one feed: its encoded URL in place of `{url}`, or at the end. */
export function relayAddress(relay: string, feedUrl: string): string {
  const encoded = encodeURIComponent(feedUrl);
  return relay.includes(PLACEHOLDER) ? relay.replaceAll(PLACEHOLDER, encoded) : relay + encoded;
}

/**
 * Whether `value` can be a relay template: empty (no relay), or an http(s) address whose host
 * is written out before `{url}`, without a user name or password (fetch refuses those).
 */
export function isRelayTemplate(value: string): boolean {
  const relay = value.trim();
  if (!relay) return true;
  try {
    const head = new URL(relay.split(PLACEHOLDER)[0] ?? '');
    const sample = new URL(relayAddress(relay, 'https://example.org/feed.xml'));
    return (
      (sample.protocol === 'https:' || sample.protocol === 'http:') &&
      sample.host === head.host &&
      !sample.username &&
      !sample.password
    );
  } catch {
    return false;
  }
}

/** The reader's relay template, or '' for none; one that is not valid counts as none. */
export function setRelay(value: string) {
  template = isRelayTemplate(value) ? value.trim() : '';
}

/** Whether `url` is on another origin than the page's. Without a page, nothing is. */
export function isCrossOrigin(url: string, base = globalThis.location?.href): boolean {
  if (!base) return false;
  try {
    return new URL(url, base).origin !== new URL(base).origin;
  } catch {
    return false;
  }
}

/**
 * The address to request `url` through the reader's relay, or undefined when it goes direct:
 * only http(s) addresses on other origins (not the relay's own) take the relay.
 */
export function throughRelay(url: string, base = globalThis.location?.href): string | undefined {
  if (!template || !isCrossOrigin(url, base)) return undefined;
  try {
    const feed = new URL(url, base);
    if (feed.protocol !== 'https:' && feed.protocol !== 'http:') return undefined;
    const relay = relayAddress(template, feed.href);
    return new URL(relay).origin === feed.origin ? undefined : relay;
  } catch {
    return undefined;
  }
}
