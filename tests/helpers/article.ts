import type { Article } from '../../src/features/feed/api/types';

/** An article as the feed readers give one, with only an id, and a title of the same, given. */
export function anArticle(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    title: id,
    hasTitle: true,
    readingMinutes: 1,
    authors: [],
    tags: [],
    attachments: [],
    ...fields,
  };
}
