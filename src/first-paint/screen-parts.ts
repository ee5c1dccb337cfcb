import { paths, withFeed } from '../config/paths';
import {
  formatDateTime,
  formatLongDate,
  formatTime,
  hasTimeOfDay,
  localDayKey,
} from '../lib/dates';
import { textDirection } from '../lib/direction';
import { hostOf } from '../lib/http';
import { nameList } from '../lib/name-list';
import type { Article, FeedPage } from '../features/feed/api/types';
import { fitPicture } from '../features/feed/utils/fit-picture';
import {
  copiesFailed,
  pictureSizes,
  pictureSrcSet,
} from '../features/feed/utils/picture-renditions';

/**
 * The parts every screen drawn before the app shares, written with the DOM alone as the app's
 * components write them: the site's header and footer, bylines, tags. Nothing on them works
 * until the app has drawn over them: buttons say aria-disabled, as on a kept screen
 * (src/app/first-screen.ts).
 */

type Child = Node | string | false | undefined;

export function el<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string | undefined>,
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child) element.append(child);
  }
  return element;
}

/**
 * A picture's box as the app draws it (ArticleEntry's, ArticleView's), its picture `src` asked
 * for at once and fitted to the box as it arrives. A picture a service serves in other sizes is
 * asked for in its box's (picture-renditions.ts), and as the feed names it if that copy fails;
 * one that cannot be had leaves its box empty, not the browser's broken-picture mark, and then
 * `gone` runs.
 */
export function pictureBox(
  box: 'entry' | 'article',
  attributes: Record<string, string | undefined>,
  src: string | undefined,
  gone?: () => void,
  asNamed = false,
): HTMLImageElement {
  const copies = src && !asNamed ? pictureSrcSet(src) : undefined;
  const image = el('img', {
    ...attributes,
    fetchpriority: src && 'high',
    decoding: src && 'async',
    srcset: copies,
    sizes: copies && pictureSizes(box),
    src,
  });
  if (src) {
    image.onload = () => fitPicture(image);
    image.onerror = () => {
      if (copies) copiesFailed(src);
      image.replaceWith(pictureBox(box, attributes, copies && src, gone, true));
      if (!copies) gone?.();
    };
  }
  return image;
}

export function button(text: string, className = 'button') {
  return el('button', { type: 'button', class: className, 'aria-disabled': 'true' }, text);
}

export function link(href: string, text: string) {
  return el('a', { href }, text);
}

/** A feed's masthead, as FeedHeader (feed-header.tsx) writes it: title, description, site. */
function feedMasthead(page: FeedPage, feedParam: string | null): HTMLElement {
  const { feed } = page;
  const description =
    feed.description?.toLocaleLowerCase() === feed.title.toLocaleLowerCase()
      ? undefined
      : feed.description;
  const length = feed.title.length > 36 ? 'longer' : feed.title.length > 20 ? 'long' : undefined;
  const site = feed.homePageUrl;
  return el(
    'div',
    { class: 'masthead', lang: feed.language },
    el(
      'p',
      {
        class: 'masthead-title',
        dir: textDirection(feed.language, feed.title),
        'data-length': length,
      },
      link(withFeed(paths.home(), feedParam), feed.title),
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
  );
}

/** The masthead of the pages of every feed the reader follows (AppMasthead, root-layout.tsx). */
function appMasthead(): HTMLElement {
  return el(
    'div',
    { class: 'masthead app-masthead' },
    el('p', { class: 'masthead-title' }, link(paths.home(), 'Broadsheet')),
    el('p', { class: 'masthead-description' }, 'The news you follow, newest first.'),
    el('p', { class: 'masthead-site' }),
  );
}

/**
 * The site's header: a masthead, search, display settings and the navigation, whose links
 * carry `feedParam` where the page is one feed's.
 */
function siteHeader(masthead: HTMLElement, feedParam: string | null): HTMLElement {
  const on = (path: string) => withFeed(path, feedParam);
  return el(
    'header',
    { class: 'site-header' },
    masthead,
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

/**
 * The byline as Byline (byline.tsx) writes it: names · time · length in a list (`time`), names ·
 * date · "Updated" date · length on an article (`long`).
 */
export function byline(article: Article, format: 'time' | 'long'): HTMLElement {
  const names = authorNames(article);
  const long = format === 'long';
  const when =
    article.published && (long || hasTimeOfDay(article.published)) ? article.published : '';
  const updated =
    long &&
    article.modified &&
    (!article.published ||
      (article.modified > article.published &&
        localDayKey(article.modified) !== localDayKey(article.published)))
      ? article.modified
      : '';
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
  const time = (iso: string) =>
    el(
      'time',
      { datetime: iso, title: formatDateTime(iso) },
      long ? formatLongDate(iso) : formatTime(iso),
    );
  return el(
    'p',
    { class: long ? 'byline' : 'meta' },
    names,
    names && when && ' · ',
    when && time(when),
    updated && ' · Updated ',
    updated && time(updated),
    (names || when) && article.episode && ' · ',
    article.episode,
    (names || when || article.episode) && length && ' · ',
    length,
  );
}

/** The article's tags, each a link to its page, as TagLinks (tag-links.tsx) writes them. */
export function tagLinks(article: Article, on: (path: string) => string): HTMLElement | false {
  return (
    article.tags.length > 0 &&
    el(
      'ul',
      { class: 'tags', 'aria-label': 'Tags' },
      ...article.tags.map((tag) =>
        el('li', {}, el('a', { href: on(paths.tag(tag)), class: 'tag', dir: 'auto' }, tag)),
      ),
    )
  );
}

/**
 * A whole screen: the skip link, the site's header (of the feed's page, or of the reader's own
 * feeds without one), `content` as the page's main, its footer.
 */
export function siteScreen(
  page: FeedPage | undefined,
  feedParam: string | null,
  ...content: Child[]
): Node[] {
  return [
    el('a', { class: 'skip-link', href: '#main' }, 'Skip to content'),
    siteHeader(page ? feedMasthead(page, feedParam) : appMasthead(), feedParam),
    el('main', { id: 'main', class: 'site-main' }, ...content),
    el(
      'footer',
      { class: 'site-footer' },
      el('p', {}, 'Broadsheet reads JSON Feed, RSS and Atom. Comments stay in this browser.'),
    ),
  ];
}
