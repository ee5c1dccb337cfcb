import type { Validators } from '../../../lib/conditional';

export interface Author {
  name?: string;
  url?: string;
  avatar?: string;
}

export interface Attachment {
  url: string;
  mimeType: string;
  title?: string;
  sizeInBytes?: number;
  durationInSeconds?: number;
  /**
   * The same recording in other files, offered to download: Podcasting 2.0's alternate
   * enclosures, each named by what tells it apart ("720p", "Audio", "Lossless").
   */
  alternates?: { url: string; mimeType: string; title: string }[];
  /** What tells this file from its alternates, where they name it ("2160p", "Standard"). */
  variant?: string;
}

/** A part of an episode, where it starts (Podlove Simple Chapters). */
export interface Chapter {
  /** Seconds from the start. */
  start: number;
  title: string;
  /** A page about it. */
  url?: string;
}

/** A moment of an episode worth hearing on its own (Podcasting 2.0's podcast:soundbite). */
export interface Soundbite {
  /** Seconds from the start. */
  start: number;
  /** How long it lasts, in seconds. */
  duration: number;
  title?: string;
}

/** Someone an episode names, and what they do in it (Podcasting 2.0's podcast:person). */
export interface EpisodePerson {
  name: string;
  /** As the feed writes it, in lower case: "host", "guest", "cover art designer". */
  role: string;
  /** A page about them. */
  url?: string;
}

/** One feed item, normalised. Dates are ISO strings so the value survives JSON persistence. */
export interface Article {
  id: string;
  /**
   * What a list shows under the title, when it is not the summary itself: a long summary cut
   * short, or the opening of the text. Absent, the summary is shown.
   */
  excerpt?: string;
  /** Minutes to read the text, at least 1; 0 where there is no text to read. */
  readingMinutes: number;
  /** Display title: the item's title, or one derived from its text for title-less posts. */
  title: string;
  hasTitle: boolean;
  url?: string;
  externalUrl?: string;
  summary?: string;
  contentHtml?: string;
  contentText?: string;
  image?: string;
  /** What `image` shows, where the feed describes it (media:description). */
  imageAlt?: string;
  /** Who made `image`, as the feed credits it (media:credit): "Photograph: … /The Guardian". */
  imageCredit?: string;
  bannerImage?: string;
  published?: string;
  /**
   * For an article with no date of its own, on a feed's first page: when the reader's copy first
   * listed it (seen-dates.ts). Lists place and group it by this; it is never shown as its date.
   */
  seen?: string;
  modified?: string;
  /** The date the piece was first written, when it was republished later. */
  originalDate?: string;
  authors: Author[];
  tags: string[];
  language?: string;
  attachments: Attachment[];
  /** Where a podcast's episode is in its show: "Season 2, episode 7", "Episode 7", "Trailer". */
  episode?: string;
  /** An episode's chapters, in the order they play: where the feed names them. */
  chapters?: Chapter[];
  /**
   * Where an episode's chapters are published as a JSON document of their own (Podcasting
   * 2.0), read when the episode is opened: only where the feed lists none itself.
   */
  chaptersUrl?: string;
  /** Who is in an episode (hosts, guests) and who made it, in the order the feed names them. */
  people?: EpisodePerson[];
  /** An episode's highlights, where the feed names them. */
  soundbites?: Soundbite[];
  /** Where the item's existing comments are published: a JSON comments document or a comment feed. */
  commentsUrl?: string;
  /** The web page of its comments, where the feed names one (RSS `<comments>`). */
  commentsPage?: string;
  /** How many comments the publisher counts for the item (slash:comments, thr:total). */
  commentCount?: number;
  /** What relative URLs in the item's HTML resolve against, when not its `url` (xml:base). */
  contentBase?: string;
  /** The feed it came from, in a list of several feeds' articles (the front page). */
  origin?: ArticleOrigin;
}

/** A feed as a list of several feeds names it beside each of its articles. */
export interface ArticleOrigin {
  feedUrl: string;
  /** The `?feed=` value its links carry; null for the bundled feed. */
  feedParam: string | null;
  title: string;
  icon?: string;
}

export interface FeedInfo {
  title: string;
  homePageUrl?: string;
  feedUrl?: string;
  description?: string;
  icon?: string;
  language?: string;
  authors: Author[];
  /** The address the feed says it has moved to (`itunes:new-feed-url`), another than its own. */
  movedTo?: string;
}

export interface FeedPage {
  /** The absolute URL this page was read from. */
  url: string;
  feed: FeedInfo;
  articles: Article[];
  /** Items that could not be read and were left out. */
  skipped: number;
  /** Absolute URL of the next (older) page; absent on the last page or when it would loop. */
  nextUrl?: string;
  /** The document had no `items` list at all. */
  missingItems: boolean;
  /** What the page was served with, to ask next time whether it changed. */
  validators?: Validators;
  /** Only the document's first items: the rest was still downloading. */
  partial?: true;
}
