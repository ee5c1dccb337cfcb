import type { ArticleRef } from '../../../lib/article-ref';
import type { Article, FeedPage } from './types';

/** Articles a feed no longer lists are kept, the newest first, up to this many in all. */
export const KEEP_PER_FEED = 500;

type Wanted = (article: ArticleRef) => boolean;

let wanted: () => Promise<Wanted> = () => Promise.resolve(() => false);

/**
 * Which articles outlive the limit (the app says: unread or saved ones), once what it needs to
 * tell has loaded. Given by the app, since a feature does not read another's stores.
 */
export function keepWanted(load: () => Promise<Wanted>) {
  wanted = load;
}

const timeOf = (article: Article) => Date.parse(article.published ?? article.seen ?? '') || 0;

/** Newest first; the sort is stable, so undated ones keep their order, last. */
function newestFirst(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => timeOf(b) - timeOf(a));
}

/** A post by its page and title, whatever id the feed gives it; one without a page by its id. */
const postOf = ({ id, url, title }: Article) => (url ? url + title : id);

/**
 * A feed's new first page, followed by the articles of the page before it that the feed no
 * longer lists: a reader keeps what they were shown, as every reader does, and an article read
 * once opens again. Those beyond the limit go, never one still wanted.
 */
export async function withEarlier(
  feedUrl: string,
  previous: FeedPage | undefined,
  next: FeedPage,
): Promise<FeedPage> {
  if (!previous || previous === next) return next;
  // Listed again under a new id (WSJ's and Medium's feeds change their guids), a post of the
  // same time keeps the id it was first listed under: its read mark, comments and saved copy
  // go by it.
  const timed = (article: Article) => `${postOf(article)} ${article.published}`;
  const ids = new Set(next.articles.map((article) => article.id));
  const firstIds = new Map<string, string>();
  for (const article of previous.articles) {
    if (!ids.has(article.id)) firstIds.set(timed(article), article.id);
  }
  const known = new Set(previous.articles.map((article) => article.id));
  let renamed = false;
  const articles = next.articles.map((article) => {
    const key = timed(article);
    const id = known.has(article.id) ? undefined : firstIds.get(key);
    if (id === undefined) return article;
    firstIds.delete(key);
    renamed = true;
    return { ...article, id };
  });
  const listed = new Set(articles.flatMap((article) => [article.id, postOf(article)]));
  const earlier = previous.articles.filter(
    (article) => !listed.has(article.id) && !listed.has(postOf(article)),
  );
  if (earlier.length === 0) return renamed ? { ...next, articles } : next;
  const room = KEEP_PER_FEED - articles.length;
  const keep = earlier.length > room ? await wanted() : undefined;
  const kept = newestFirst(earlier).filter(
    (article, index) => index < room || keep?.({ feedUrl, id: article.id }),
  );
  return kept.length === 0 && !renamed ? next : { ...next, articles: [...articles, ...kept] };
}
