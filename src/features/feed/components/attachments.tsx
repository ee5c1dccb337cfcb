import type { Attachment } from '../api/types';

/** Podcast episodes and other enclosures: audio and video play inline, the rest are links. */
export function Attachments({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <section className="attachments" aria-label="Attachments">
      {attachments.map((attachment) => {
        const label = attachment.title ?? fileName(attachment.url);
        if (attachment.mimeType.startsWith('audio/')) {
          return (
            <figure key={attachment.url}>
              <audio controls preload="none" src={attachment.url} aria-label={label} />
              <figcaption>
                <a href={attachment.url}>Download {label}</a>
              </figcaption>
            </figure>
          );
        }
        if (attachment.mimeType.startsWith('video/')) {
          return (
            <figure key={attachment.url}>
              <video controls preload="none" src={attachment.url} aria-label={label} />
              <figcaption>{label}</figcaption>
            </figure>
          );
        }
        return (
          <p key={attachment.url}>
            <a href={attachment.url}>{label}</a>
          </p>
        );
      })}
    </section>
  );
}

function fileName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
}
