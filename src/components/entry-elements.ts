import { articleKey } from '../lib/article-ref';

/**
 * What a list knows an entry by. Ids are unique within one feed, so a one-feed list uses the
 * id; a list of several feeds' articles uses the feed and the id.
 */
export function entryKeyOf(article: { id: string; origin?: { feedUrl: string } }): string {
  return article.origin
    ? articleKey({ feedUrl: article.origin.feedUrl, id: article.id })
    : article.id;
}

/**
 * A list's mounted entries by article id: how the list finds its own entries (to focus one, to
 * see which holds focus or which is on screen) without reading their markup.
 */
export interface EntryElements {
  get: (id: string) => HTMLElement | undefined;
  /** The id of the entry holding `node`, if any. */
  holding: (node: Node | null) => string | undefined;
  /** An entry's ref: keeps its element while mounted, and forgets it after. */
  keep: (id: string, element: HTMLElement) => () => void;
}

export function entryElements(): EntryElements {
  const byId = new Map<string, HTMLElement>();
  return {
    get: (id) => byId.get(id),
    holding(node) {
      if (!node) return undefined;
      for (const [id, element] of byId) if (element.contains(node)) return id;
      return undefined;
    },
    keep(id, element) {
      byId.set(id, element);
      // A list replacing the other mounts its copy before the old copy lets go.
      return () => {
        if (byId.get(id) === element) byId.delete(id);
      };
    },
  };
}
