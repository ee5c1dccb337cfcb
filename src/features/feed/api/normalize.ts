import { mended } from '../../../lib/mojibake';
import { parseDate } from '../../../lib/parse-date';
import { playTime } from '../../../lib/play-time';
import { overHttps, parseUrl, wellFormed } from '../../../lib/safe';
import { collapseWhitespace, decodeEntities, htmlToText, truncateAtWord } from '../../../lib/text';
import { excerptOf, openingText, pictureAlt } from '../utils/excerpt';
import { tagKey } from '../utils/tag-key';
import { articleReadingMinutes } from '../utils/reading-time';
import { LIMITS } from './limits';
import type {
  Article,
  Attachment,
  Author,
  Chapter,
  EpisodePerson,
  FeedInfo,
  Soundbite,
} from './types';

/** Display titles made from an item's text are cut at a word near this length. */
const TITLE_LENGTH = 80;

/** What any feed format says about one item, before the rules every format shares. */
export interface ItemFields {
  id?: string;
  title?: string;
  /** The title is HTML (Atom `type="html"`, or tags in an RSS title). */
  titleIsHtml?: boolean;
  link?: string;
  externalUrl?: string;
  /** Plain text. */
  summary?: string;
  contentHtml?: string;
  contentText?: string;
  image?: string;
  /** What the picture shows, where the feed says. */
  imageAlt?: string;
  /** Who made the picture, where the feed says. */
  imageCredit?: string;
  bannerImage?: string;
  published?: string;
  modified?: string;
  originalDate?: string;
  authors: Author[];
  tags: readonly unknown[];
  language?: string;
  attachments: Attachment[];
  /** Where an episode is in its show ("Season 2, episode 7"). */
  episode?: string;
  /** The item is a show's episode (it has iTunes' or Podcasting 2.0's elements). */
  isEpisode?: boolean;
  /** An episode's chapters as the feed writes them: a start as "01:02:03.5", "62" or "1:02". */
  chapters?: readonly { start?: string; title?: string; href?: string }[];
  /** A JSON document of the episode's chapters (podcast:chapters). */
  chaptersUrl?: string;
  /** Who is in the episode and who made it (podcast:person): a role is "host" where unsaid. */
  people?: readonly { name?: string; role?: string; href?: string }[];
  /** An episode's highlights: where each starts and how long it lasts, in seconds. */
  soundbites?: readonly { startTime?: number; duration?: number; display?: string }[];
  commentsUrl?: string;
  /** The web page of the item's comments (RSS `<comments>`, an Atom replies link to HTML). */
  commentsPage?: string;
  commentCount?: number;
  /** What relative URLs in this item resolve against (xml:base, else the page's address). */
  base: string;
  /** Set when the item's HTML must resolve against something other than its link. */
  contentBase?: string;
}

/**
 * One item, from any format, as the one Article type: text cleaned, URLs checked and resolved,
 * dates read, and what one item may bring capped (see LIMITS). Undefined when the item has
 * nothing to be known by.
 */
