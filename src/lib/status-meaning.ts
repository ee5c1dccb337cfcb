/** What an HTTP error means for the reader, and what they can do: after the status itself. */
export function statusMeaning(status: number): string {
  if (status === 401 || status === 403) {
    return ' The site does not let this reader have the feed: it may need a sign-in, or turn away requests from other sites’ pages.';
  }
  if (status === 410) {
    return ' The site has taken this feed down for good: unsubscribe, or look on the site for a new one.';
  }
  if (status === 404) {
    return ' No feed is at this address (any more): check it, or give the site’s own address to find its feed.';
  }
  if (status === 429) return ' The site asks for fewer requests: try again later.';
  if (status >= 500) return ' The site has a problem of its own: try again later.';
  return '';
}
