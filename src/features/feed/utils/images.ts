import { inertMarkup } from '../../../lib/inert-html';
import type { Article } from '../api/types';

/** Every picture the article view shows: its image, banner and the images in its content. */
export function imagesOf(article: Article): string[] {
  const urls = [article.image, article.bannerImage];
  if (article.contentHtml) {
    const doc = new DOMParser().parseFromString(inertMarkup(article.contentHtml), 'text/html');
    for (const img of doc.images) {
      const src = img.getAttribute('src');
      if (!src) continue;
      try {
        urls.push(new URL(src, article.contentBase ?? article.url ?? location.href).href);
      } catch {
        // An unreadable src is simply not saved.
      }
    }
  }
  return [...new Set(urls.filter((url): url is string => Boolean(url?.startsWith('http'))))];
}
