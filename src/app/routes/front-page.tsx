import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useDocumentTitle } from '../../components/document-title';
import { PageHeading } from '../../components/page-heading';
import { ArticleList } from '../../features/feed/components/article-list';
import { useFeed } from '../../features/feed/hooks/use-feed';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import type { FeedSource } from '../../features/feed/hooks/use-feed-source';
import { SaveLatestButton } from '../../features/offline/components/save-latest-button';
import { MarkAllRead } from '../../features/reading/components/mark-all-read';
import { UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle';
import { useFeedVisit } from '../../features/reading/hooks/use-feed-visit';
import { useUnreadFilter } from '../../features/reading/hooks/use-unread-only';
import { renderCommentCount } from '../comment-slots';
import { renderReadingMarks } from '../reading-slots';
import { connectEntryList } from '../shortcut-targets';

const SAVE_LATEST = 20;

/** Saving is loaded when asked for: the front page can show without it. */
async function saveLatestArticles(client: QueryClient, source: FeedSource): Promise<number> {
  const [{ saveLatest }, { prefetchComments }] = await Promise.all([
    import('../offline-actions'),
    import('../comments-prefetch'),
  ]);
  return saveLatest(client, source, SAVE_LATEST, prefetchComments);
}

export function FrontPage() {
  const source = useFeedSource();
  const client = useQueryClient();
  const { feed, articles } = useFeed(source.feedUrl);
  const unreadFilter = useUnreadFilter(source.feedUrl);
  useFeedVisit(source.feedUrl);
  useDocumentTitle(feed ? `${feed.title} · Broadsheet` : 'Broadsheet');
  return (
    <>
      <div className="page-head">
        <PageHeading className="page-title">Latest news</PageHeading>
        <SaveLatestButton count={SAVE_LATEST} onSave={() => saveLatestArticles(client, source)} />
      </div>
      <div className="reading-tools">
        <UnreadOnlyToggle />
        <MarkAllRead
          feedUrl={source.feedUrl}
          articleIds={() => articles.map((article) => article.id)}
        />
      </div>
      <ArticleList
        ref={connectEntryList}
        key={source.feedUrl}
        source={source}
        filter={unreadFilter}
        emptyMessage={unreadFilter && 'No unread articles.'}
        renderFooter={(article) => renderCommentCount(article, source)}
        renderBadges={(article) => renderReadingMarks(article, source)}
      />
    </>
  );
}
