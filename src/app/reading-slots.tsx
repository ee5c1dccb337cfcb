import type { Article } from '../features/feed/api/types';
import type { FeedSource } from '../features/feed/hooks/use-feed-source';
import { ArticleMarks } from '../features/reading/components/article-marks';

/** "New" and "Read" beside every entry's title in a list. */
export function renderReadingMarks(article: Article, source: Pick<FeedSource, 'feedUrl'>) {
  return <ArticleMarks feedUrl={source.feedUrl} id={article.id} published={article.published} />;
}
