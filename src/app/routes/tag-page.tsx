import { useCallback } from 'react';
import { useDocumentTitle } from '../../components/document-title';
import { useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import type { Article } from '../../features/feed/api/types';
import { ArticleList } from '../../features/feed/components/article-list';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { renderCommentCount } from '../comment-slots';

export function TagPage() {
  const tag = useParams().tag ?? '';
  const source = useFeedSource();
  const filter = useCallback(
    (article: Article) =>
      article.tags.some((name) => name.toLocaleLowerCase() === tag.toLocaleLowerCase()),
    [tag],
  );
  useDocumentTitle(`${tag} · Broadsheet`);
  return (
    <>
      <p className="page-kicker">Tag</p>
      <PageHeading className="page-title">{tag}</PageHeading>
      <ArticleList
        key={`${source.feedUrl} ${tag}`}
        source={source}
        filter={filter}
        emptyMessage={`No loaded articles are tagged “${tag}”.`}
        renderFooter={(article) => renderCommentCount(article, source)}
      />
    </>
  );
}
