import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { sanitizeHtml } from '../../../lib/sanitize';
import { textDirection } from '../../../lib/direction';
import type { Article } from '../api/types';

/**
 * The article's text: sanitised HTML, or plain text split into paragraphs, its line breaks
 * kept and its web addresses linked; for an item that gives only a summary (a JSON Feed's
 * `summary` alone), that.
 */
export function ArticleBody({ article }: { article: Article }) {
  const base = article.contentBase ?? article.url;
  const html = useMemo(
    () => (article.contentHtml ? sanitizeHtml(article.contentHtml, base) : undefined),
    [article.contentHtml, base],
  );
  const dir = textDirection(article.language);
  if (html) {
    return (
      <div
        className="article-body"
        dir={dir}
        ref={replaceFailedPictures}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    );
  }
  const text = article.contentText || article.summary;
  if (!text) return null;
  return (
    <div className="article-body article-text" dir={dir}>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>
            <LinkedText text={paragraph} />
          </p>
        ))}
    </div>
  );
}

/**
 * A picture in the text that cannot be had (a site gone, a file moved, a host that refuses other
 * sites) gives way to its description, or to nothing, rather than the browser's broken-picture
 * mark. For a `ref`: the text is new DOM on each render of new HTML, and no picture has answered
 * before the ref runs. A failure does not bubble, so the text listens for it on the way down.
 */
function replaceFailedPictures(body: HTMLElement | null) {
  if (!body) return;
  const failed = (event: Event) => {
    const picture = event.target;
    if (!(picture instanceof HTMLImageElement)) return;
    const description = picture.alt.trim();
    if (!description) {
      picture.remove();
      return;
    }
    const stand = document.createElement('span');
    stand.className = 'missing-picture';
    stand.textContent = description;
    picture.replaceWith(stand);
  };
  body.addEventListener('error', failed, true);
  return () => body.removeEventListener('error', failed, true);
}

/** A web address in plain text, without the punctuation that ends the sentence around it. */
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"]*[^\s<>".,;:!?'»)\]]/gi;

/** Plain text with its web addresses as links, as a reader of the text expects. */
function LinkedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    parts.push(text.slice(at, match.index));
    parts.push(
      <a key={match.index} href={match[0]}>
        {match[0]}
      </a>,
    );
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts;
}
