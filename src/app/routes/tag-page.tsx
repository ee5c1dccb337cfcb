import { useCallback } from 'react';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../../components/document-title';
import { PageHeading } from '../../components/page-heading';
import { tagOf } from '../../config/paths';
import type { Article } from '../../features/feed/api/types';
import { ArticleList } from '../../features/feed/components/article-list';
import { EntryList } from '../../features/feed/components/entry-list';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import type { FeedSource } from '../../features/feed/hooks/use-feed-source';
import { tagKey } from '../../features/feed/utils/tag-key';
import { UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle';
import { useFeedVisit } from '../../features/reading/hooks/use-feed-visit';
import { useUnreadFilter } from '../../features/reading/hooks/use-unread-only';
import { useSubscriptions } from '../../features/subscriptions/hooks/use-subscriptions';
import { renderCommentCount } from '../comment-slots';
import { renderReadingMarks } from '../reading-slots';
import { riverBadges, riverFooter } from '../river/river-slots';
import { useRiverPages } from '../river/use-river-pages';
import { connectEntryList } from '../shortcut-targets';

/** `/tags/:tag`: the articles with that tag, of every subscription or, with `?feed=`, of one. */
export function TagPage() {
  const tag = tagOf(useLocation().pathname) ?? '';
  const source = useFeedSource();
  useDocumentTitle(`${tag} · Broadsheet`);
  return (
    <>
      <p className="page-kicker">Tag</p>
      <PageHeading className="page-title">{tag}</PageHeading>
      <div className="reading-tools">
        <UnreadOnlyToggle />
      </div>
      {source.feedParam === null ? (
        <RiverTag key={tag} tag={tag} />
      ) : (
        <FeedTag key={`${source.feedUrl} ${tag}`} tag={tag} source={source} />
      )}
    </>
  );
}

/** Articles with the tag (in any spelling: tagKey) that pass "Unread only" when it is on. */
function useTagFilter(tag: string, feedUrl: string) {
  const unreadFilter = useUnreadFilter(feedUrl);
  const key = tagKey(tag);
  const filter = useCallback(
    (article: Article) =>
      article.tags.some((name) => tagKey(name) === key) && (!unreadFilter || unreadFilter(article)),
    [key, unreadFilter],
  );
  const emptyMessage = unreadFilter
    ? `No unread articles are tagged “${tag}”.`
    : `No loaded articles are tagged “${tag}”.`;
  return { filter, emptyMessage };
}

function FeedTag({ tag, source }: { tag: string; source: FeedSource }) {
  useFeedVisit(source.feedUrl);
  return (
    <ArticleList
      ref={connectEntryList}
      source={source}
      {...useTagFilter(tag, source.feedUrl)}
      renderFooter={(article) => renderCommentCount(article, source)}
      renderBadges={(article) => renderReadingMarks(article, source)}
    />
  );
}

function RiverTag({ tag }: { tag: string }) {
  const subscriptions = useSubscriptions();
  const { river, older } = useRiverPages(subscriptions, { readSoFar: true });
  useFeedVisit(...subscriptions.map((feed) => feed.feedUrl));
  const tagFilter = useTagFilter(tag, '');
  if (river.loaded === 0) {
    return river.pending > 0 ? (
      <p role="status" className="loading">
        Loading articles…
      </p>
    ) : null;
  }
  return (
    <EntryList
      ref={connectEntryList}
      listed={{
        id: `river tag ${tag}`,
        // All read so far, as search lists them: a tag's few articles may all be older than
        // what the front page shows before "Older posts" (src/app/river/river-articles.ts).
        articles: river.read,
        skipped: river.skipped,
        missingItems: false,
        older,
      }}
      link={(path) => path}
      {...tagFilter}
      renderFooter={riverFooter}
      renderBadges={riverBadges}
    />
  );
}
