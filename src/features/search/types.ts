/**
 * What search needs of an article. The feed's articles fit this shape; the search feature
 * defines its own so it does not depend on the feed feature.
 */
export interface SearchableArticle {
  id: string;
  /** The feed it came from, where articles of several feeds are searched together. */
  origin?: { feedUrl: string; feedParam: string | null; title: string };
  title: string;
  summary?: string;
  contentText?: string;
  contentHtml?: string;
  authors: { name?: string }[];
  tags: string[];
  published?: string;
  language?: string;
}
