import { useDocumentTitle } from '../../components/document-title';
import { PageHeading } from '../../components/page-heading';
import { ArticleList } from '../../features/feed/components/article-list';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { useFeed } from '../../features/feed/hooks/use-feed';
import { renderCommentCount } from '../comment-slots';

export function FrontPage() {
  const source = useFeedSource();
  const { feed } = useFeed(source.feedUrl);
  useDocumentTitle(feed ? `${feed.title} · Broadsheet` : 'Broadsheet');
  return (
    <>
      <PageHeading className="page-title">Latest news</PageHeading>
      <ArticleList
        key={source.feedUrl}
        source={source}
        renderFooter={(article) => renderCommentCount(article, source)}
      />
    </>
  );
}
