import { useQuery } from '@tanstack/react-query';
import { Fragment, useCallback, useId, useMemo, useRef } from 'react';
import { decodeComponent, overHttps, parseUrl } from '../../../lib/safe';
import { chaptersQuery } from '../api/chapters-query';
import type { Attachment, Chapter, Soundbite } from '../api/types';
import { kindOf } from '../utils/episode-kind';
import { chaptersInNotes } from '../utils/note-chapters';

/**
 * Podcast episodes, a post's pictures and other enclosures: audio and video play inline,
 * pictures show (described where the feed describes them), the rest are links. Recordings that
 * share a title are one recording in several formats or places, as JSON Feed defines them (a
 * podcast's MP3 and AAC, or its file on two hosts): one player, which plays the first it can,
 * and a download link for each. An episode's chapters follow its first player, each one a button
 * that plays it from there: those the feed lists, else those of the document it names, read once
 * there is something to play, else those its show notes list as times ("00:00 Intro"). Its
 * highlights (soundbites) follow, each played from where it starts.
 */
export function Attachments({
  attachments,
  chapters,
  chaptersUrl,
  notes,
  episodeTitle,
  poster,
  soundbites,
}: {
  attachments: Attachment[];
  chapters?: readonly Chapter[];
  chaptersUrl?: string;
  /** The episode's show notes (HTML or text), whose outline of times may be its chapters. */
  notes?: string;
  /** What its player is called where the recording has no title of its own. */
  episodeTitle?: string;
  /** The picture a video episode's player shows before it plays (given for a video only). */
  poster?: string;
  soundbites?: readonly Soundbite[];
}) {
  const played = useRef<HTMLMediaElement>(null);
  const keepPlayed = useCallback((media: HTMLMediaElement | null) => {
    played.current = media;
  }, []);
  const playFrom = useCallback((start: number) => {
    const media = played.current;
    if (!media) return;
    media.currentTime = start;
    void media.play().catch(() => undefined);
  }, []);
  const groups = alternatesOf(attachments);
  const firstPlayed = groups.find(({ first }) => kindOf(first) !== undefined);
  const documentUrl = firstPlayed && !chapters?.length ? chaptersUrl : undefined;
  const chaptersDocument = useQuery(chaptersQuery(documentUrl));
  const published = chaptersDocument.data;
  const waiting = documentUrl !== undefined && chaptersDocument.isPending;
  const ownChapters = chapters?.length ? chapters : published?.length ? published : undefined;
  // The show notes are read only where neither the feed nor its document has chapters.
  const fromNotes = firstPlayed !== undefined && !waiting && ownChapters === undefined;
  const noted = useMemo(() => (fromNotes ? chaptersInNotes(notes) : []), [fromNotes, notes]);
  const listed = ownChapters ?? noted;
  const highlights = useMemo(() => soundbites?.map(highlight), [soundbites]);
  if (attachments.length === 0) return null;
  return (
    <section className="attachments" aria-label="Attachments">
      {groups.map(({ first, others, index }) => {
        // Two attachments may share a URL; the position tells them apart.
        const key = `${index} ${first.url}`;
        const label = first.title ?? fileName(first.url);
        const kind = kindOf(first);
        const episode = first === firstPlayed?.first;
        const ref = episode ? keepPlayed : undefined;
        // The episode's recording, untitled, is named for the episode, not "stream.mp3".
        const heard = first.title ?? ((episode && episodeTitle) || label);
        if (kind) {
          // An episode's video is captioned by its title, not its file's name.
          const named = kind === 'video' && episode && episodeTitle ? episodeTitle : label;
          return (
            <Fragment key={key}>
              <figure>
                <Player
                  kind={kind}
                  files={[first, ...others]}
                  label={heard}
                  poster={episode ? poster : undefined}
                  ref={ref}
                />
                <figcaption>
                  <a href={first.url}>
                    Download {named}
                    {first.variant && ` (${first.variant})`}
                  </a>
                  {others.map((other) => (
                    <span key={other.url}>
                      {' · '}
                      <a href={other.url}>
                        Download {named} ({alternateName(other, first)})
                      </a>
                    </span>
                  ))}
                </figcaption>
              </figure>
              {/* Outside the caption, which names the player's figure. */}
              {first.alternates && (
                <ul className="attachment-alternates" aria-label={`Other files of ${named}`}>
                  {first.alternates.map((other) => (
                    <li key={other.url}>
                      <a href={other.url}>Download {other.title}</a>
                    </li>
                  ))}
                </ul>
              )}
            </Fragment>
          );
        }
        if (first.mimeType.startsWith('image/')) {
          return (
            <figure key={key}>
              <img
                src={overHttps(first.url)}
                alt={first.title ?? ''}
                loading="lazy"
                decoding="async"
              />
            </figure>
          );
        }
        return (
          <p key={key}>
            <a href={first.url}>{label}</a>
          </p>
        );
      })}
      {firstPlayed && listed && listed.length > 0 && (
        <Chapters chapters={listed} playFrom={playFrom} />
      )}
      {firstPlayed && highlights && (
        <Chapters chapters={highlights} playFrom={playFrom} heading="Highlights" />
      )}
    </section>
  );
}

