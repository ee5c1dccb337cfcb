import { paths, withFeed } from '../config/paths';
import { formatDateTime, formatTime, hasTimeOfDay } from '../lib/dates';
import { textDirection } from '../lib/direction';
import { hostOf } from '../lib/http';
import { nameList } from '../lib/name-list';
import type { Article, FeedPage } from '../features/feed/api/types';
import { groupByDay, sortNewestFirst } from '../features/feed/utils/group-by-day';
import { withoutSharedPictures } from '../features/feed/utils/shared-pictures';

/**
 * A feed's page (`/?feed=`) as the app draws it at first (src/app/routes/feed-page.tsx, its
 * header, days and entries), written with the DOM alone: the screen public/boot.js shows from
 * the feed before the app's code has arrived, which the app then draws over. Nothing on it
 * works until then: buttons say aria-disabled, as on a kept screen (src/app/first-screen.ts).
 * Only what the feed says is shown, never a count or state the app would have to look up.
 */

/** As many entries as the app draws first (FIRST_DRAWN, entry-list.tsx): a screen and more. */
const DRAWN = 8;
/** The entries whose picture may be the first one (LEADING_ENTRIES, use-entry-pictures.ts). */
const LEADING_ENTRIES = 2;

type Child = Node | string | false | undefined;

function el(tag: string, attributes: Record<string, string | undefined>, ...children: Child[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child) element.append(child);
  }
  return element;
}

function button(text: string, className = 'button') {
  return el('button', { type: 'button', class: className, 'aria-disabled': 'true' }, text);
}

function link(href: string, text: string) {
  return el('a', { href }, text);
}

/** The site's header: the feed's masthead, search, display settings and the navigation. */
function header(page: FeedPage, feedParam: string): HTMLElement {
  const { feed } = page;
  const description =
    feed.description?.toLocaleLowerCase() === feed.title.toLocaleLowerCase()
      ? undefined
      : feed.description;
  const length = feed.title.length > 36 ? 'longer' : feed.title.length > 20 ? 'long' : undefined;
  const site = feed.homePageUrl;
  const on = (path: string) => withFeed(path, feedParam);
  return el(
    'header',
    { class: 'site-header' },
    el(
      'div',
      { class: 'masthead', lang: feed.language },
      el(
        'p',
        {
          class: 'masthead-title',
          dir: textDirection(feed.language, feed.title),
          'data-length': length,
        },
        link(on(paths.home()), feed.title),
      ),
      el(
        'p',
        { class: 'masthead-description', dir: textDirection(feed.language, description) },
        el('span', {}, description ?? ''),
      ),
      el(
        'p',
        { class: 'masthead-site' },
        site !== undefined &&
          el(
            'a',
            { href: site, rel: 'noopener noreferrer', target: '_blank' },
            `Visit ${hostOf(site) ?? site}`,
            el('span', { class: 'visually-hidden' }, ' (opens in a new tab)'),
          ),
      ),
    ),
    el(
      'div',
      { class: 'header-tools' },
      el(
        'form',
        { role: 'search', 'aria-label': 'Search', class: 'search-box' },
        el('label', { for: 'drawn-search', class: 'visually-hidden' }, 'Search'),
        el('input', {
          id: 'drawn-search',
          type: 'search',
          name: 'q',
          class: 'search-input',
          placeholder: 'Search articles',
          readonly: '',
          'aria-disabled': 'true',
        }),
        el(
          'button',
          { type: 'submit', class: 'button search-button', 'aria-disabled': 'true' },
          'Search',
        ),
      ),
      el(
        'div',
        { class: 'quick-settings' },
        el(
          'button',
          {
            type: 'button',
            class: 'button button-small',
            'aria-expanded': 'false',
            'aria-disabled': 'true',
          },
          'Display settings',
        ),
      ),
    ),
    el(
      'nav',
      { class: 'site-nav', 'aria-label': 'Main' },
      link(paths.home(), 'Front page'),
      link('/subscriptions', 'Subscriptions'),
      link(on('/archive'), 'Archive'),
      link(on(paths.saved()), 'Saved'),
      link(on('/settings'), 'Settings'),
    ),
  );
}

/** "manton", "Ana Ruiz and Tomas Berg": as AuthorNames (author-names.tsx) writes them. */
function authorNames(article: Article): HTMLElement | undefined {
  const named = article.authors.filter((author) => author.name);
  if (named.length === 0) return undefined;
  let index = 0;
  const parts = nameList()
    .formatToParts(named.map((author) => author.name ?? ''))
    .map((part) => {
      if (part.type === 'literal') return el('span', {}, part.value);
      const author = named[index++];
      return author?.url
        ? el(
            'a',
            { href: author.url, rel: 'noopener noreferrer', target: '_blank', dir: 'auto' },
            part.value,
          )
        : el('span', { class: 'author', dir: 'auto' }, part.value);
    });
  return el('span', { class: 'authors' }, ...parts);
}

/** The entry's byline as Byline (byline.tsx) writes it in a list: names · time · length. */
function byline(article: Article): HTMLElement {
  const names = authorNames(article);
  const when = article.published && hasTimeOfDay(article.published) ? article.published : '';
  const played = article.attachments.find((each) => /^(audio|video)\//.test(each.mimeType));
  const seconds = played?.durationInSeconds;
  const audio = played?.mimeType.startsWith('audio/');
  const length = !played
    ? article.readingMinutes > 0
      ? `${article.readingMinutes}\u00a0min\u00a0read`
      : ''
    : seconds
      ? `${Math.max(1, Math.round(seconds / 60))}\u00a0min\u00a0${audio ? 'listen' : 'watch'}`
      : audio
        ? 'Audio'
        : 'Video';
  return el(
    'p',
    { class: 'meta' },
    names,
    names && when && ' · ',
    when && el('time', { datetime: when, title: formatDateTime(when) }, formatTime(when)),
    (names || when) && article.episode && ' · ',
    article.episode,
    (names || when || article.episode) && length && ' · ',
    length,
  );
}

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
      byline(article),
      excerpt &&
        excerpt !== article.title &&
        el('p', { class: 'excerpt', dir: textDirection(article.language, excerpt) }, excerpt),
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
  return [
    el('a', { class: 'skip-link', href: '#main' }, 'Skip to content'),
    header(page, feedParam),
    el(
      'main',
      { id: 'main', class: 'site-main' },
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
    ),
    el(
      'footer',
      { class: 'site-footer' },
      el('p', {}, 'Broadsheet reads JSON Feed, RSS and Atom. Comments stay in this browser.'),
    ),
  ];
}
