import { own, setOwn } from '../../../lib/own';

/** One feed the reader follows. Plain JSON values only. */
export interface Subscription {
  /** Absolute URL of the feed's first page: the key of everything kept for it. */
  feedUrl: string;
  /** The name the reader sees: the feed's own title, the OPML title, or the reader's rename. */
  title: string;
  /** The outline it sits in (OPML); one level, a nested import keeps the path: "News / Tech". */
  folder?: string;
  /** The site the feed belongs to (OPML `htmlUrl`, the feed's home page). */
  siteUrl?: string;
  addedAt: string;
  /** When the reader last changed it (title, folder), or added or removed it: merges by it. */
  changedAt: string;
  /** Set when the reader unsubscribed: kept so that another tab learns of it. */
  removedAt?: string;
  /**
   * Named by its address for want of a name (an OPML outline without one): the feed's own
   * title replaces it once the feed is read.
   */
  untitled?: true;
}

/** What the subscription store keeps in storage. */
export interface SubscriptionData {
  /** By feed URL. */
  feeds: Record<string, Subscription>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Checked by hand: this module ships with the front page, the schema library does not.
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * One stored or imported subscription checked, or undefined when it does not fit. A name that
 * is no text (a number, null, nothing) does not cost the reader the feed: it is named as a feed
 * without a name is, by its host, until its own title is read.
 */
export function checkSubscription(value: unknown): Subscription | undefined {
  if (!isRecord(value)) return undefined;
  const { feedUrl, title, folder, siteUrl, addedAt, changedAt, removedAt, untitled } = value;
  if (!isHttpUrl(feedUrl) || !isDate(addedAt)) return undefined;
  if (folder !== undefined && !isText(folder)) return undefined;
  if (removedAt !== undefined && !isDate(removedAt)) return undefined;
  const named = isText(title) && title.trim() !== '';
  const subscription: Subscription = {
    feedUrl,
    title: named ? title : new URL(feedUrl).host,
    addedAt,
    changedAt: isDate(changedAt) ? changedAt : addedAt,
  };
  if (folder !== undefined) subscription.folder = folder;
  if (isHttpUrl(siteUrl)) subscription.siteUrl = siteUrl;
  if (removedAt !== undefined) subscription.removedAt = removedAt;
  if (untitled === true || !named) subscription.untitled = true;
  return subscription;
}

/**
 * What makes two folder names one folder: "Tech", " tech" and "TECH" are one, and so are names
 * in either Unicode form (normalised to NFC). Upper then lower case, in no locale's way: "ß" and
 * "SS" are one too.
 */
export const folderKey = (name: string) =>
  name.replace(/\s+/g, ' ').trim().toUpperCase().toLowerCase().normalize();

/**
 * Stored data of any version, entry by entry: those that do not fit are skipped and counted.
 * Folders stored under two spellings (an import, before they were one) are one, under the
 * spelling stored first.
 */
export function readSubscriptionData(state: unknown): { data: SubscriptionData; skipped: number } {
  const raw = isRecord(state) ? state.feeds : undefined;
  const feeds: Record<string, Subscription> = {};
  if (raw === undefined) return { data: { feeds }, skipped: 0 };
  if (!isRecord(raw)) return { data: { feeds }, skipped: 1 };
  let skipped = 0;
  const spellings = new Map<string, string>();
  for (const value of Object.values(raw)) {
    const subscription = checkSubscription(value);
    if (!subscription) {
      skipped++;
      continue;
    }
    const { folder, removedAt } = subscription;
    if (folder && !removedAt) {
      const key = folderKey(folder);
      spellings.set(key, (subscription.folder = spellings.get(key) ?? folder));
    }
    setOwn(feeds, subscription.feedUrl, subscription);
  }
  return { data: { feeds }, skipped };
}

/** By feed, the later change wins (a rename, a move, an unsubscribe, a subscribe again). */
export function mergeSubscriptions(
  base: SubscriptionData,
  incoming: SubscriptionData,
): SubscriptionData {
  let feeds: Record<string, Subscription> | undefined;
  for (const [key, theirs] of Object.entries(incoming.feeds)) {
    const ours = own(base.feeds, key);
    if (ours === theirs) continue;
    if (ours && Date.parse(ours.changedAt) >= Date.parse(theirs.changedAt)) continue;
    feeds ??= { ...base.feeds };
    setOwn(feeds, key, theirs);
  }
  return feeds ? { feeds } : base;
}

/**
 * Those of `subscriptions` a folder's page shows (its name in any case: "/folders/tech" is
 * Tech's), or all of them for no folder.
 */
export function inFolder(
  subscriptions: readonly Subscription[],
  folder: string | undefined,
): readonly Subscription[] {
  if (folder === undefined) return subscriptions;
  const key = folderKey(folder);
  return subscriptions.filter(({ folder: name }) => (name && folderKey(name)) === key);
}

/** The subscriptions in force (unsubscribed ones are kept only to tell other tabs). */
export function activeSubscriptions(data: SubscriptionData): Subscription[] {
  return Object.values(data.feeds).filter((subscription) => !subscription.removedAt);
}

let titles: Intl.Collator | undefined;

/**
 * The subscriptions in force, by title (the order the subscriptions page lists them in). One
 * collator for every comparison: `localeCompare` with options makes a new one each time, some
 * 10 ms for a hundred feeds.
 */
export function activeByTitle(data: SubscriptionData): Subscription[] {
  titles ??= new Intl.Collator(undefined, { sensitivity: 'base' });
  const collator = titles;
  return activeSubscriptions(data).sort((a, b) => collator.compare(a.title, b.title));
}
