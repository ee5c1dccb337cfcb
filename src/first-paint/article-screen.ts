import { withFeed } from '../config/paths';
import { textDirection } from '../lib/direction';
import { sanitizeHtml } from '../lib/sanitize';
import type { Article, FeedPage } from '../features/feed/api/types';
import { leadPicture, shownText } from '../features/feed/utils/lead-picture';
import { sourceLinksOf } from '../features/feed/utils/source-links';
import { button, byline, el, pictureBox, siteScreen, tagLinks } from './screen-parts';

/**
 * An article's page (`/articles/…?feed=`) as the app draws it (ArticleView, article-view.tsx,
 * with the article page's actions), written with the DOM alone before the app's code has
 * arrived: the feed's header, the article's title, byline, tags and actions, the picture it
 * shows above its text, its text through the app's own sanitiser, and its source links. Only an
 * article of HTML text with nothing to play is drawn: players and chapters the app alone lays
 * out.
 */
export function drawable(article: Article): boolean {
  return Boolean(
    article.contentHtml &&
    !article.originalDate &&
    article.attachments.length === 0 &&
    article.people === undefined,
  );
}

/**
 * The picture above the text, as ArticleView shows it: asked for at once and shown as soon as it
 * arrives (on a slow network most often the page's largest paint), fitted to its box as the app
 * fits it; one that cannot be had leaves its box empty, without its credit.
 */
function figure(article: Article): HTMLElement | false {
  const picture = leadPicture(article);
  if (!picture) return false;
  const credit =
    !article.bannerImage &&
    article.imageCredit &&
    el('figcaption', { class: 'article-credit muted', dir: 'auto' }, article.imageCredit);
  const attributes = {
    class: 'article-image',
    alt: (!article.bannerImage && article.imageAlt) || '',
    width: '1200',
    height: '675',
  };
  const image = pictureBox('article', attributes, picture, () => {
    if (credit) credit.remove();
  });
  return el('figure', { class: 'article-figure' }, image, credit);
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

/** The article's page; undefined where nothing of its text is left to show once sanitised. */
export function articleScreen(
  page: FeedPage,
  article: Article,
  feedParam: string,
): Node[] | undefined {
  const on = (path: string) => withFeed(path, feedParam);
  const body = el('div', { class: 'article-body' });
  const { contentHtml, contentBase, url } = shownText(article);
  // A text that was a counting pixel alone (FeedBurner's): the app shows what else the item says.
  const html = sanitizeHtml(contentHtml ?? '', contentBase ?? url);
  if (!html) return undefined;
  body.innerHTML = html;
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
      figure(article),
      body,
      sourceLinks(article),
    ),
  );
}
