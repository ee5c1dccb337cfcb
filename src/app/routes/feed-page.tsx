import { useQueryClient } from '@tanstack/react-query';
import { useDocumentTitle } from '../../components/document-title';
import { isChoice } from '../../components/load-status';
import { PageHeading } from '../../components/page-heading';
import { ArticleList } from '../../features/feed/components/article-list';
import { MovedNotice } from '../../features/feed/components/moved-notice';
import { useFeed } from '../../features/feed/hooks/use-feed';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { SaveLatestButton } from '../../features/offline/components/save-latest-button';
import { MarkAllRead } from '../../features/reading/components/mark-all-read';
import { UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle';
import { useFeedVisit } from '../../features/reading/hooks/use-feed-visit';
import { useUnreadFilter } from '../../features/reading/hooks/use-unread-only';
import { SubscribeButton } from '../../features/subscriptions/components/subscribe-button';
import { renderCommentCount } from '../comment-slots';
import { useFirstScreen } from '../first-screen';
import { renderReadingMarks } from '../reading-slots';
import { SAVE_LATEST, saveLatestOfFeed } from '../save-latest';
import { connectEntryList } from '../shortcut-targets';

/** A feed's own page (`/?feed=`): its list, and "Subscribe" when it is not followed yet. */
export function FeedPage() {
  const source = useFeedSource();
  const client = useQueryClient();
  const { query, feed, articles, listed, partial } = useFeed(source.feedUrl);
  const unreadFilter = useUnreadFilter(source.feedUrl);
  useFeedVisit(source.feedUrl);
  // Kept once the whole of the first page is in, not its first items alone.
  useFirstScreen(listed && articles.length > 0 && !partial);
  // Nothing to save, filter or mark where the address gave no feed (a page naming several).
  const failed = !feed && query.isError;
  // Where it gave none, the page is headed and titled by what happened instead.
  const heading = failed
    ? isChoice(query.error)
      ? 'Choose a feed'
      : 'Feed could not be loaded'
    : 'Latest news';
  useDocumentTitle(
    feed ? `${feed.title} · Broadsheet` : failed ? `${heading} · Broadsheet` : 'Broadsheet',
  );
  return (
    <>
      <div className="page-head">
        <PageHeading className="page-title">{heading}</PageHeading>
        {!failed && (
          <SubscribeButton
            // Of a web page's address, the feed it named.
            feedUrl={query.data?.pages[0]?.url ?? source.feedUrl}
            title={feed?.title}
            siteUrl={feed?.homePageUrl}
          />
        )}
        {!failed && (
          <SaveLatestButton count={SAVE_LATEST} onSave={() => saveLatestOfFeed(client, source)} />
        )}
      </div>
      {!failed && (
        <div className="reading-tools">
          <UnreadOnlyToggle />
          <MarkAllRead
            articles={() => articles.map(({ id }) => ({ feedUrl: source.feedUrl, id }))}
          />
        </div>
      )}
      {feed?.movedTo && <MovedNotice to={feed.movedTo} />}
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
