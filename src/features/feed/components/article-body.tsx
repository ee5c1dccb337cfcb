import { useMemo } from 'react';
import { sanitizeHtml } from '../../../lib/sanitize';
import type { Article } from '../api/types';

/** The article's text: sanitised HTML, or plain text split into paragraphs. */
export function ArticleBody({ article }: { article: Article }) {
  const base = article.contentBase ?? article.url;
  const html = useMemo(
    () => (article.contentHtml ? sanitizeHtml(article.contentHtml, base) : undefined),
    [article.contentHtml, base],
  );
  if (html) {
    return <div className="article-body" dir="auto" dangerouslySetInnerHTML={{ __html: html }} />;
  }
  if (!article.contentText) return null;
  return (
    <div className="article-body" dir="auto">
      {article.contentText
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </div>
  );
}
