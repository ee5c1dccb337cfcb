import { paths, withFeed } from '../config/paths';
import { textDirection } from '../lib/direction';
import { entryKeyOf } from '../components/entry-elements';
import type { Article, ArticleOrigin, FeedPage } from '../features/feed/api/types';
import { listedExcerpt } from '../features/feed/utils/listed-excerpt';
import { groupByDay, sortNewestFirst } from '../features/feed/utils/group-by-day';
import { withoutSharedPictures } from '../features/feed/utils/shared-pictures';
import { button, byline, el, link, pictureBox, siteScreen, tagLinks } from './screen-parts';

/**
 * A list's page as the app draws it at first (a feed's, src/app/routes/feed-page.tsx, or the
 * river of the reader's own feeds, src/app/river/river-page.tsx: its header, days and entries),
 * written with the DOM alone: the screen public/boot.js shows from
 * the feed before the app's code has arrived, which the app then draws over. Only what the feed
 * says is shown, never a count or state the app would have to look up.
 */

/** As many entries as the app draws first (FIRST_DRAWN, entry-list.tsx): a screen and more. */
const DRAWN = 8;
/** The entries whose picture may be the first one (LEADING_ENTRIES, use-entry-pictures.ts). */
const LEADING_ENTRIES = 2;

/** Entries drawn so far: each one's heading has an id of its own. */
let entries = 0;

/** An entry of a list of several feeds: the feed it comes from (EntryFeed, entry-feed.tsx). */
function entryFeed({ feedUrl, title, icon }: ArticleOrigin) {
  return el(
    'p',
    { class: 'entry-feed' },
    icon !== undefined &&
      el('img', {
        class: 'entry-feed-icon',
        src: icon,
        alt: '',
        width: '16',
        height: '16',
        loading: 'lazy',
        decoding: 'async',
      }),
    el('a', { href: paths.feed(feedUrl), dir: 'auto' }, title),
  );
}

/**
 * An entry's picture box. The list's first picture (`src`) is asked for at once and shown as
 * soon as it arrives, fitted to its box as the app fits it: on a slow network it is most often
 * the page's largest paint, and the app's code may still be on its way. The other boxes stay
 * empty until the app asks for their pictures, after the first (use-entry-pictures.ts). A
 * picture a service serves in other sizes is asked for in its box's (picture-renditions.ts),
 * and as the feed names it if that copy fails.
 */
function picture(src: string | undefined): HTMLImageElement {
  return pictureBox('entry', { class: 'entry-image', alt: '', width: '1200', height: '675' }, src);
}

/**
 * One entry as ArticleEntry (article-entry.tsx) draws it; `on` makes the page's own paths, and
 * `first` says it holds the list's first picture.
 */
function entry(article: Article, on: (path: string) => string, first: boolean) {
  const excerpt = listedExcerpt(article);
  const headingId = `drawn-entry-${++entries}`;
  const { origin } = article;
  return el(
    'article',
    {
      class: 'entry',
      lang: article.language,
      'aria-labelledby': headingId,
      'data-entry': entryKeyOf(article),
    },
    article.image !== undefined && picture(first ? article.image : undefined),
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
        link(
          // In a list of several feeds, each article links with its own feed.
          origin
            ? withFeed(paths.article(article.id), origin.feedParam)
            : on(paths.article(article.id)),
          article.title,
        ),
      ),
      origin && entryFeed(origin),
      byline(article, 'time'),
      excerpt &&
        el('p', { class: 'excerpt', dir: textDirection(article.language, excerpt) }, excerpt),
      tagLinks(article, on),
      // The count the app shows here depends on the reader's own comments: its line is kept.
      el('p', { class: 'comment-count', 'aria-hidden': 'true' }, '\u00a0'),
    ),
  );
}

/**
 * A list's first entries under their days, newest first, as EntryList (entry-list.tsx) draws
 * them first; the first picture among them asked for at once.
 */
function entryDays(list: Article[], on: (path: string) => string): HTMLElement {
  const articles = sortNewestFirst(withoutSharedPictures(list));
  const firstPicture = articles.slice(0, LEADING_ENTRIES).find((article) => article.image);
  const days = groupByDay(articles.slice(0, DRAWN)).map((day) =>
    el(
      'section',
      { class: 'day', 'aria-labelledby': `day-${day.key}`, 'data-day': day.key },
      el(
        'h2',
        { id: `day-${day.key}`, class: 'day-heading' },
        day.date ? el('time', { datetime: day.date }, day.label) : day.label,
      ),
      ...day.articles.map((article) => entry(article, on, article === firstPicture)),
    ),
  );
  return el('div', { class: 'article-list' }, ...days);
}

/** The reading tools above a list: "Unread only" and "Mark all as read", and what follows. */
function readingTools(...more: HTMLElement[]): HTMLElement {
  return el(
    'div',
    { class: 'reading-tools' },
    el(
      'label',
      { class: 'unread-only' },
      el('input', { type: 'checkbox', 'aria-disabled': 'true' }),
      ' Unread only',
    ),
    el('div', { class: 'mark-all-read' }, button('Mark all as read', 'button button-small')),
    ...more,
  );
}

/**
 * The first screen of the feed's page: its header, the page's head, and its newest entries
 * under their days. `feedParam` is the address's `?feed=`, carried on every link.
 */
export function listScreen(page: FeedPage, feedParam: string, subscribed: boolean): Node[] {
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
    readingTools(),
    entryDays(page.articles, (path) => withFeed(path, feedParam)),
  );
}

/**
 * The first screen of the front page or a folder's page of the reader's own feeds: the app's
 * header, the page's head (`heading`), and the newest of `articles`, each naming its feed.
 */
export function riverScreen(articles: Article[], heading: string): Node[] {
  return siteScreen(
    undefined,
    null,
    el(
      'div',
      { class: 'page-head' },
      el('h1', { class: 'page-title', dir: 'auto', tabindex: '-1' }, heading),
      el('div', { class: 'save-latest' }, button('Save the latest 20')),
    ),
    readingTools(el('div', { class: 'refresh' }, button('Refresh', 'button button-small'))),
    entryDays(articles, (path) => path),
  );
}