export function buildArticle(fields: ItemFields, feedAuthors: Author[]): Article | undefined {
  // An address with its ampersands escaped twice (`&amp;` in CDATA, as UOL writes them) would
  // lead to parameters named "amp;…".
  const url = safeUrl(fields.link?.replaceAll('&amp;', '&'), fields.base);
  // Without an id, its link: the article's own address, not a redirect's, whose parameters
  // (Bing's click id) may change from one reading of the feed to the next.
  const id = fields.id?.trim() || followed(url);
  if (!id || id.length > LIMITS.idLength) return undefined;
  const rawTitle = fields.titleIsHtml ? htmlToText(fields.title ?? '') : fields.title;
  const own = clean(rawTitle, LIMITS.titleLength);
  // A post whose title is left empty and whose text opens with a heading (Hexo's, its Markdown's
  // first line) is titled by that heading, which its summary then need not repeat.
  const heading = own === undefined ? openingHeading(fields.contentHtml) : undefined;
  const stated = own ?? heading;
  const placeholder = stated !== undefined && PLACEHOLDER_TITLE.test(stated);
  // Text read as Windows-1252 on its way ("doesnâ€™t") is mended here, as titles are in clean.
  const notesHtml =
    withoutTitleHeading(
      withLineBreaks(unwrapped(mended(fields.contentHtml?.slice(0, LIMITS.contentLength) ?? ''))),
      stated,
    ) || undefined;
  const recordings = uniqueBy(fields.attachments, (attachment) => attachment.url);
  // An episode's recording plays in its own player, which knows its chapters and gives its
  // length in the byline: a copy of it the show notes embed goes. Elsewhere a recording the
  // text plays already is not listed again below it.
  const contentHtml = isEpisode(fields, recordings)
    ? withoutPlayers(notesHtml, recordings) || undefined
    : notesHtml;
  const contentText =
    mended(fields.contentText?.slice(0, LIMITS.contentLength) ?? '').trim() || undefined;
  const summary = afterHeading(clean(fields.summary, LIMITS.summaryLength), heading);
  const imageAlt = fields.image ? clean(fields.imageAlt, LIMITS.summaryLength) : undefined;
  // Only posts without a title of their own need their text now (a picture alone, what the
  // picture shows); lists derive excerpts for what they show.
  const derived =
    stated && !placeholder
      ? ''
      : (summary ?? (openingText(contentText, contentHtml) || imageAlt || pictureAlt(contentHtml)));
  // A placeholder gives way to the item's own words; a post with none keeps it ("Photo").
  const title = placeholder && hasWords(derived) ? undefined : stated;
  const authors = fields.authors.slice(0, LIMITS.authors);
  // Read once here (in the worker, for XML feeds), so lists never parse HTML while rendering.
  const text = { summary, contentText, contentHtml };
  const excerpt = excerptOf(text);
  const chapters = chaptersOf(fields.chapters, fields.base);
  return {
    id: wellFormed(id),
    title: title ?? (derived ? truncateAtWord(wordsFirst(derived), TITLE_LENGTH) : 'Untitled post'),
    hasTitle: title !== undefined,
    // Not kept twice: a list shows the summary itself when it is short enough. A text of no
    // words (a picture alone) has none.
    excerpt: excerpt === summary || !excerpt ? undefined : excerpt,
    readingMinutes: articleReadingMinutes(text),
    url: directLink(url),
    externalUrl: directLink(safeUrl(fields.externalUrl, fields.base)),
    summary,
    contentHtml,
    contentText,
    // Relative URLs in the HTML: xml:base, else the item's link, else the feed's address.
    contentBase: safeUrl(fields.contentBase) ?? (url ? undefined : safeUrl(fields.base)),
    image: pictureUrl(fields.image, fields.base),
    imageAlt,
    imageCredit: fields.image ? clean(fields.imageCredit, LIMITS.tagLength) : undefined,
    bannerImage: pictureUrl(fields.bannerImage, fields.base),
    published: parseDate(fields.published),
    modified: parseDate(fields.modified),
    originalDate: parseDate(fields.originalDate),
    authors: untracked(authors.length > 0 ? authors : feedAuthors),
    tags: tagsOf(fields.tags),
    language: languageTag(fields.language),
    attachments: recordings
      .filter((attachment) => !playedIn(contentHtml, attachment))
      .map(asVideoPage)
      .slice(0, LIMITS.attachments),
    episode: fields.episode,
    chapters,
    chaptersUrl: chapters ? undefined : safeUrl(fields.chaptersUrl, fields.base),
    people: peopleOf(fields.people, fields.base),
    soundbites: soundbitesOf(fields.soundbites),
    // Words where the address goes ("this is the new val") lead to no comment feed.
    commentsUrl: /\s/.test(fields.commentsUrl?.trim() ?? '')
      ? undefined
      : safeUrl(fields.commentsUrl, fields.base),
    commentsPage: safeUrl(fields.commentsPage, fields.base),
    commentCount: fields.commentCount,
  };
}

