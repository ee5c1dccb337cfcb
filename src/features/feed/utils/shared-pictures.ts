import type { Article } from '../api/types';

/**
 * A list's articles, less the pictures that are not theirs: one picture on most of a feed's
 * entries (three at least) is the site's logo or a default, or a podcast's cover. Shown beside
 * every entry it would say nothing and push each one's text down. The article keeps it.
 */
export function withoutSharedPictures(articles: Article[]): Article[] {
  const feeds = new Map<string, { entries: number; pictures: Map<string, number> }>();
  for (const { image, origin } of articles) {
    const key = origin?.feedUrl ?? '';
    const feed = feeds.get(key) ?? { entries: 0, pictures: new Map<string, number>() };
    feeds.set(key, feed);
    feed.entries += 1;
    if (image) feed.pictures.set(image, (feed.pictures.get(image) ?? 0) + 1);
  }
  const shared = (article: Article) => {
    const feed = feeds.get(article.origin?.feedUrl ?? '');
    const count = (article.image && feed?.pictures.get(article.image)) || 0;
    return feed !== undefined && count >= 3 && count * 2 > feed.entries;
  };
  if (!articles.some(shared)) return articles;
  return articles.map((article) =>
    shared(article) ? { ...article, image: undefined, imageAlt: undefined } : article,
  );
}
