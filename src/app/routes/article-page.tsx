import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ArticleView } from '../../features/feed/components/article-view';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { SaveButton } from '../../features/offline/components/save-button';
import { renderCommentThread } from '../comment-slots';
import { prefetchComments } from '../comments-prefetch';
import { saveForOffline } from '../offline-actions';

export function ArticlePage() {
  const id = useParams().id ?? '';
  const source = useFeedSource();
  const client = useQueryClient();
  return (
    <ArticleView
      key={id}
      source={source}
      id={id}
      renderActions={(article) => (
        <SaveButton
          feedUrl={source.feedUrl}
          id={article.id}
          onSave={() => saveForOffline(client, source, article, prefetchComments)}
        />
      )}
      renderAfter={(article) => renderCommentThread(article, source)}
    />
  );
}
