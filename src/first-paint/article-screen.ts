import { withFeed } from '../config/paths';
import { textDirection } from '../lib/direction';
import { sanitizeHtml } from '../lib/sanitize';
import type { Article, FeedPage } from '../features/feed/api/types';
import { sourceLinksOf } from '../features/feed/utils/source-links';
import { button, byline, el, siteScreen, tagLinks } from './screen-parts';

/**
 * An article's page (`/articles/…?feed=`) as the app draws it (ArticleView, article-view.tsx,
 * with the article page's actions), written with the DOM alone before the app's code has
 * arrived: the feed's header, the article's title, byline, tags and actions, its text through
 * the app's own sanitiser, and its source links. Only an article of HTML text with no picture
 * of its own and nothing to play is drawn: those the app alone lays out (whether the text
 * already shows the picture, players, chapters).
 */
export function drawable(article: Article): boolean {
  return Boolean(
    article.contentHtml &&
    !article.image &&
    !article.bannerImage &&
    !article.originalDate &&
    article.attachments.length === 0 &&
    article.people === undefined,
  );
}

function sourceLinks(article: Article): HTMLElement | false {
  const links = sourceLinksOf(article);
  return (
    links.length > 0 &&
    el(
      'ul',
      { class: 'source-links' },
      ...links.map(({ href, label }) =>
        el(
          'li',
          {},
          el(
            'a',
            { href, target: '_blank', rel: 'noopener noreferrer' },
            label,
            el('span', { class: 'visually-hidden' }, ' (opens in a new tab)'),
          ),
        ),
      ),
    )
  );
}

export function articleScreen(page: FeedPage, article: Article, feedParam: string): Node[] {
  const on = (path: string) => withFeed(path, feedParam);
  const body = el('div', { class: 'article-body' });
  body.innerHTML = sanitizeHtml(article.contentHtml ?? '', article.contentBase ?? article.url);
  body.setAttribute('dir', textDirection(article.language, body.innerHTML));
  return siteScreen(
    page,
    feedParam,
    el(
      'article',
      { class: 'article', lang: article.language },
      el(
        'header',
        { class: 'article-header' },
        el(
          'h1',
          {
            class: 'article-title',
            dir: textDirection(article.language, article.title),
            tabindex: '-1',
          },
          article.title,
        ),
        byline(article, 'long'),
        tagLinks(article, on),
        // Opening the article marks it read: the app's toggle then offers to take that back.
        el(
          'div',
          { class: 'article-actions' },
          el('div', { class: 'save-offline' }, button('Save for offline')),
          el(
            'button',
            { type: 'button', class: 'button read-toggle', 'aria-disabled': 'true' },
            el('span', {}, 'Mark as unread'),
            el('span', { 'aria-hidden': 'true' }, 'Mark as read'),
          ),
          el(
            'div',
            { class: 'share-buttons' },
            el('span', { class: 'copy-link' }, button('Copy link', 'button button-small')),
          ),
        ),
      ),
      body,
      sourceLinks(article),
    ),
  );
}
