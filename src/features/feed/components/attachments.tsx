import { decodeComponent, overHttps, parseUrl } from '../../../lib/safe';
import type { Attachment } from '../api/types';

/**
 * Podcast episodes, a post's pictures and other enclosures: audio and video play inline,
 * pictures show (described where the feed describes them), the rest are links. Recordings that
 * share a title are one recording in several formats or places, as JSON Feed defines them (a
 * podcast's MP3 and AAC, or its file on two hosts): one player, which plays the first it can,
 * and a download link for each.
 */
export function Attachments({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <section className="attachments" aria-label="Attachments">
      {alternatesOf(attachments).map(({ first, others, index }) => {
        // Two attachments may share a URL; the position tells them apart.
        const key = `${index} ${first.url}`;
        const label = first.title ?? fileName(first.url);
        const kind = kindOf(first);
        if (kind === 'audio') {
          return (
            <figure key={key}>
              <Player kind={kind} files={[first, ...others]} label={label} />
              <figcaption>
                <a href={first.url}>Download {label}</a>
                {others.map((other) => (
                  <span key={other.url}>
                    {' · '}
                    <a href={other.url}>
                      Download {label} ({alternateName(other, first)})
                    </a>
                  </span>
                ))}
              </figcaption>
            </figure>
          );
        }
        if (kind === 'video') {
          return (
            <figure key={key}>
              <Player kind={kind} files={[first, ...others]} label={label} />
              <figcaption>{label}</figcaption>
            </figure>
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
    </section>
  );
}

/** A recording's player: its one file as the source, or its alternates, the first it can play. */
function Player({
  kind,
  files,
  label,
}: {
  kind: 'audio' | 'video';
  files: readonly Attachment[];
  label: string;
}) {
  const Media = kind;
  const [only, ...more] = files;
  if (only && more.length === 0) {
    return <Media controls preload="none" src={overHttps(only.url)} aria-label={label} />;
  }
  return (
    <Media controls preload="none" aria-label={label}>
      {files.map((file) => (
        <source key={file.url} src={overHttps(file.url)} type={file.mimeType} />
      ))}
    </Media>
  );
}

/** Audio or video: what plays; undefined for pictures and files. */
function kindOf(attachment: Attachment): 'audio' | 'video' | undefined {
  const [type] = attachment.mimeType.split('/');
  return type === 'audio' || type === 'video' ? type : undefined;
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
