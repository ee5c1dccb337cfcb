/** One article among every feed: an item id is unique only within its own feed. */
export interface ArticleRef {
  feedUrl: string;
  id: string;
}

/**
 * The one key for an article wherever one is needed (comment threads, saved articles, read
 * marks). JSON of the pair: stable, never equal for two different pairs, and never a name
 * that plain objects treat specially (such as `__proto__`).
 */
export function articleKey({ feedUrl, id }: ArticleRef): string {
  return JSON.stringify([feedUrl, id]);
}

/** The article a key names, or undefined when the text is not such a key. */
export function parseArticleKey(key: string): ArticleRef | undefined {
  try {
    const value: unknown = JSON.parse(key);
    if (Array.isArray(value) && value.length === 2) {
      const [feedUrl, id] = value as unknown[];
      if (typeof feedUrl === 'string' && typeof id === 'string') return { feedUrl, id };
    }
  } catch {
    // Not a key.
  }
  return undefined;
}
