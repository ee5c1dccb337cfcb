import { Time } from '../../../components/time';
import type { Article } from '../api/types';
import { AuthorNames } from './author-names';

/**
 * "Ana Ruiz · 9:30 AM · 3 min read": who, when (and when updated, on the article page) and how
 * long to read (to listen to a podcast's episode, to watch a video), for list entries and the
 * article page alike.
 */
export function Byline({
  article,
  className,
  format,
  showUpdated = false,
}: {
  article: Article;
  className: string;
  format: 'time' | 'long';
  showUpdated?: boolean;
}) {
  const named = article.authors.some((author) => author.name);
  const updated = showUpdated && article.modified && article.modified !== article.published;
  return (
    <p className={className}>
      <AuthorNames authors={article.authors} />
      {named && article.published && ' · '}
      {article.published && <Time iso={article.published} format={format} />}
      {updated && article.modified && (
        <>
          {' · Updated '}
          <Time iso={article.modified} format={format} />
        </>
      )}
      {(named || article.published) && ' · '}
      {howLong(article)}
    </p>
  );
}

/** "3 min read", or for an episode or a video the feed gives a length: "42 min listen". */
function howLong({ attachments, readingMinutes }: Article): string {
  const played = attachments.find(
    (attachment) => attachment.durationInSeconds && /^(audio|video)\//.test(attachment.mimeType),
  );
  if (!played?.durationInSeconds) return `${readingMinutes} min read`;
  const minutes = Math.max(1, Math.round(played.durationInSeconds / 60));
  return `${minutes} min ${played.mimeType.startsWith('audio/') ? 'listen' : 'watch'}`;
}
