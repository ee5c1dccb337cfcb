// The pictures an item's text shows, for an item that names none of its own: shared by every
// format, XML and JSON Feed alike.
import { FEED_FURNITURE, NO_PICTURE } from '../../../../lib/feed-furniture';
import { LAZY_SOURCES, realSource } from '../../../../lib/lazy-source';
import { attribute, decodeEntities, IMG_TAG, isSmiley } from '../../../../lib/text';
import { safeUrl } from '../normalize';

/** An item's text (HTML), and what the addresses in it are read against. */
export interface ItemText {
  html: string | undefined;
  base: string;
}

/**
 * An item's text with the base its body is shown with (buildArticle's contentBase): the one it
 * declares (xml:base), else its own page, else the feed's.
 */
export function itemText(
  html: string | undefined,
  declaredBase: string | undefined,
  link: string | undefined,
  base: string,
): ItemText {
  return { html, base: declaredBase ?? safeUrl(link, base) ?? base };
}

/** Counters and badges feeds add to each item (beside FEED_FURNITURE): "Slashdot it", pixels. */
const COUNTER =
  /^https?:\/\/(?:feeds\.feedburner\.com|pixel\.|stats\.|slashdot\.org\/slashdot-it)/i;

/**
 * Addresses of site furniture: icons, logos, buttons, a share bar's (Slashdot's Twitter icon),
 * a wiki's (ikiwiki's `/wikiicons/diff.png` beside each change), a counting pixel without a size
 * (NPR's `/include/images/tracking/npr-rss-pixel.png`).
 */
const ICON_NAME =
  /favicon|(?:^|[/_.-])(?:(?:wiki)?icons?|logos?|buttons?|badges?|share|social|avatars?|spacer|sprites?|emoji|smiley|smilies|filetype|tracking|pixel)(?:[/_.-]|$)/i;

/**
 * The first picture an item's text shows, for an item that names none (The Verge's, Golem's,
 * a Shopify blog's): not a smiley or a counter, nor one its size (under 50 pixels, wherever the
 * text gives it one), its name or its alt text says is an icon or a tracker, nor a writer's
 * avatar. Only the
 * opening of a long text is looked at.
 */
export function textPicture({ html, base }: ItemText): string | undefined {
  if (!html?.includes('<img')) return undefined;
  // Icons a text shows at their size, then again without one (livedoor's, 32 pixels a side).
  const icons = new Set<string>();
  for (const [tag] of html.slice(0, 20_000).matchAll(IMG_TAG)) {
    const src = realSource(
      attribute(tag, 'src'),
      LAZY_SOURCES.map((name) => attribute(tag, name)),
    );
    const written = decodeEntities(src ?? '').trim();
    const url = NO_PICTURE.test(written) ? undefined : safeUrl(written, base);
    if (
      isSmiley(tag) ||
      smallerThan(50, 'width', tag) ||
      smallerThan(50, 'height', tag) ||
      // One its words call an icon (Bluesky's blog: "External Link Icon" after a link).
      /\bicon\b/i.test(attribute(tag, 'alt') ?? '')
    ) {
      if (url) icons.add(url);
      continue;
    }
    if (
      url &&
      !icons.has(url) &&
      !COUNTER.test(url) &&
      !FEED_FURNITURE.test(url) &&
      !NO_PICTURE.test(url) &&
      !isAvatar(url) &&
      !ICON_NAME.test(url)
    ) {
      return url;
    }
  }
  return undefined;
}

/** Whether a tag's `width` or `height`, where it gives one, is under `pixels`. */
function smallerThan(pixels: number, name: 'width' | 'height', tag: string): boolean {
  const given = Number.parseInt(attribute(tag, name) ?? '', 10);
  if (!Number.isNaN(given)) return given < pixels;
  // Or in its style, as RSSHub sizes a Weibo topic's icon ("width: 1rem").
  const styled = new RegExp(String.raw`(?:^|[;\s])${name}\s*:\s*([\d.]+)(px|r?em)`, 'i').exec(
    attribute(tag, 'style') ?? '',
  );
  return styled ? Number(styled[1]) * (styled[2]?.toLowerCase() === 'px' ? 1 : 16) < pixels : false;
}

/**
 * A writer's avatar, which WordPress.com gives as each post's first media:content, titled with
 * the writer's name, before the post's own pictures: no picture of the article.
 */
export function isAvatar(url: string | undefined): boolean {
  if (!url) return false;
  const { hostname, pathname } = new URL(url);
  return /(?:^|\.)gravatar\.com$/.test(hostname) && pathname.startsWith('/avatar/');
}
