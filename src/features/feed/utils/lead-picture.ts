import { attribute, decodeEntities, IMG_TAG } from '../../../lib/text';
import type { Article } from '../api/types';
import { bloggerPathParts } from './blogger-pictures';
import { episodeKind } from './episode-kind';

/**
 * An article's lead picture (its banner, else its own), whether that is the poster of the video
 * it is (its player's, shown until it plays), and the address its text is read against.
 */
export function leadOf(article: Article) {
  return {
    lead: article.bannerImage ?? article.image,
    poster: episodeKind(article.attachments) === 'video',
    base: article.contentBase ?? article.url,
  };
}

/**
 * The picture an article's page shows above its text: its lead picture, unless that is a video's
 * poster or the text opens with it already (Ghost and many blogs open their text with the
 * picture they also name as the post's).
 */
export function leadPicture(article: Article): string | undefined {
  const { lead, poster, base } = leadOf(article);
  return lead && !poster && !textShows(article.contentHtml, lead, base) ? lead : undefined;
}

/**
 * The article as its body shows it: Flickr's text shows its photo 240 pixels wide, where the
 * feed names it larger.
 */
export function shownText(article: Article): Article {
  const { lead, poster, base } = leadOf(article);
  const html = lead && !poster ? withLeadSize(article.contentHtml, lead, base) : undefined;
  return html === undefined ? article : { ...article, contentHtml: html };
}

/**
 * Whether an article's HTML shows the picture at `url` itself: the same file, by its path. A
 * Blogger picture's path names its size, which the text's copy need not share; a resizing
 * proxy's copy (AOL's, for HuffPost) holds the path percent-encoded in its own; a copy written
 * relative to `base` (Tim Bray's, under the entry's xml:base) holds a part of it. The text's
 * first picture, from the same host under the same file name, is the same picture uploaded
 * again (Squarespace keeps a post's thumbnail and its text's copy of "front.jpg" apart), or
 * the same photo in another size (Flickr's "_m" in the text, "_b" in media:content).
 */
function textShows(html: string | undefined, url: string, base: string | undefined): boolean {
  if (!html) return false;
  try {
    const address = new URL(url);
    const parts = bloggerPathParts(address) ?? [address.pathname];
    return (
      address.pathname !== '/' &&
      (parts.every((part) => spellings(part).some((spelled) => html.includes(spelled))) ||
        relativeSources(html, base).includes(address.pathname) ||
        sameFile(firstSource(html, base), address))
    );
  } catch {
    return false;
  }
}

/**
 * A part of a picture's address as a text may write it: as the parsed address has it, with
 * letters outside ASCII percent-encoded; encoded once more; or decoded, as WordPress writes a
 * Swedish file name ("Sjöstaden-växer.jpg").
 */
function spellings(part: string): string[] {
  try {
    return [part, encodeURIComponent(part), decodeURI(part)];
  } catch {
    return [part, encodeURIComponent(part)];
  }
}

/** The address of the first picture an article's HTML shows, resolved. */
function firstSource(html: string, base: string | undefined): URL | undefined {
  const tag = html.matchAll(IMG_TAG).next().value?.[0];
  const src = tag && attribute(tag, 'src');
  try {
    return src ? new URL(decodeEntities(src), base) : undefined;
  } catch {
    return undefined;
  }
}

/** A Flickr photo's file name with the size it names left out: "123_ab9f_b.jpg" → "123_ab9f.jpg". */
const FLICKR_SIZE = /^(\d+_[\da-f]+)(?:_[a-z\d]{1,2})?(\.\w+)$/i;
/** Where Flickr keeps its photos. */
const FLICKR_HOST = /(?:^|\.)static\.?flickr\.com$/i;
/** The longest side of each of Flickr's sizes of a photo, by the letter its file name ends with. */
const FLICKR_SIDES: Readonly<Record<string, number>> = {
  s: 75,
  t: 100,
  q: 150,
  m: 240,
  n: 320,
  w: 400,
  '': 500,
  z: 640,
  c: 800,
  b: 1024,
};

/** The longest side of a Flickr photo at `url`, in pixels, by its file name's size letter. */
function flickrSide(url: URL): number | undefined {
  if (!FLICKR_HOST.test(url.hostname)) return undefined;
  const size = /_([a-z])\.\w+$/i.exec(url.pathname)?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(FLICKR_SIDES, size) ? FLICKR_SIDES[size] : undefined;
}

/**
 * The text with its first picture in the size of `lead`, where that is the same Flickr photo
 * larger (the text's 240-pixel copy, "_m", and the 1,024-pixel photo of the feed's
 * media:content or enclosure, "_b"), at the text's proportions; undefined where it is not.
 */
function withLeadSize(
  html: string | undefined,
  lead: string,
  base: string | undefined,
): string | undefined {
  const tag = html?.matchAll(IMG_TAG).next().value?.[0];
  const source = html && firstSource(html, base);
  if (!html || !tag || !source) return undefined;
  try {
    const larger = new URL(lead);
    const [from, to] = [flickrSide(source), flickrSide(larger)];
    if (!from || !to || to <= from || !sameFile(source, larger)) return undefined;
    const scaled = (name: string) => {
      const value = Number(attribute(tag, name));
      return value > 0 ? ` ${name}="${Math.round((value * to) / from)}"` : '';
    };
    const resized = tag
      .replace(/\s(?:src|width|height)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '')
      .replace(/^<img\b/i, `<img src="${larger.href}"${scaled('width')}${scaled('height')}`);
    return html.replace(tag, () => resized);
  } catch {
    return undefined;
  }
}

/** Whether two addresses name a file of the same name (in any of its sizes) on the same host. */
function sameFile(one: URL | undefined, other: URL): boolean {
  const name = (url: URL) =>
    url.pathname.slice(url.pathname.lastIndexOf('/') + 1).replace(FLICKR_SIZE, '$1$2');
  return (
    one !== undefined && one.host === other.host && name(one) !== '' && name(one) === name(other)
  );
}

/** The paths of the pictures an article's HTML names by a relative address, resolved. */
function relativeSources(html: string, base: string | undefined): string[] {
  if (!base) return [];
  return [...html.matchAll(IMG_TAG)].flatMap(([tag]) => {
    const src = attribute(tag, 'src');
    if (!src || /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(src)) return [];
    try {
      return [new URL(decodeEntities(src), base).pathname];
    } catch {
      return [];
    }
  });
}
