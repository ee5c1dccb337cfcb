import type { Article } from '../api/types';

/**
 * A list's articles, less the pictures that are not theirs: one picture on most of a feed's
 * entries (three at least), or on ten of them whatever their number, is the site's logo or a
 * default, or a podcast's cover (Acast's, on 60 of 137 episodes; a season's, on 23 of 61). Shown
 * beside every entry it would say nothing and push each one's text down. The article keeps it.
 *
 * `leftOut` remembers, for one list, the pictures it has left out: one stays out when more
 * entries arrive (the rest of a page, older posts) in which it is no longer on most, so that the
 * entries already on screen do not grow under the reader.
 */
export function withoutSharedPictures(
  articles: Article[],
  leftOut: Set<string> = new Set(),
): Article[] {
  const feeds = new Map<string, { entries: number; pictures: Map<string, number> }>();
  for (const { image, origin } of articles) {
    const key = origin?.feedUrl ?? '';
    const feed = feeds.get(key) ?? { entries: 0, pictures: new Map<string, number>() };
    feeds.set(key, feed);
    feed.entries += 1;
    if (image) feed.pictures.set(image, (feed.pictures.get(image) ?? 0) + 1);
  }
  for (const [key, feed] of feeds) {
    for (const [picture, count] of feed.pictures) {
      if (count >= SHARED_BY_ANY || (count >= 3 && count * 2 > feed.entries)) {
        leftOut.add(pictureKey(key, picture));
      }
    }
  }
  const shared = ({ image, origin }: Article) =>
    image !== undefined && leftOut.has(pictureKey(origin?.feedUrl ?? '', image));
  if (!articles.some(shared)) return articles;
  return articles.map((article) =>
    shared(article)
      ? { ...article, image: undefined, imageAlt: undefined, imageCredit: undefined }
      : article,
  );
}

/** Entries that share a picture however many entries there are. */
const SHARED_BY_ANY = 10;

const pictureKey = (feedUrl: string, picture: string) => `${feedUrl} ${picture}`;
