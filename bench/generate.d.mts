export function random(seed: number): () => number;

export function generateFeed(
  count: number,
  seed?: number,
): { version: string; title: string; home_page_url: string; items: Record<string, unknown>[] };

/** The same items as generateFeed's, written as an RSS 2.0 document. */
export function generateRss(count: number, seed?: number): string;

export interface GeneratedComment {
  id: string;
  threadKey: string;
  parentId: string | null;
  author: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export function generateThread(options: {
  threadKey: string;
  count: number;
  seed?: number;
  start?: string;
  topLevel?: number;
  chain?: number;
}): GeneratedComment[];