/**
 * Titles that name no item, only its kind or that it has no title: Tumblr's "Photo", Nitter's
 * "Image", "Video" and "Gif", Pixelfed's "No caption", Wikidot's "(no title)", "Untitled".
 */
const PLACEHOLDER_TITLE =
  /^[([]?(?:photo|image|video|gif|untitled|no (?:title|caption))[)\]]?[.!:…]*$/i;

/** Addresses, with or without a scheme ("https://…", "nitter.net/user/status/1#m"). */
const ADDRESSES = /(?:https?:\/\/|www\.)\S+|\S+\.[a-z]{2,}\/\S*/gi;

/** Whether a text has words to be titled by: not only addresses, nor a placeholder itself. */
function hasWords(text: string): boolean {
  const words = text.replace(ADDRESSES, ' ').trim();
  return /[\p{L}\p{N}]/u.test(words) && !PLACEHOLDER_TITLE.test(words);
}

/** Plain text with entities decoded and white space collapsed, cut at a word past `max`. */
export function clean(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  // Entities and runs of spaces shrink when decoded: read a little more than is kept. Control
  // characters pasted in with a title (a backspace, an escape) show as nothing or as boxes.
  const text = collapseWhitespace(
    mended(decodeEntities(value.slice(0, max * 8))).replace(/[^\P{Cc}\s]/gu, ''),
  );
  return truncateAtWord(text, max) || undefined;
}

/**
 * A language as the `lang` attribute takes it ("en-US"), or undefined: "en_US" is mended, and a
 * name ("Hindi") or an empty value is no language tag.
 */
export function languageTag(value: string | undefined): string | undefined {
  const tag = clean(value, LIMITS.languageLength)?.replaceAll('_', '-');
  return tag && /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(tag) ? tag : undefined;
}

/**
 * Scripts that each write one language (or nearly), by the share of a text's letters in them
 * that says the text is in it (half, unless given); Han's by its characters (chineseScript);
 * Arabic's and Cyrillic's, which write many, by the letters only some of their languages have
 * (ARABIC_SCRIPT, CYRILLIC). Not Devanagari's (Hindi, Marathi, Nepali…), Bengali's (Bengali,
 * Assamese) or Latin's.
 */
const SCRIPTS: readonly [RegExp, string | ((text: string) => string | undefined), number?][] = [
  [/\p{Script=Hangul}/gu, 'ko', 0.3],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja', 0.15],
  [/\p{Script=Han}/gu, chineseScript],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Lao}/gu, 'lo'],
  [/\p{Script=Khmer}/gu, 'km'],
  [/\p{Script=Myanmar}/gu, 'my'],
  [/\p{Script=Sinhala}/gu, 'si'],
  [/\p{Script=Tamil}/gu, 'ta'],
  [/\p{Script=Malayalam}/gu, 'ml'],
  [/\p{Script=Telugu}/gu, 'te'],
  [/\p{Script=Kannada}/gu, 'kn'],
  [/\p{Script=Gujarati}/gu, 'gu'],
  [/\p{Script=Gurmukhi}/gu, 'pa'],
  [/\p{Script=Oriya}/gu, 'or'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Arabic}/gu, (text) => byLetters(text, ARABIC_SCRIPT) ?? persianOrArabic(text)],
  [/\p{Script=Cyrillic}/gu, (text) => byLetters(text, CYRILLIC) || undefined],
];

/**
 * Languages of the Arabic script by letters of their own, the first found: Urdu's (ٹ ڈ ڑ ں ے),
 * Pashto's, Sorani Kurdish's, Uyghur's (else persianOrArabic).
 */
const ARABIC_SCRIPT: readonly [RegExp, string][] = [
  [/[\u0679\u0688\u0691\u06BA\u06D2\u06D3]/u, 'ur'],
  [/[\u067C\u0681\u0685\u0689\u0693\u0696\u069A]/u, 'ps'],
  [/[\u0695\u06B5\u06C6\u06CE]/u, 'ckb'],
  [/[\u06C7\u06C8\u06D0]/u, 'ug'],
];
/**
 * Languages of the Cyrillic script by letters of their own, the first found ('': several
 * languages have them); a text with none of them and neither ы nor э (nor ъ, Bulgarian's) is
 * not told.
 */
