import type { Article } from '../api/types';

/**
 * The web page an item's comments are on, where that is all there is of them: none where the
 * feed also publishes them, for then they are read and shown here.
 */
export function discussionPage({
  commentsUrl,
  commentsPage,
}: Pick<Article, 'commentsUrl' | 'commentsPage'>): string | undefined {
  return commentsUrl ? undefined : commentsPage;
}
