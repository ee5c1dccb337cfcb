import { memo, useId } from 'react';
import type { ReactNode } from 'react';
import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import type { Article } from '../api/types';
import { excerptOf } from '../utils/excerpt';
import { Byline } from './byline';
import { TagLinks } from './tag-links';

interface ArticleEntryProps {
  article: Article;
  link: (path: string) => string;
  /** Extra lines under the entry, from other features (the comment count). */
  footer?: ReactNode;
  /** Marks beside the title, from other features ("New", "Read"). */
  badges?: ReactNode;
}

/** One article in a list: title link, byline, excerpt, tags, thumbnail and a comment count. */
export const ArticleEntry = memo(function ArticleEntry({
  article,
  link,
  footer,
  badges,
}: ArticleEntryProps) {
  const excerpt = excerptOf(article);
  const headingId = useId();
  return (
    <article
      className="entry"
      lang={article.language}
      aria-labelledby={headingId}
      data-entry={article.id}
    >
      {article.image && (
        <img
          className="entry-image"
          src={article.image}
          alt=""
          width={1200}
          height={675}
          loading="lazy"
          decoding="async"
        />
      )}
      <div className="entry-text">
        <h3 className="entry-title" id={headingId} dir="auto">
          <Link to={link(paths.article(article.id))}>{article.title}</Link>
        </h3>
        {badges}
        <Byline article={article} className="meta" format="time" />
        {excerpt && excerpt !== article.title && (
          <p className="excerpt" dir="auto">
            {excerpt}
          </p>
        )}
        <TagLinks tags={article.tags} link={link} />
        {footer}
      </div>
    </article>
  );
});
