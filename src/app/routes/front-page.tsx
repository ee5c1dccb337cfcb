import { useQueryClient } from '@tanstack/react-query';
import { useDocumentTitle } from '../../components/document-title';
import { PageHeading } from '../../components/page-heading';
import { ArticleList } from '../../features/feed/components/article-list';
import { useFeed } from '../../features/feed/hooks/use-feed';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { SaveLatestButton } from '../../features/offline/components/save-latest-button';
import { renderCommentCount } from '../comment-slots';
import { prefetchComments } from '../comments-prefetch';
import { saveLatest } from '../offline-actions';

const SAVE_LATEST = 20;

export function FrontPage() {
  const source = useFeedSource();
  const client = useQueryClient();
  const { feed } = useFeed(source.feedUrl);
  useDocumentTitle(feed ? `${feed.title} · Broadsheet` : 'Broadsheet');
  return (
    <>
      <div className="page-head">
        <PageHeading className="page-title">Latest news</PageHeading>
        <SaveLatestButton
          count={SAVE_LATEST}
          onSave={() => saveLatest(client, source, SAVE_LATEST, prefetchComments)}
        />
      </div>
      <ArticleList
        key={source.feedUrl}
        source={source}
        renderFooter={(article) => renderCommentCount(article, source)}
      />
    </>
  );
}
