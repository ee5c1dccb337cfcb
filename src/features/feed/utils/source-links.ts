import { hostOf } from '../../../lib/http';
import type { Article } from '../api/types';

/** The pages an article leads to at its source: the page it links to, and its own post. */
export function sourceLinksOf(article: Article): { href: string; label: string }[] {
  const links: { href: string; label: string }[] = [];
  if (article.externalUrl) {
    links.push({
      href: article.externalUrl,
      label: `Linked page at ${hostOf(article.externalUrl)}`,
    });
  }
  if (article.url && article.url !== article.externalUrl) {
    links.push({ href: article.url, label: 'Original post' });
  }
  return links;
}
