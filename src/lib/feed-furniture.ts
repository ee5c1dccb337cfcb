/**
 * What feed services add to every item's text: FeedBurner's "FeedFlare" share buttons and its
 * ads (Google's), WordPress.com's share links and their counters. Links and pictures at these
 * addresses are no part of the article.
 */
export const FEED_FURNITURE =
  /^(?:https?:)?\/\/(?:feeds\.feedburner\.com\/~(?:ff|r|a|at)\/|feedads\.g\.doubleclick\.net\/|feedads\.googleadservices\.com\/|feeds\.wordpress\.com\/1\.0\/|stats\.wordpress\.com\/|pixel\.wp\.com\/)/i;

/** The box FeedBurner puts its share buttons in. */
export const FURNITURE_CLASS = 'feedflare';
