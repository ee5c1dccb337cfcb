import { Time } from '../../../components/time';
import { hasTimeOfDay, localDayKey } from '../../../lib/dates';
import type { Article } from '../api/types';
import { AuthorNames } from './author-names';

/**
 * "Ana Ruiz · 9:30 AM · 3 min read": who, when (and when updated, on the article page), which
 * episode of a podcast it is ("Season 2, episode 7"), and how long to read (to listen to a podcast's episode, to watch a video), for list entries and the
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
  const length = howLong(article);
  const updated = showUpdated && article.modified && laterDay(article.modified, article.published);
  // A list's entry shows its time (its day heads the group): none for a day with no time.
  const when =
    article.published && (format === 'long' || hasTimeOfDay(article.published))
      ? article.published
      : undefined;
  return (
    <p className={className}>
      <AuthorNames authors={article.authors} />
      {named && when && ' · '}
      {when && <Time iso={when} format={format} />}
      {updated && article.modified && (
        <>
          {' · Updated '}
          <Time iso={article.modified} format={format} />
        </>
      )}
      {(named || when) && article.episode && ' · '}
      {article.episode}
      {(named || when || article.episode) && length && ' · '}
      {length}
    </p>
  );
}

/**
 * Whether an update is worth a reader's notice: on a later day than the article was published
 * (the page shows days; a fix of a typo minutes after, as heise's are, is no update to them).
 */
function laterDay(modified: string, published: string | undefined): boolean {
  return !published || (modified > published && localDayKey(modified) !== localDayKey(published));
}

/**
 * "3 min read", or for a podcast's episode or a video "42 min listen" / "10 min watch" where the
 * feed gives its length and "Audio" / "Video" where it does not: its text is not what takes time.
 * Nothing for an item with nothing to read, play or watch (a title alone).
 */
function howLong({ attachments, readingMinutes }: Article): string {
  const played = attachments.find((attachment) => /^(audio|video)\//.test(attachment.mimeType));
  // Kept on one line: "2 min" and "read" apart read as two things.
  if (!played) return readingMinutes > 0 ? `${readingMinutes}\u00a0min\u00a0read` : '';
  const audio = played.mimeType.startsWith('audio/');
  const seconds = played.durationInSeconds;
  if (!seconds) return audio ? 'Audio' : 'Video';
  return `${Math.max(1, Math.round(seconds / 60))}\u00a0min\u00a0${audio ? 'listen' : 'watch'}`;
}
