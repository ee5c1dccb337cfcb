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

/**
 * "3 min read", or for a podcast's episode or a video "42 min listen" / "10 min watch" where the
 * feed gives its length and "Audio" / "Video" where it does not: its text is not what takes time.
 */
function howLong({ attachments, readingMinutes }: Article): string {
  const played = attachments.find((attachment) => /^(audio|video)\//.test(attachment.mimeType));
  if (!played) return `${readingMinutes} min read`;
  const audio = played.mimeType.startsWith('audio/');
  const seconds = played.durationInSeconds;
  if (!seconds) return audio ? 'Audio' : 'Video';
  return `${Math.max(1, Math.round(seconds / 60))} min ${audio ? 'listen' : 'watch'}`;
}
