import { useParams } from 'react-router';
import { ArticleView } from '../../features/feed/components/article-view';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { renderCommentThread } from '../comment-slots';

export function ArticlePage() {
  const id = useParams().id ?? '';
  const source = useFeedSource();
  return (
    <ArticleView
      key={id}
      source={source}
      id={id}
      renderAfter={(article) => renderCommentThread(article, source)}
    />
  );
}
