import { useCallback } from 'react';
import { useDocumentTitle } from '../../components/document-title';
import { useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import type { Article } from '../../features/feed/api/types';
import { ArticleList } from '../../features/feed/components/article-list';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle';
import { useFeedVisit } from '../../features/reading/hooks/use-feed-visit';
import { useUnreadFilter } from '../../features/reading/hooks/use-unread-only';
import { renderCommentCount } from '../comment-slots';
import { renderReadingMarks } from '../reading-slots';
import { connectEntryList } from '../shortcut-targets';

export function TagPage() {
  const tag = useParams().tag ?? '';
  const source = useFeedSource();
  const unreadFilter = useUnreadFilter(source.feedUrl);
  const filter = useCallback(
    (article: Article) =>
      article.tags.some((name) => name.toLocaleLowerCase() === tag.toLocaleLowerCase()) &&
      (!unreadFilter || unreadFilter(article)),
    [tag, unreadFilter],
  );
  useFeedVisit(source.feedUrl);
  useDocumentTitle(`${tag} · Broadsheet`);
  return (
    <>
      <p className="page-kicker">Tag</p>
      <PageHeading className="page-title">{tag}</PageHeading>
      <div className="reading-tools">
        <UnreadOnlyToggle />
      </div>
      <ArticleList
        ref={connectEntryList}
        key={`${source.feedUrl} ${tag}`}
        source={source}
        filter={filter}
        emptyMessage={
          unreadFilter
            ? `No unread articles are tagged “${tag}”.`
            : `No loaded articles are tagged “${tag}”.`
        }
        renderFooter={(article) => renderCommentCount(article, source)}
        renderBadges={(article) => renderReadingMarks(article, source)}
      />
    </>
  );
}
