import type { MediaNs } from 'feedsmith';
import { addressKey } from '../../../../lib/address-key';
import { textDigest } from '../../../../lib/digest';
import { decodeComponent, parseUrl } from '../../../../lib/safe';
import { htmlToText } from '../../../../lib/text';
import { LIMITS } from '../limits';
import { clean, safeUrl } from '../normalize';
import { bloggerFullSize } from '../../utils/blogger-pictures';
import type { Attachment, Author } from '../types';
import { isAvatar, textPicture } from './text-pictures';
import type { ItemText } from './text-pictures';

interface Link {
  href?: string;
  rel?: string;
  type?: string;
}

/** The relation a FeedBurner item's feedburner:origLink is read as (xml-feed.ts). */
export const ORIGINAL_REL = 'feedburner-original';

/**
 * The address a feed says it has moved to (`itunes:new-feed-url`), where that is another feed
 * than the one read: many feeds name their own address there for good, some over the other
 * scheme, with or without `www.` or a closing slash.
 */
export function newAddress(
  named: string | undefined,
  base: string,
  pageUrl: string,
): string | undefined {
  const url = safeUrl(named, base);
  const key = (address: string) => addressKey(address).replace(/^www\./, '');
  return url && key(url) !== key(pageUrl) ? url : undefined;
}

/**
 * The names one category holds: several where it is a list written with bare commas, as
 * DASDING's podcast writes its ("DASDING,Alice Merton,Interview"), or of three or more keywords
 * (the BBC's `dc:subject`: `исламское государство, сша, сирия, "химическое оружие"`).
 * "Arts, Culture", "Whitmer, Gretchen" and "1,000" stay one name. None where it is an address,
 * no name: Google's feeds (YouTube's, old Blogger's) say what each entry is with a category
 * `http://gdata.youtube.com/schemas/2007#video`.
 */