const CYRILLIC: readonly [RegExp, string][] = [
  [/[әғқұһӘҒҚҰҺ]/u, 'kk'],
  [/[өүӨҮ]/u, ''],
  [/[ѓќѕЃЌЅ]/u, 'mk'],
  [/[ђћџљњјЂЋЏЉЊЈ]/u, 'sr'],
  [/[ўЎ]/u, 'be'],
  [/[іїєґІЇЄҐ]/u, 'uk'],
  [/[ыэЫЭ]/u, 'ru'],
  [/[ъЪ]/u, 'bg'],
];

function byLetters(text: string, languages: readonly [RegExp, string][]): string | undefined {
  return languages.find(([letters]) => letters.test(text))?.[1];
}

/** The commonest characters Chinese writes one way in Simplified, another in Traditional. */
const SIMPLIFIED = /[们这国说会个]/g;
const TRADITIONAL = /[們這國說會個]/g;

/**
 * Chinese in the characters it is written in, Simplified or Traditional (Taiwan, Hong Kong):
 * each is drawn in its own fonts, its punctuation set its own way.
 */
function chineseScript(text: string): string {
  const simplified = text.match(SIMPLIFIED)?.length ?? 0;
  const traditional = text.match(TRADITIONAL)?.length ?? 0;
  return simplified > traditional ? 'zh-Hans' : simplified < traditional ? 'zh-Hant' : 'zh';
}

