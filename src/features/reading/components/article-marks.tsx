import { useIsRead, useSince } from '../store/reading-store';

interface ArticleMarksProps {
  feedUrl: string;
  id: string;
  published?: string;
}

/**
 * An entry's reading state: "New" when published since the previous visit and not yet read;
 * once read, the title turns muted (CSS) and screen readers hear "Read". It subscribes to this
 * article's flag alone, so opening one article re-renders one entry.
 */
export function ArticleMarks({ feedUrl, id, published }: ArticleMarksProps) {
  const read = useIsRead(feedUrl, id);
  const since = useSince(feedUrl);
  if (read) return <span className="read-mark visually-hidden">Read</span>;
  if (!published || !since || Date.parse(published) <= Date.parse(since)) return null;
  return <span className="new-badge">New</span>;
}