export function categoryNames(name: string): string[] {
  if (/^\s*[a-z][a-z\d+.-]*:\/\/\S*\s*$/i.test(name)) return [];
  if (/[^\d\s],|,[^\d\s]/.test(name) && !/,\s/.test(name)) return name.split(',');
  const keywords = name.split(/\s*,\s*/).map((part) => part.replace(/^["'«“](.*)["'»”]$/u, '$1'));
  return keywords.length >= 3 && keywords.every((part) => part.length > 0 && part.length <= 40)
    ? keywords
    : [name];
}

/** The href of the first link with this relation (`alternate` also when a link names none). */
export function linkTo(links: readonly Link[] | undefined, rel: string, type?: RegExp) {
  const found = (links ?? []).find(
    (link) =>
      (link.rel ?? 'alternate') === rel && link.href && (!type || type.test(link.type ?? '')),
  );
  return found?.href;
}

/**
 * An id for an item with neither id nor link (RSS 0.9x made both optional; some Atom
 * generators leave out the id the format requires): a fingerprint of what it says, as other
 * readers make one, the same each time it is read. Undefined for an item that says nothing.
 */
export function contentId(said: readonly (string | undefined)[]): string | undefined {
  const text = said.map((part) => part?.trim() ?? '').join('\n');
  return text.trim() ? `item:${textDigest(text)}` : undefined;
}

export function firstOf<T>(values: readonly T[] | undefined): T | undefined {
  return values?.[0];
}

/**
 * media:content and media:group entries that are sound or video. A group is one recording in
 * several files: where an enclosure plays already, it is that recording again (Channel 9's
 * video in six sizes, castfire's episode at 128 kbps), not a second player.
 */
export function attachmentsFromMedia(
  media: MediaNs.ItemOrFeed | undefined,
  base: string,
  enclosures: readonly Attachment[],
): Attachment[] {
  const played = enclosures.some((enclosure) => PLAYED.test(enclosure.mimeType));
  const read = played && media ? { ...media, groups: undefined } : media;
  return mediaContents(read, (content) => PLAYED.test(mimeOf(content) ?? '')).flatMap((content) => {
    const url = safeUrl(content.url, base);
    const mimeType = mimeOf(content);
    if (!url || !mimeType) return [];
    return [
      {
        url,
        mimeType,
        title: clean(content.title?.value, LIMITS.titleLength),
        sizeInBytes: positive(content.fileSize),
        durationInSeconds: positive(content.duration),
      },
    ];
  });
}

const PLAYED = /^(audio|video)\//;

/**
 * How long an item's recording lasts, as its media:content says: PeerTube's items give it only
 * there, in a media:group of the video's sizes beside the enclosure that is one of them.
 */
export function mediaDuration(media: MediaNs.ItemOrFeed | undefined): number | undefined {
  const [played] = mediaContents(media, (content) => PLAYED.test(mimeOf(content) ?? ''));
  return positive(played?.duration);
}

function mimeOf(content: MediaNs.Content): string | undefined {
  return content.type ?? (content.medium ? `${content.medium}/*` : undefined);
}

/**
 * An item's pictures: its lead one (media:thumbnail, the widest media:content that is one, an
 * image enclosure, `itunesImage`, else the first its text shows) with what the feed says it
 * shows, and the others it brings beside its text.
 */
export function itemPictures(
  media: MediaNs.ItemOrFeed | undefined,
  enclosures: readonly Attachment[],
  base: string,
  itunesImage: string | undefined,
  text: ItemText,
): { image?: string; imageAlt?: string; imageCredit?: string; pictures: Attachment[] } {
  const { html } = text;
  const image =
    imageFromMedia(media, base) ??
    enclosures.find((enclosure) => enclosure.mimeType.startsWith('image/'))?.url ??
    itunesImage ??
    textPicture(text);
  return {
    image,
    imageAlt: pictureDescription(media, base, image),
    imageCredit: pictureCredit(media, base, image),
    pictures: picturesBeside(media, enclosures, base, image, html),
  };
}

/**
 * The pictures an item brings beside its text that the text does not show, as attachments: a
 * post's several photos (Mastodon's media:content, each described for readers who cannot see
 * it) and image enclosures. Not its lead picture (`lead`), nor the same file again in another
 * width, nor one its HTML (`html`) shows already.
 */
function picturesBeside(
  media: MediaNs.ItemOrFeed | undefined,
  enclosures: readonly Attachment[],
  base: string,
  lead: string | undefined,
  html: string | undefined,
): Attachment[] {
  const pictures: Attachment[] = [
    ...mediaContents(media, (content) => isPicture(content, base)).flatMap((content) => {
      const url = safeUrl(content.url, base);
      return url ? [{ url, mimeType: content.type ?? 'image/*', title: described(content) }] : [];
    }),
    ...enclosures.filter((enclosure) => enclosure.mimeType.startsWith('image/')),
  ];
  const fileOf = (url: string) => {
    const { host, pathname } = new URL(url);
    return { file: host + pathname, pathname };
  };
  const leadUrl = safeUrl(lead, base);
  const shown = new Set(leadUrl ? [fileOf(leadUrl).file] : []);
  return pictures.filter((picture) => {
    const { file, pathname } = fileOf(picture.url);
    if (shown.has(file) || html?.includes(pathname)) return false;
    shown.add(file);
    return true;
  });
}

/**
 * The media:content of the picture at `url`, and whether it is the item's only one (then what
 * the item's media says of a picture is said of it).
 */
function pictureContent(
  media: MediaNs.ItemOrFeed | undefined,
  base: string,
  url: string | undefined,
): { content: MediaNs.Content; alone: boolean } | undefined {
  const address = safeUrl(url, base);
  const versions = [media, ...(media?.groups ?? [])].flatMap((each) => each?.contents ?? []);
  const content = address && versions.find((each) => safeUrl(each.url, base) === address);
  return content ? { content, alone: versions.length === 1 } : undefined;
}

/**
 * What a feed says its picture at `url` shows (media:description), for those who cannot see it:
 * the picture's own, or the item's beside its one picture (The New York Times' caption).
 */
function pictureDescription(
  media: MediaNs.ItemOrFeed | undefined,
  base: string,
  url: string | undefined,
): string | undefined {
  const found = pictureContent(media, base, url);
  const caption = media?.description;
  if (!found) return undefined;
  return (
    described(found.content) ??
    (found.alone && caption?.type !== 'html'
      ? clean(caption?.value, LIMITS.summaryLength)
      : undefined)
  );
}

/**
 * Who made the lead picture, as its media:content credits them (the Guardian's "Photograph: …",
 * the New York Times' "… for The New York Times"), or the item's media where it has this picture
 * alone; not an author or creator, who is named in the byline (Vimeo's).
 */
function pictureCredit(
  media: MediaNs.ItemOrFeed | undefined,
  base: string,
  url: string | undefined,
): string | undefined {
  const found = pictureContent(media, base, url);
  if (!found) return undefined;
  const holders = found.alone ? [found.content, ...(media?.groups ?? []), media] : [found.content];
  return holders
    .flatMap((each) => each?.credits ?? [])
    .find(({ value, role }) => value?.trim() && !/^(?:author|creator)$/i.test(role ?? ''))?.value;
}

function described(content: MediaNs.Content): string | undefined {
  return clean(content.description?.value, LIMITS.summaryLength);
}

/**
 * What an item says in its media (media:description, its own or its media:group's), as YouTube
 * describes a video: for an item with no text of its own. Marked HTML where the feed says so.
 */
export function mediaDescription(
  media: MediaNs.ItemOrFeed | undefined,
): { value: string; isHtml: boolean } | undefined {
  const said = [media, ...(media?.groups ?? [])].find((each) =>
    each?.description?.value?.trim(),
  )?.description;
  return said?.value ? { value: said.value, isHtml: said.type === 'html' } : undefined;
}

/** An image file's name at the end of an address's path. */
const IMAGE_PATH = /\.(jpe?g|png|gif|webp|avif)$/i;

/** `url`, resolved, where it is the address of a picture file; else undefined. */
export function pictureFile(url: string | undefined, base: string): string | undefined {
  const address = safeUrl(url, base);
  return address && IMAGE_PATH.test(new URL(address).pathname) ? address : undefined;
}

/**
 * A media:content that is a picture: saying so, or saying nothing of its kind with an image
 * file's address, as newspapers' feeds (The Guardian's) give one in several widths.
 */
function isPicture(content: MediaNs.Content, base: string): boolean {
  const url = safeUrl(content.url, base);
  if (isAvatar(url)) return false;
  if (content.medium || content.type) {
    return content.medium === 'image' || content.type?.startsWith('image/') === true;
  }
  return pictureFile(url, base) !== undefined;
}

/**
 * The lead picture: the media:content picture the feed marks default, else its widest, unless a
 * media:thumbnail says it is wider (Fox's default is the full picture, its thumbnail 60 pixels);
 * the widest thumbnail where no media:content is a picture: YouTube's, in its media:group, or
 * Vimeo's, in the media:content of the video.
 */
function imageFromMedia(media: MediaNs.ItemOrFeed | undefined, base: string): string | undefined {
  const contents = mediaContents(media, (content) => isPicture(content, base));
  const thumbnail = preferred(
    [
      ...(media?.thumbnails ?? []),
      ...(media?.groups ?? []).flatMap((group) => group.thumbnails ?? []),
      ...mediaContents(media, () => true).flatMap((content) => content.thumbnails ?? []),
    ].filter((each) => !isIcon(each) && !isAvatar(safeUrl(each.url, base))),
  );
  const picture = preferred(contents);
  const lead =
    picture && (picture.isDefault || (picture.width ?? Infinity) >= (thumbnail?.width ?? 0))
      ? picture
      : (thumbnail ?? picture);
  const url = safeUrl(lead?.url, base);
  return url && bloggerFullSize(url);
}

/** A thumbnail too small to lead an article: an avatar (GitHub's releases give the author's). */
function isIcon({ width, height }: { width?: number; height?: number }): boolean {
  return (width ?? Infinity) < 50 && (height ?? Infinity) < 50;
}

/**
 * The media:content of an item that `keep` takes: each loose one, and one of each media:group,
 * whose contents are one thing in other sizes or encodings (CNN's one photo in ten crops).
 */
function mediaContents(
  media: MediaNs.ItemOrFeed | undefined,
  keep: (content: MediaNs.Content) => boolean,
): MediaNs.Content[] {
  return [
    ...(media?.contents ?? []).filter(keep),
    ...(media?.groups ?? []).flatMap(
      (group) => preferred((group.contents ?? []).filter(keep)) ?? [],
    ),
  ];
}

/** Of one thing's versions, the one marked default, else the widest (the first, unmeasured). */
function preferred<Version extends { width?: number; isDefault?: boolean }>(
  versions: readonly Version[],
): Version | undefined {
  return (
    versions.find((version) => version.isDefault) ??
    versions.reduce<Version | undefined>(
      (widest, version) =>
        widest && (version.width ?? 0) <= (widest.width ?? 0) ? widest : version,
      undefined,
    )
  );
}

/** Who its media credit as their author or creator (Vimeo's `media:credit role="author"`). */
export function mediaCredits(media: MediaNs.ItemOrFeed | undefined): string[] {
  return [media, ...(media?.groups ?? []), ...mediaContents(media, () => true)].flatMap((each) =>
    (each?.credits ?? []).flatMap(({ value, role }) =>
      value && /^(?:author|creator)$/i.test(role ?? '') ? [value] : [],
    ),
  );
}

export function namesOf(names: readonly string[] | undefined): Author[] {
  return (names ?? []).flatMap(eachName).flatMap((value) => {
    const name = personName(value);
    const page = PERSON_PAGE.test(value.trim()) ? safeUrl(value) : undefined;
    return name ? [page ? { name, url: page } : { name }] : [];
  });
}

/**
 * The people one value names: several where it lists three or more by commas, as arXiv writes
 * a paper's authors ("Zeyu Ren, Ling Yue, Ran Li") and bioRxiv with their initials after
 * ("Kaur, M., Shukla, A."), and a podcast its hosts with a comma before the last ("A, B, and
 * C": the byline says "and" itself); one otherwise ("Doe, Jane").
 */
function eachName(value: string): string[] {
  const parts = value.split(',').map((part, i, all) => {
    const name = part.trim();
    return i === all.length - 1 ? name.replace(/^(?:and|&)\s+/i, '') : name;
  });
  if (parts.length < 3 || !parts.every(Boolean)) return [value];
  const initialsAfter =
    parts.length % 2 === 0 && parts.every((part, i) => i % 2 === 0 || INITIALS.test(part));
  return initialsAfter
    ? parts.flatMap((part, i) => (i % 2 === 0 ? [`${part}, ${parts[i + 1]}`] : []))
    : parts;
}

/** A person's initials: "N.", "R. J.", hyphenated, "J.-F.", or in lower case as bioRxiv has some ("a."). */
const INITIALS = /^(?:\p{L}\.(?:-\p{L}\.)?\s?)+$/u;

/** A person given as the address of their page (Lemmy's dc:creator). */
const PERSON_PAGE = /^https?:\/\/\S+$/i;

/**
 * A person's name as a byline shows it; not a bare e-mail address, which feeds put in its
 * place ("robot@craigslist.org") and which is no name to show, but a name with an "@" in it.
 */
export function personName(value: string | undefined): string | undefined {
  // A name in escaped markup (`&lt;p&gt;Ana Ruiz&lt;/p&gt;`, a link to her page): its text.
  const name = clean(
    value && /<\/[a-z]/i.test(value) ? htmlToText(value) : value,
    LIMITS.nameLength,
  );
  // "team@se-radio.net (SE-Radio Team)", "Ana Ruiz <ana@example.org>" and "Ana Ruiz
  // (ana@example.org)": the name in it. Not a note in its place, saying what the address is
  // for ("redazioneweb@ilmessaggero.it (per segnalazioni sul contenuto del servizio)").
  // Also where the address is withheld: Bear Blog's "hidden (killjoy)".
  const named =
    /^(?:(?:mailto:)?[^\s@]+@[^\s@]+|hidden|private|withheld)\s*\(([^)]+)\)$/i.exec(
      name ?? '',
    )?.[1] ?? /^([^<>()@]+?)\s*[<(](?:mailto:)?[^\s@<>()]+@[^\s@<>()]+[>)]$/i.exec(name ?? '')?.[1];
  if (named) return isNote(named) ? undefined : personName(named);
  // A person's page: named by the end of its path ("https://lemmy.world/u/lwCET": "lwCET").
  if (name && PERSON_PAGE.test(name)) {
    const last = parseUrl(name)?.pathname.split('/').filter(Boolean).pop();
    return last ? personName(decodeComponent(last)) : undefined;
  }
  // An address has a domain with a dot in it: "Brian@Stone" is an OpenStreetMap user's name.
  return name &&
    !/^(?:mailto:)?[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/i.test(name) &&
    !PLACEHOLDER_NAME.test(name)
    ? name
    : undefined;
}

/**
 * What a template writes where a site names no author: Zola's "Unknown"; the tool that made the
 * feed (RSS-Bridge's Atom names itself, as Kill the Newsletter's does).
 */
const PLACEHOLDER_NAME =
  /^(?:unknown|unknown author|author unknown|no author|n\/a|rss-bridge|kill the newsletter!?)$/i;

/** Words beside an address that say what it is for, not whose it is: lower case, 3 words or more. */
export function isNote(text: string): boolean {
  return /^\p{Ll}/u.test(text.trim()) && text.trim().split(/\s+/).length >= 3;
}

/** The types of files podcasts enclose, by their names' ends. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  pdf: 'application/pdf',
  epub: 'application/epub+zip',
};

/** The type of a recording or a document a podcast encloses, by its file's name. */
export function mediaType(address: string): string | undefined {
  const extension = /\.(\w{2,4})$/.exec(address.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  return extension && Object.hasOwn(MEDIA_TYPES, extension) ? MEDIA_TYPES[extension] : undefined;
}

/**
 * An enclosure's type: as it says, or for one that names none (CTV News', Apple's iTunes U
 * lectures'), none that is a type (Zenn's "false") or only "some bytes" (RSS-Bridge's
 * `application/octet-stream`), a picture's or a recording's by its file's name, or a picture
 * where the item's HTML (`html`) shows it as one; undefined when there is no telling.
 */
export function enclosureType(
  type: string | undefined,
  url: string,
  html?: string,
): string | undefined {
  const named = type?.trim();
  const bytes = named !== undefined && /^(?:application|binary)\/octet-stream\b/i.test(named);
  if (named && !bytes && /^[\w.+-]+\/[\w.+*-]+/.test(named)) return named;
  const { pathname } = new URL(url);
  const extension = IMAGE_PATH.exec(pathname)?.[1]?.toLowerCase();
  if (extension) return `image/${extension === 'jpg' ? 'jpeg' : extension}`;
  const media = mediaType(pathname);
  if (media) return media;
  if (
    pathname.length > 1 &&
    new RegExp(`<img\\b[^>]*${escapedPattern(pathname)}`).test(html ?? '')
  ) {
    return 'image/*';
  }
  return bytes ? named : undefined;
}

function escapedPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How many comments an item's text says it has, for a feed that gives no count: a link that
 * says so ("[1143 comments]", Reddit's; "4 comments", Lemmy's), or hnrss's "# Comments: 12".
 */
export function statedCommentCount(html: string | undefined): number | undefined {
  const stated = STATED_COUNT.exec(html ?? '');
  const count = stated?.[1] ?? stated?.[2];
  return count === undefined ? undefined : Number(count.replaceAll(',', ''));
}

const STATED_COUNT =
  /<a\s[^>]*>\s*\[?(\d[\d,]*) comments?\]?\s*<\/a>|<p>#\s*Comments:\s*(\d[\d,]*)\s*<\/p>/i;

/** `value` resolved against `base`, or `base` itself when there is no usable value. */
export function resolved(value: string | undefined, base: string): string {
  return safeUrl(value, base) ?? base;
}

export function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

export function nonNegative(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : undefined;
}