/** A highlight as a chapter of its own: "Why the namespace matters (1 min)". */
function highlight({ start, duration, title }: Soundbite): Chapter {
  const length = duration < 60 ? `${Math.round(duration)} s` : `${Math.round(duration / 60)} min`;
  return { start, title: `${title ?? 'Highlight'} (${length})` };
}

/** An episode's chapters: where each starts, which plays it from there, and its title. */
function Chapters({
  chapters,
  playFrom,
  heading = 'Chapters',
}: {
  chapters: readonly Chapter[];
  playFrom: (start: number) => void;
  heading?: string;
}) {
  const headingId = useId();

  return (
    <section className="chapters" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ol>
        {chapters.map((chapter, index) => (
          <li key={`${index} ${chapter.start}`}>
            <button
              type="button"
              className="button button-small chapter-start"
              aria-label={`Play from ${clockTime(chapter.start)}: ${chapter.title}`}
              onClick={() => playFrom(chapter.start)}
            >
              {clockTime(chapter.start)}
            </button>{' '}
            {chapter.url ? <a href={chapter.url}>{chapter.title}</a> : chapter.title}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "4:05", "1:02:03": a place in a recording, as players show it. */
function clockTime(seconds: number): string {
  const whole = Math.floor(seconds);
  const [hours, minutes, rest] = [
    Math.floor(whole / 3600),
    Math.floor(whole / 60) % 60,
    whole % 60,
  ];
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${minutes}:${two(rest)}`;
}

/** A recording's player: its one file as the source, or its alternates, the first it can play. */
function Player({
  kind,
  files,
  label,
  poster,
  ref,
}: {
  kind: 'audio' | 'video';
  files: readonly Attachment[];
  label: string;
  poster?: string;
  ref?: (media: HTMLMediaElement | null) => void;
}) {
  const Media = kind;
  const [only, ...more] = files;
  const shown = poster && overHttps(poster);
  if (only && more.length === 0) {
    return (
      <Media
        ref={ref}
        controls
        preload="none"
        poster={shown}
        src={overHttps(only.url)}
        aria-label={label}
      />
    );
  }
  return (
    <Media ref={ref} controls preload="none" poster={shown} aria-label={label}>
      {files.map((file) => (
        <source key={file.url} src={overHttps(file.url)} type={file.mimeType} />
      ))}
    </Media>
  );
}

/**
 * Each attachment once, with the recordings after it of the same kind that share its title. A
 * title-less one, a picture and a file stand alone: two pictures may share a caption.
 */
function alternatesOf(attachments: readonly Attachment[]) {
  const groups: { first: Attachment; others: Attachment[]; index: number }[] = [];
  attachments.forEach((attachment, index) => {
    const group = groups.find(
      ({ first }) =>
        first.title !== undefined &&
        first.title === attachment.title &&
        kindOf(first) !== undefined &&
        kindOf(first) === kindOf(attachment),
    );
    if (group) group.others.push(attachment);
    else groups.push({ first: attachment, others: [], index });
  });
  return groups;
}

/** What tells an alternate from the first: its host where that differs, else its file. */
function alternateName(other: Attachment, first: Attachment): string {
  const host = parseUrl(other.url)?.hostname;
  return host && host !== parseUrl(first.url)?.hostname ? host : fileName(other.url);
}

/** "50%off.pdf" for https://example.org/files/50%off.pdf: the last part of the path, readable. */
function fileName(url: string): string {
  return decodeComponent(parseUrl(url)?.pathname.split('/').pop() || url);
}
