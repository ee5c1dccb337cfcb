import { useDocumentTitle } from '../../components/document-title';
import { useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { ArticleList } from '../../features/feed/components/article-list';
import { useFeedSource } from '../../features/feed/hooks/use-feed-source';
import { renderCommentCount } from '../comment-slots';

export function TagPage() {
  const tag = useParams().tag ?? '';
  const source = useFeedSource();
  const wanted = tag.toLocaleLowerCase();
  useDocumentTitle(`${tag} · Broadsheet`);
  return (
    <>
      <p className="page-kicker">Tag</p>
      <PageHeading className="page-title">{tag}</PageHeading>
      <ArticleList
        key={`${source.feedUrl} ${tag}`}
        source={source}
        filter={(article) => article.tags.some((name) => name.toLocaleLowerCase() === wanted)}
        emptyMessage={`No loaded articles are tagged “${tag}”.`}
        renderFooter={(article) => renderCommentCount(article, source)}
      />
    </>
  );
}
