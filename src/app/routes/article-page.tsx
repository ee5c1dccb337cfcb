import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { articleIdOf, paths } from '../../config/paths';
import { ArticleView } from '../../features/feed/components/article-view';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { SaveButton } from '../../features/offline/components/save-button';
import { useIsSaved } from '../../features/offline/store/saved-store';
import { ReadToggle } from '../../features/reading/components/read-toggle';
import { useFeedVisit } from '../../features/reading/hooks/use-feed-visit';
import { useReadingStore } from '../../features/reading/store/reading-store';
import { ShareButtons } from '../../features/share/components/share-buttons';
import { renderCommentThread } from '../comment-thread-loader';
import { prefetchComments } from '../comments-prefetch';
import { saveForOffline } from '../offline-actions';
import { copiesOf } from '../river/copies';

export function ArticlePage() {
  const id = articleIdOf(useLocation().pathname) ?? '';
  const source = useFeedSource();
  const client = useQueryClient();
  const markRead = useReadingStore((state) => state.markRead);
  useFeedVisit(source.feedUrl);
  const saved = useIsSaved(source.feedUrl, id);
  return (
    <ArticleView
      key={id}
      source={source}
      id={id}
      saved={saved}
      renderActions={(article) => (
        <div className="article-actions">
          <SaveButton
            feedUrl={source.feedUrl}
            id={article.id}
            onSave={() => saveForOffline(client, source, article, prefetchComments)}
          />
          {/* Before the share buttons, whose styles arrive with this page's code: what follows
              them moves when they do. */}
          <ReadToggle feedUrl={source.feedUrl} id={article.id} />
          <ShareButtons url={source.link(paths.article(article.id))} title={article.title} />
        </div>
      )}
      renderAfter={(article) => renderCommentThread(article, source)}
      onShown={(article) => {
        markRead(source.feedUrl, article.id);
        for (const copy of copiesOf(client, source.feedUrl, article))
          markRead(copy.feedUrl, copy.id);
      }}
    />
  );
}
