/**
 * What feed services and blog plugins add to every item's text: FeedBurner's "FeedFlare" share
 * buttons and its ads (Google's), WordPress.com's share links and their counters, and Flattr's
 * "flattr this!" button (its WordPress plugin links it through the blog's own address). Links
 * and pictures at these addresses are no part of the article.
 */
export const FEED_FURNITURE = new RegExp(
  [
    String.raw`^(?:https?:)?//(?:feeds\.feedburner\.com/~(?:ff|r|a|at)/|feedads\.g\.doubleclick\.net/|feedads\.googleadservices\.com/|feeds\.wordpress\.com/1\.0/|stats\.wordpress\.com/|pixel\.wp\.com/)`,
    String.raw`^(?:https?:)?//(?:api\.)?flattr\.com/(?:button|submit|thing)/`,
    String.raw`^[^#]*[?&]flattrss_redirect(?:[&=#]|$)`,
    String.raw`^[^?#]*/wp-content/plugins/flattr/img/`,
  ].join('|'),
  'i',
);

/** The box FeedBurner puts its share buttons in. */
export const FURNITURE_CLASS = 'feedflare';
