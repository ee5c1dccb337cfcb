import { decodeComponent, overHttps, parseUrl } from '../../../lib/safe';
import type { Attachment } from '../api/types';

/**
 * Podcast episodes, a post's pictures and other enclosures: audio and video play inline,
 * pictures show (described where the feed describes them), the rest are links.
 */
export function Attachments({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <section className="attachments" aria-label="Attachments">
      {attachments.map((attachment, index) => {
        // Two attachments may share a URL; the position tells them apart.
        const key = `${index} ${attachment.url}`;
        const label = attachment.title ?? fileName(attachment.url);
        if (attachment.mimeType.startsWith('audio/')) {
          return (
            <figure key={key}>
              <audio controls preload="none" src={overHttps(attachment.url)} aria-label={label} />
              <figcaption>
                <a href={attachment.url}>Download {label}</a>
              </figcaption>
            </figure>
          );
        }
        if (attachment.mimeType.startsWith('video/')) {
          return (
            <figure key={key}>
              <video controls preload="none" src={overHttps(attachment.url)} aria-label={label} />
              <figcaption>{label}</figcaption>
            </figure>
          );
        }
        if (attachment.mimeType.startsWith('image/')) {
          return (
            <figure key={key}>
              <img
                src={overHttps(attachment.url)}
                alt={attachment.title ?? ''}
                loading="lazy"
                decoding="async"
              />
            </figure>
          );
        }
        return (
          <p key={key}>
            <a href={attachment.url}>{label}</a>
          </p>
        );
      })}
    </section>
  );
}

/** "50%off.pdf" for https://example.org/files/50%off.pdf: the last part of the path, readable. */
function fileName(url: string): string {
  return decodeComponent(parseUrl(url)?.pathname.split('/').pop() || url);
}
