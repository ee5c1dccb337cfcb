import { memo, useId } from 'react';
import type { ReactNode } from 'react';
import { entryKeyOf } from '../../../components/entry-elements';
import type { EntryElements } from '../../../components/entry-elements';
import { Link } from '../../../components/link';
import { paths, withFeed } from '../../../config/paths';
import { textDirection } from '../../../lib/direction';
import type { Article } from '../api/types';
import type { PictureLoading } from '../hooks/use-entry-pictures';
import { listedExcerpt } from '../utils/listed-excerpt';
import { Byline } from './byline';
import { EntryFeed } from './entry-feed';
import { fitPicture } from '../utils/fit-picture';
import { pictureSizes, pictureSrcSet } from '../utils/picture-renditions';
import { fitLoadedPicture, useFailedPicture } from './picture-fit';
import { TagLinks } from './tag-links';

interface ArticleEntryProps {
  article: Article;
  link: (path: string) => string;
  /** Extra lines under the entry, from other features (the comment count). */
  footer?: ReactNode;
  /** Marks beside the title, from other features ("New", "Read"). */
  badges?: ReactNode;
  /** The list's current entry (moved by j and k). */
  current?: boolean;
  /** Where the list keeps its mounted entries. */
  entries?: EntryElements;
  /** How the picture loads: at once (on the first screen), not yet, or as it nears the screen. */
  picture?: PictureLoading;
  /** The first screen's picture has loaded or failed. */
  onPictureSettled?: () => void;
}

/** One article in a list: title link, byline, excerpt, tags, thumbnail and a comment count. */
export const ArticleEntry = memo(function ArticleEntry({
  article,
  link,
  footer,
  badges,
  current = false,
  entries,
  picture = 'lazy',
  onPictureSettled,
}: ArticleEntryProps) {
  const excerpt = listedExcerpt(article);
  const headingId = useId();
  const failure = useFailedPicture(article.image, article.image && pictureSrcSet(article.image));
  // In a list of several feeds, each article links with its own feed.
  const articleLink = article.origin
    ? withFeed(paths.article(article.id), article.origin.feedParam)
    : link(paths.article(article.id));
  return (
    <article
      ref={
        entries && ((element) => (element ? entries.keep(entryKeyOf(article), element) : undefined))
      }
      className={current ? 'entry entry-current' : 'entry'}
      lang={article.language}
      aria-labelledby={headingId}
      aria-current={current ? 'true' : undefined}
      data-entry={entryKeyOf(article)}
    >
      {article.image && (
        <img
          key={failure.key}
          className="entry-image"
          // Held: the box is laid out, the picture asked for later.
          srcSet={picture === 'held' || failure.failed ? undefined : failure.srcSet}
          sizes={failure.srcSet && pictureSizes('entry')}
          src={picture === 'held' || failure.failed ? undefined : article.image}
          alt=""
          width={1200}
          height={675}
          loading={picture === 'first' ? undefined : 'lazy'}
          fetchPriority={picture === 'first' ? 'high' : undefined}
          decoding="async"
          ref={fitPicture}
          onLoad={(event) => {
            fitLoadedPicture(event);
            onPictureSettled?.();
          }}
          onError={() => {
            failure.fail();
            if (!failure.srcSet) onPictureSettled?.();
          }}
        />
      )}
      <div className="entry-text">
        <h3
          className="entry-title"
          id={headingId}
          dir={textDirection(article.language, article.title)}
        >
          <Link to={articleLink}>{article.title}</Link>
        </h3>
        {article.origin && <EntryFeed origin={article.origin} />}
        {badges}
        <Byline article={article} className="meta" format="time" />
        {excerpt && (
          <p className="excerpt" dir={textDirection(article.language, excerpt)}>
            {excerpt}
          </p>
        )}
        <TagLinks tags={article.tags} link={link} />
        {footer}
      </div>
    </article>
  );
});