/** Persian (پ چ ژ گ, and its own ی and ک) where its letters outnumber Arabic's ي, ك and ة. */
function persianOrArabic(text: string): string {
  const persian = text.match(/[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/gu)?.length ?? 0;
  const arabic = text.match(/[\u064A\u0643\u0629]/gu)?.length ?? 0;
  return persian > arabic ? 'fa' : 'ar';
}

/** Languages written in the Latin alphabet alone: one said of a text in another script is wrong. */
const LATIN_ONLY = new Set(
  'af ca cs cy da de en es et eu fi fr ga gl hr hu id is it lt lv ms nb nl nn no pl pt ro sk sl sq sv tl tr vi'.split(
    ' ',
  ),
);

/** What an item's language is told from: its title and excerpt, and how many letters they hold. */
interface Sample {
  text: string;
  letters: number;
}

function sampleOf({
  title,
  excerpt,
  summary,
}: Pick<Article, 'title' | 'excerpt' | 'summary'>): Sample {
  // An address is in no language: "www.DISABLED.GR" in a Greek title.
  const text = `${title} ${excerpt ?? summary ?? ''}`.replace(ADDRESSES, ' ');
  return { text, letters: text.match(/\p{L}/gu)?.length ?? 0 };
}

/**
 * The language a sample is written in, where its script tells (Korean, Japanese, Chinese, Thai,
 * Arabic, Persian, Russian…): so that its text is not read aloud, nor hyphenated, as the app's
 * English. Undefined where the script does not tell.
 */
function writtenLanguage({ text, letters }: Sample): string | undefined {
  if (letters === 0) return undefined;
  const share = (script: RegExp) => (text.match(script)?.length ?? 0) / letters;
  const found = SCRIPTS.find(([script, , least = 0.5]) => share(script) >= least)?.[1];
  return typeof found === 'function' ? found(text) : found;
}

/**
 * The language an item is in: the one it or its feed says, unless that is a language of the
 * Latin alphabet and the item is plainly written in another script (a Persian blog that says
 * "en-us", a Japanese one "en", as their software wrote by default); then, as where none is
 * said, the one its script tells, where it tells one.
 */
export function itemLanguage(
  said: string | undefined,
  item: Pick<Article, 'title' | 'excerpt' | 'summary'>,
): string | undefined {
  if (said && !LATIN_ONLY.has(said.split('-')[0]?.toLowerCase() ?? '')) return said;
  const sample = sampleOf(item);
  if (!said) return writtenLanguage(sample);
  if (latinShare(sample) < 0.2) return writtenLanguage(sample) ?? said;
  // A title all in another script, and most of the text: what is Latin in it is a name, or
  // code a plugin left at the start of every post (WordPress's "window.document…").
  const title = sampleOf({ title: item.title });
  const otherTitle = latinShare(title) === 0 && latinShare(sample) < 0.5;
  return otherTitle ? (writtenLanguage(title) ?? said) : said;
}

/**
 * The share of a sample's letters that are Latin (1 where it has too few to tell), a Chinese,
 * Japanese or Korean character counted as four: a word's worth of a Latin script's letters,
 * or a Chinese post naming "soulboy" twice is English.
 */
function latinShare({ text, letters }: Sample): number {
  const wide = text.match(
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu,
  );
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters < 8 ? 1 : latin / (letters + 3 * (wide?.length ?? 0));
}

/** A feed as it names itself: in the language it says, else (or against it) its script's. */
export function withLanguage(feed: FeedInfo): FeedInfo {
  const language = itemLanguage(feed.language, { title: feed.title, summary: feed.description });
  return language === feed.language ? feed : { ...feed, language };
}

/** A person named in a feed, or undefined when neither a name nor an address is usable. */
export function authorOf(
  name?: string,
  url?: string,
  avatar?: string,
  base?: string,
): Author | undefined {
  const author = {
    name: clean(name, LIMITS.nameLength),
    url: safeUrl(url),
    // A picture read against the feed (Jekyll's "/assets/headshot.jpeg"); a page is not, where
    // "twitter.com/ana" would become a page of the feed's own site.
    avatar: pictureUrl(avatar, base),
  };
  return author.name || author.url ? author : undefined;
}

/**
 * An http(s) URL, resolved against `base` when one is given. Without a base, relative values
 * are refused: `home_page_url: "example.com"` must not become a link inside the app.
 */
export function safeUrl(value: string | undefined, base?: string): string | undefined {
  if (!value?.trim() || value.length > LIMITS.urlLength) return undefined;
  // "www.example.org/post" is another site's address written without its scheme, not a path.
  const written = value.trim().replace(/^(?=www\.[\w-]+\.[\w.-]+(?:[/?#:]|$))/i, 'https://');
  const url = parseUrl(written, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}

/** Parameters that only tell a site where a click came from (campaigns, click and mail ids). */
const TRACKING =
  /^(?:utm_|at_|pk_|mtm_|hsa_|ns_(?:campaign|mchannel|source|linkname|fee)$|(?:fb|gcl|dcl|ms|tw|y)clid$|gclsrc$|[gw]braid$|igshid$|mc_[ce]id$|_hs(?:enc|mi)$|mkt_tok$|ocid$|cmpid$)/i;

/**
 * The link a reader follows: the article's own address where a search service's redirect
 * carries it (see REDIRECTS), without the parameters that only track the click.
 */
function directLink(url: string | undefined): string | undefined {
  return withoutTracking(followed(url));
}

/**
 * Redirects that hold the article's address in a parameter, by host and path: Google Alerts'
 * (`google.com/url?url=…`) and Bing News's (`bing.com/news/apiclick.aspx?url=…`).
 */
const REDIRECTS: { host: RegExp; path: string; params: string[] }[] = [
  {
    host: /^(?:www\.)?google\.(?:com?\.)?[a-z]{2,3}$/,
    path: '/url',
    params: ['url', 'q'],
  },
  { host: /^(?:www\.)?bing\.com$/, path: '/news/apiclick.aspx', params: ['url'] },
];

function followed(url: string | undefined): string | undefined {
  if (!url?.includes('?')) return url;
  const parsed = new URL(url);
  const redirect = REDIRECTS.find(
    ({ host, path }) => host.test(parsed.hostname) && parsed.pathname.toLowerCase() === path,
  );
  for (const name of redirect?.params ?? []) {
    const target = safeUrl(parsed.searchParams.get(name) ?? undefined);
    if (target) return target;
  }
  return url;
}

/** Authors' pages too, without what tracks the click (NPR's "?utm_medium=JSONFeed"). */
function untracked(authors: Author[]): Author[] {
  return authors.map((author) =>
    author.url?.includes('?') ? { ...author, url: withoutTracking(author.url) } : author,
  );
}

/**
 * The link without its tracking parameters ("?utm_source=rss&utm_medium=rss"), which follow the
 * reader to the site and into anything they share. Only the link: the id, which other marks
 * and comments are kept by, is the item's as it came.
 */
function withoutTracking(url: string | undefined): string | undefined {
  if (!url?.includes('?')) return url;
  const parsed = new URL(url);
  const params = [...parsed.searchParams];
  const kept = params.filter(([name]) => !TRACKING.test(name));
  if (kept.length === params.length) return url;
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.href;
}

/**
 * A picture's address (an icon, an avatar): as safeUrl, asked for as overHttps says. A word a
 * template wrote for want of one (mkdocs-rss-plugin's `<url>None</url>`) is none.
 */
export function pictureUrl(value: string | undefined, base?: string): string | undefined {
  const url = /^\s*(?:none|null|undefined|false|nil)\s*$/i.test(value ?? '')
    ? undefined
    : safeUrl(value, base);
  return url && overHttps(url);
}

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

/**
 * The category WordPress files a post under when its writer chose none, in the languages it
 * ships with: no subject to show or follow.
 */
const NO_CATEGORY =
  /^(?:uncategori[sz]ed|non classé|sin categoría|senza categoria|sem categoria|geen categorie|bez kategorii|без рубрики|未分類|未分类)$/i;

/**
 * A derived title from the words of a text, not the addresses it opens with (a Blogger post
 * that is a link to an album, then a line about it); a text of addresses alone keeps them.
 */
function wordsFirst(text: string): string {
  return text.replace(/^(?:https?:\/\/\S+\s+)+/i, '') || text;
}

/** A CMS's taxonomy path, as the Telegraph's categories: "topics:people/vladimir-putin". */
const TAXONOMY = /^([a-z][a-z-]*):(?:[A-Za-z\d][\w-]*\/)*([A-Za-z\d][\w-]*)$/;

/**
 * A tag as words: a taxonomy path by its last part ("vladimir putin"), none for one that names
 * the kind of item rather than its subject ("storytype:standard").
 */
function tagWords(name: string): string {
  const [, prefix, last] = TAXONOMY.exec(name) ?? [];
  if (!prefix || !last) return name;
  return prefix.endsWith('type') ? '' : last.replace(/[-_]/g, ' ');
}

/** An item's tags, each once, in its first spelling (see tagKey); not WordPress's "Uncategorized". */
function tagsOf(tags: readonly unknown[]): string[] {
  const names = new Map<string, string>();
  // Only so many entries are looked at, so a list of a million blanks costs no more than this.
  for (const tag of tags.slice(0, LIMITS.tags * 4)) {
    const name =
      typeof tag === 'string'
        ? tagWords(
            collapseWhitespace(decodeEntities(tag.slice(0, LIMITS.tagLength * 8)))
              .slice(0, LIMITS.tagLength)
              .trim(),
          )
        : '';
    // An id is no tag to show or follow (Fox News' dc.identifier among its categories).
    const key = tagKey(name);
    if (name && !UUID.test(name) && !NO_CATEGORY.test(name) && !names.has(key)) {
      names.set(key, wellFormed(name));
    }
    if (names.size === LIMITS.tags) break;
  }
  return [...names.values()];
}

/**
 * HTML trimmed, and out of a CDATA section that came escaped (tagesschau.de's Atom), which HTML
 * would read as a comment swallowing its first tag, leaving "]]>" at the end.
 */
function unwrapped(html: string | undefined): string | undefined {
  return html
    ?.trim()
    .replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')
    .trim();
}

/** Inline elements a line of text may end or start with. */
const INLINE = 'a|b|i|u|em|strong|span|font|img';
/** Two line breaks, with the spaces around them. */
const BLANK = String.raw`[^\S\n]*\n[^\S\n]*\n\s*`;
/**
 * A blank line between two lines of text, which may start or end with an inline element (not
 * between two elements, as in tidy HTML, where pictures in a row are a gallery): there the
 * writer meant a new paragraph. Or a whole tag, matched first so that the blank lines in it
 * (Squarespace writes a link's classes over several lines) are left as they are.
 */
const BLANK_LINE = new RegExp(
  [
    String.raw`(<[a-z!/?][^<>]*>)`,
    String.raw`(?<=[^>\s])${BLANK}(?=[^<\s]|<(?:${INLINE})\b)`,
    String.raw`(?<=</(?:${INLINE})>)${BLANK}(?=[^<\s])`,
  ].join('|'),
  'gi',
);

/**
 * HTML that parts its paragraphs with blank lines alone, as old Blogger posts do ("One.\n\nTwo,
 * with a <a href>link</a>."), with those breaks kept, where HTML would run the text together.
 * Not where white space is kept as written (`<pre>`).
 */
function withLineBreaks(html: string | undefined): string | undefined {
  if (!html?.includes('\n') || /<pre\b/i.test(html)) return html;
  return html.replace(BLANK_LINE, (_blank, tag?: string) => tag ?? '<br><br>');
}

/** An episode's highlights that say where they start and last some time, as it lists them. */
function soundbitesOf(raw: ItemFields['soundbites']): Soundbite[] | undefined {
  const bites = (raw ?? []).flatMap(({ startTime: start = NaN, duration = NaN, display }) =>
    start >= 0 && duration > 0 && Number.isFinite(start + duration)
      ? [{ start, duration, title: clean(display, LIMITS.titleLength) }]
      : [],
  );
  return bites.length > 0 ? bites.slice(0, LIMITS.soundbites) : undefined;
}

/**
 * The people an episode names, each once in each role, with the namespace's default role
 * ("host") where none is said.
 */
function peopleOf(raw: ItemFields['people'], base: string): EpisodePerson[] | undefined {
  const people = (raw ?? []).flatMap(({ name, role, href }) => {
    const named = clean(name, LIMITS.nameLength);
    if (!named) return [];
    const url = safeUrl(href, base);
    const part = clean(role, LIMITS.tagLength)?.toLowerCase() ?? 'host';
    return [url ? { name: named, role: part, url } : { name: named, role: part }];
  });
  const unique = uniqueBy(people, ({ name, role }) => `${name}\n${role}`);
  return unique.length > 0 ? unique.slice(0, LIMITS.people) : undefined;
}

/**
 * An episode's chapters, those with a start and a title, in the order they play. A start is
 * Normal Play Time, as Podlove writes it: seconds, or minutes and seconds, or hours too, each
 * perhaps with a fraction. Undefined where there are none.
 */
function chaptersOf(raw: ItemFields['chapters'], base: string): Chapter[] | undefined {
  const chapters = (raw ?? []).flatMap(({ start, title, href }) => {
    const at = playTime(start);
    const name = clean(title, LIMITS.titleLength);
    if (at === undefined || !name) return [];
    const url = safeUrl(href, base);
    return [url ? { start: at, title: name, url } : { start: at, title: name }];
  });
  return chapters.length > 0
    ? chapters.sort((a, b) => a.start - b.start).slice(0, LIMITS.chapters)
    : undefined;
}

/** A heading the text opens with, inside the blocks that wrap it (XHTML's `<div>`). */
const OPENING_HEADING =
  /^(\s*(?:<(?:div|article|section|header)\b[^>]*>\s*)*)<h([1-3])\b[^>]*>([^]*?)<\/h\2\s*>/i;

/** The words of the heading a text opens with, where it has any. */
function openingHeading(html: string | undefined): string | undefined {
  const heading = html ? OPENING_HEADING.exec(html)?.[3] : undefined;
  const text = heading ? clean(htmlToText(heading), LIMITS.titleLength) : undefined;
  return text && hasWords(text) ? text : undefined;
}

/** A summary without the heading it opens with, where that is the post's title. */
function afterHeading(summary: string | undefined, heading: string | undefined) {
  return heading && summary?.startsWith(heading)
    ? summary.slice(heading.length).trim() || undefined
    : summary;
}

/**
 * A text without the heading it opens with where that is the post's own title, shown above it
 * (a site that puts each page's whole article in its feed, heading and all).
 */
function withoutTitleHeading(html: string | undefined, title: string | undefined) {
  const opening = html && title ? OPENING_HEADING.exec(html) : null;
  if (!html || !title || !opening) return html;
  const [whole, before = '', , heading = ''] = opening;
  const same = (text: string) => collapseWhitespace(text).toLocaleLowerCase();
  return same(htmlToText(heading)) === same(title) ? before + html.slice(whole.length) : html;
}

/** A video site's page: YouTube's or Vimeo's, which no player plays, whatever type it is given. */
const VIDEO_PAGE =
  /^https?:\/\/(?:(?:(?:www|m)\.)?(youtube)\.com\/(?:watch\b|shorts\/)|(youtu)\.be\/|(?:www\.)?(vimeo)\.com\/\d)/i;

/**
 * An attachment that is a video's page, as a link to it ("Watch the video on YouTube"), not a
 * recording: a feed made from a channel's videos gives them as `audio/mpeg` enclosures.
 */
function asVideoPage(attachment: Attachment): Attachment {
  const site = VIDEO_PAGE.exec(attachment.url)?.slice(1).find(Boolean)?.toLowerCase();
  if (!site) return attachment;
  const name = site === 'vimeo' ? 'Vimeo' : 'YouTube';
  return {
    ...attachment,
    mimeType: 'text/html',
    title: attachment.title ?? `Watch the video on ${name}`,
  };
}

/** Whether an item is a show's episode, by its elements, its recording's length or its chapters. */
function isEpisode(fields: ItemFields, recordings: readonly Attachment[]): boolean {
  return Boolean(
    fields.isEpisode ||
    fields.episode ||
    fields.chaptersUrl ||
    fields.chapters?.length ||
    recordings.some((recording) => recording.durationInSeconds),
  );
}

/**
 * The text without its own `<audio>` and `<video>` players of these recordings, as show notes
 * embed the episode (Jekyll's podcast themes, No Agenda's notes).
 */
function withoutPlayers(
  html: string | undefined,
  recordings: readonly Attachment[],
): string | undefined {
  const paths = recordings.flatMap((recording) => parseUrl(recording.url)?.pathname ?? []);
  return html?.replace(/<(audio|video)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, (player) =>
    paths.some((path) => player.includes(path)) ? '' : player,
  );
}

/**
 * A sound or video the article's HTML already plays (`<video src>`), or shows in a frame (a
 * video site's player page, which Motor.ru gives again as a `video/mp4` enclosure): not listed
 * again below it.
 */
function playedIn(html: string | undefined, attachment: Attachment): boolean {
  if (!html || !/^(audio|video)\//.test(attachment.mimeType)) return false;
  const address = parseUrl(attachment.url);
  if (!address) return false;
  return (
    [...html.matchAll(/<(?:audio|video|source)\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/gi)].some(
      ([, src = '']) => src.includes(address.pathname),
    ) ||
    [...html.matchAll(/<iframe\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/gi)].some(([, src = '']) =>
      frames(parseUrl(src.replaceAll('&amp;', '&'), address.href), address),
    )
  );
}

/** Whether a frame's address is the player at `address`: its page, with all it asks for. */
function frames(frame: URL | undefined, address: URL): boolean {
  return (
    frame !== undefined &&
    frame.host === address.host &&
    frame.pathname === address.pathname &&
    [...address.searchParams].every(([name, value]) =>
      frame.searchParams.getAll(name).includes(value),
    )
  );
}

function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(key(value)) && Boolean(seen.add(key(value))));
}
