import { useCallback, useMemo } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { linkedPictureName, readySanitiser, sanitizeHtml } from '../../../lib/sanitize';
import { textDirection } from '../../../lib/direction';
import type { Article } from '../api/types';

// As the article's page loads its code: before its first article is shown.
readySanitiser();

/**
 * The article's text: sanitised HTML, or plain text split into paragraphs, its line breaks
 * kept (but where its source was wrapped at a width) and its web addresses linked; for an item
 * that gives only a summary (a JSON Feed's `summary` alone), that.
 */
export function ArticleBody({
  article,
  linkWithin,
}: {
  article: Article;
  /** The app's address for a link's (absolute) address, where it is another article here. */
  linkWithin?: (href: string) => string | undefined;
}) {
  const base = article.contentBase ?? article.url;
  const html = useMemo(
    () => (article.contentHtml ? sanitizeHtml(article.contentHtml, base) : undefined),
    [article.contentHtml, base],
  );
  const navigate = useNavigate();
  const withLinks = useCallback(
    (body: HTMLElement | null) => {
      if (body && linkWithin) linkArticlesWithin(body, linkWithin);
      return replaceFailedPictures(body);
    },
    // The text is new DOM for each new HTML: its links are looked at again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [linkWithin, html],
  );
  const text = article.contentText || article.summary;
  const dir = useMemo(
    () => textDirection(article.language, html ?? text),
    [article.language, html, text],
  );
  if (html) {
    return (
      <div
        className="article-body"
        dir={dir}
        ref={withLinks}
        onClick={(event) => followWithin(event, navigate)}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    );
  }
  if (!text) return null;
  return (
    <div className="article-body article-text" dir={dir}>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => unwrapped(paragraph.trim()))
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>
            <LinkedText text={paragraph} />
          </p>
        ))}
    </div>
  );
}

/** Lines shorter than this are a writer's, whatever their shape. */
const WRAP_WIDTH_AT_LEAST = 50;

/**
 * A paragraph of plain text wrapped at a width, as arXiv's abstracts and mail are (at 76 or
 * so), as one line: the browser wraps it to the column. Known by its shape: on every line but
 * the last, the next line's first word would not have fitted. A poem's, an address's or a
 * list's lines, where it would have, stay as written.
 */
function unwrapped(paragraph: string): string {
  const lines = paragraph.split('\n').map((line) => line.trim());
  const width = Math.max(...lines.map((line) => line.length));
  if (lines.length < 2 || width < WRAP_WIDTH_AT_LEAST) return paragraph;
  const wrapped = lines.slice(0, -1).every((line, index) => {
    const next = lines[index + 1]?.split(/\s/)[0] ?? '';
    return next !== '' && line.length + 1 + next.length > width;
  });
  return wrapped ? lines.join(' ') : paragraph;
}

/**
 * A link in the text to another article of the same feed (a series' earlier part, "see also")
 * opens that article here, as the feed's own list does, not the publisher's page in a new tab.
 */
function linkArticlesWithin(body: HTMLElement, linkWithin: (href: string) => string | undefined) {
  for (const link of body.querySelectorAll<HTMLAnchorElement>('a[target]')) {
    const to = linkWithin(link.href);
    if (!to) continue;
    link.setAttribute('href', to);
    link.removeAttribute('target');
    link.removeAttribute('rel');
    link.dataset.within = '';
  }
}

/** A plain click on such a link is the router's; one for a new tab or window, the browser's. */
function followWithin(event: MouseEvent, navigate: (to: string) => unknown) {
  const link = event.target instanceof Element ? event.target.closest('a[data-within]') : null;
  const { button, metaKey, ctrlKey, shiftKey, altKey } = event;
  if (!link || event.defaultPrevented || button !== 0 || metaKey || ctrlKey || shiftKey || altKey) {
    return;
  }
  event.preventDefault();
  void navigate(link.getAttribute('href') ?? '');
}

/** Descriptions that say only that there was a picture ("image", as O Liberal's and Discourse's). */
const NO_DESCRIPTION = /^(?:image|img|picture|photo|foto|imagen|imagem|immagine|bild|grafik)$/i;

/**
 * A picture in the text that cannot be had (a site gone, a file moved, a host that refuses other
 * sites) gives way to its description, or to nothing, rather than the browser's broken-picture
 * mark; the only thing a link holds, to where the link goes, so that the link keeps a name.
 * For a `ref`: the text is new DOM on each render of new HTML, and no picture has answered
 * before the ref runs. A failure does not bubble, so the text listens for it on the way down.
 */
function replaceFailedPictures(body: HTMLElement | null) {
  if (!body) return;
  const failed = (event: Event) => {
    const picture = event.target;
    if (!(picture instanceof HTMLImageElement)) return;
    const alt = picture.alt.trim();
    const description = alt && !NO_DESCRIPTION.test(alt) ? alt : linkedPictureName(picture);
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
