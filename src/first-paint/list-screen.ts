import { paths, withFeed } from '../config/paths';
import { textDirection } from '../lib/direction';
import type { Article, FeedPage } from '../features/feed/api/types';
import { groupByDay, sortNewestFirst } from '../features/feed/utils/group-by-day';
import { withoutSharedPictures } from '../features/feed/utils/shared-pictures';
import { button, byline, el, link, siteScreen, tagLinks } from './screen-parts';

/**
 * A feed's page (`/?feed=`) as the app draws it at first (src/app/routes/feed-page.tsx, its
 * header, days and entries), written with the DOM alone: the screen public/boot.js shows from
 * the feed before the app's code has arrived, which the app then draws over. Only what the feed
 * says is shown, never a count or state the app would have to look up.
 */

/** As many entries as the app draws first (FIRST_DRAWN, entry-list.tsx): a screen and more. */
const DRAWN = 8;
/** The entries whose picture may be the first one (LEADING_ENTRIES, use-entry-pictures.ts). */
const LEADING_ENTRIES = 2;

function entry(article: Article, feedParam: string) {
  const excerpt = article.excerpt ?? article.summary;
  const headingId = `drawn-${encodeURIComponent(article.id)}`;
  return el(
    'article',
    {
      class: 'entry',
      lang: article.language,
      'aria-labelledby': headingId,
      'data-entry': article.id,
    },
    // The picture's box, without the picture: how it is fitted in it is the app's to decide
    // (picture-fit.ts), the first one asked for at once (a preload) so that it is in by then.
    article.image !== undefined &&
      el('img', { class: 'entry-image', alt: '', width: '1200', height: '675' }),
    el(
      'div',
      { class: 'entry-text' },
      el(
        'h3',
        {
          class: 'entry-title',
          id: headingId,
          dir: textDirection(article.language, article.title),
        },
        link(withFeed(paths.article(article.id), feedParam), article.title),
      ),
      byline(article, 'time'),
      excerpt &&
        excerpt !== article.title &&
        el('p', { class: 'excerpt', dir: textDirection(article.language, excerpt) }, excerpt),
      tagLinks(article, (path) => withFeed(path, feedParam)),
      // The count the app shows here depends on the reader's own comments: its line is kept.
      el('p', { class: 'comment-count', 'aria-hidden': 'true' }, '\u00a0'),
    ),
  );
}

/**
 * The first screen of the feed's page: its header, the page's head, and its newest entries
 * under their days. `feedParam` is the address's `?feed=`, carried on every link.
 */
export function listScreen(page: FeedPage, feedParam: string, subscribed: boolean): Node[] {
  const articles = sortNewestFirst(withoutSharedPictures(page.articles));
  const firstPicture = articles.slice(0, LEADING_ENTRIES).find((article) => article.image);
  if (firstPicture?.image) {
    const preload = el('link', {
      rel: 'preload',
      as: 'image',
      href: firstPicture.image,
      fetchpriority: 'high',
    });
    document.head.append(preload);
  }
  const days = groupByDay(articles.slice(0, DRAWN)).map((day) =>
    el(
      'section',
      { class: 'day', 'aria-labelledby': `day-${day.key}`, 'data-day': day.key },
      el(
        'h2',
        { id: `day-${day.key}`, class: 'day-heading' },
        day.date ? el('time', { datetime: day.date }, day.label) : day.label,
      ),
      ...day.articles.map((article) => entry(article, feedParam)),
    ),
  );
  return siteScreen(
    page,
    feedParam,
    el(
      'div',
      { class: 'page-head' },
      el('h1', { class: 'page-title', dir: 'auto', tabindex: '-1' }, 'Latest news'),
      el(
        'div',
        { class: 'subscribe-state' },
        el('span', {}, subscribed ? 'Subscribed. ' : ''),
        subscribed ? link('/subscriptions', 'Manage subscriptions') : button('Subscribe'),
      ),
      el('div', { class: 'save-latest' }, button('Save the latest 20')),
    ),
    el(
      'div',
      { class: 'reading-tools' },
      el(
        'label',
        { class: 'unread-only' },
        el('input', { type: 'checkbox', 'aria-disabled': 'true' }),
        ' Unread only',
      ),
      el('div', { class: 'mark-all-read' }, button('Mark all as read', 'button button-small')),
    ),
    el('div', { class: 'article-list' }, ...days),
  );
}
