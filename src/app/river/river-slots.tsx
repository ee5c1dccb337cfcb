import type { Article } from '../../features/feed/api/types';
import { renderCommentCount } from '../comment-slots';
import { renderReadingMarks } from '../reading-slots';

// One function each for every entry of a list of several feeds: the entries are memoised on
// them. Each article names its own feed.
export const riverFooter = (article: Article) =>
  renderCommentCount(article, article.origin ?? { feedUrl: '' });
export const riverBadges = (article: Article) =>
  renderReadingMarks(article, article.origin ?? { feedUrl: '' });
