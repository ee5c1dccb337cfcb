import { own, setOwn } from '../../../lib/own';
import { addressKey } from '../../../lib/address-key';
import { followedAt, followedByAddress } from './followed';
import { folderKey, mergeSubscriptions } from './subscription-data';
import type { Subscription } from './subscription-data';
import { commitSubscriptions, useSubscriptionStore } from './subscription-store';
import type { NewSubscription } from './subscription-store';

// The store's actions, apart from it: the front page reads the subscriptions, and only the
// pages that change them load this.

/** How adding many subscriptions (an OPML import) went. */
export interface AddReport {
  added: Subscription[];
  /** Already subscribed: left as they were, but for those in `filed`. */
  duplicates: NewSubscription[];
  /** Already subscribed in no folder, now in the folder given (an import's). */
  filed: Subscription[];
}

/** A time after every change already made to `previous`: the newest change always wins. */
function changeTime(previous?: Subscription): string {
  const after = previous ? Date.parse(previous.changedAt) + 1 : 0;
  return new Date(Math.max(Date.now(), after)).toISOString();
}

const feeds = () => useSubscriptionStore.getState().feeds;

/**
 * Names folders as the reader has them: a name given in another case or spacing than a folder
 * of `others` ("tech" where "Tech" is) is that folder's; a new folder keeps the name it is first
 * given (trimmed). '' or white space: no folder.
 */
function folderNamer(others: readonly Subscription[] = Object.values(feeds())) {
  const names = new Map<string, string>();
  for (const { folder, removedAt } of others) {
    if (!folder || removedAt) continue;
    const key = folderKey(folder);
    if (!names.has(key)) names.set(key, folder);
  }
  return (given?: string): string | undefined => {
    const folder = given?.trim();
    if (!folder) return undefined;
    const key = folderKey(folder);
    if (!names.has(key)) names.set(key, folder);
    return names.get(key);
  };
}

/**
 * Adds feeds not yet followed (one already there is reported, not added twice) and follows
 * again those unsubscribed from. One already followed in no folder goes into the folder given:
 * a reader who brings their list from another app expects its folders; one in a folder of the
 * reader's own stays there. One write however many: an import of a thousand is one.
 */
export function subscribe(wanted: readonly NewSubscription[]): AddReport {
  const report: AddReport = { added: [], duplicates: [], filed: [] };
  const current = feeds();
  const folderNamed = folderNamer();
  // A map, not a record: any address is a key as it is, "__proto__" too.
  const changes = new Map<string, Subscription>();
  // Those followed, by addressKey, with those this call adds or files.
  const followed = new Map(followedByAddress(current));
  for (const feed of wanted) {
    const key = addressKey(feed.feedUrl);
    const known = followed.get(key);
    if (known) {
      report.duplicates.push(feed);
      // Only one followed before this call: not one added or filed a moment ago.
      const folder =
        !known.folder && own(current, known.feedUrl) === known && folderNamed(feed.folder);
      if (folder) {
        const filed: Subscription = { ...known, folder, changedAt: changeTime(known) };
        followed.set(key, filed);
        changes.set(known.feedUrl, filed);
        report.filed.push(filed);
      }
      continue;
    }
    // Unsubscribed from before: followed again, later than that.
    const now = changeTime(own(current, feed.feedUrl));
    const subscription: Subscription = {
      feedUrl: feed.feedUrl,
      title: feed.title.trim() || feed.feedUrl,
      addedAt: now,
      changedAt: now,
    };
    const folder = folderNamed(feed.folder);
    if (folder) subscription.folder = folder;
    if (feed.siteUrl) subscription.siteUrl = feed.siteUrl;
    if (feed.untitled) subscription.untitled = true;
    followed.set(key, subscription);
    changes.set(feed.feedUrl, subscription);
    report.added.push(subscription);
  }
  if (changes.size > 0) {
    // fromEntries and spreading define each key as data.
    commitSubscriptions((data) => ({ feeds: { ...data.feeds, ...Object.fromEntries(changes) } }));
  }
  return report;
}

/**
 * Subscriptions from a backup, merged as two tabs' lists are: of each feed, the later change
 * wins, a rename, a move or an unsubscribe, so the bundled feeds a new browser follows take the
 * reader's names and folders, and one unsubscribed from since the backup stays so. A feed
 * followed here at another spelling of its address is that feed. Returns how many feeds are
 * followed that were not.
 */
export function restoreSubscriptions(entries: readonly Subscription[]): number {
  const before = feeds();
  const spelling = new Map<string, string>();
  for (const { feedUrl, removedAt } of Object.values(before)) {
    const key = addressKey(feedUrl);
    if (!removedAt || !spelling.has(key)) spelling.set(key, feedUrl);
  }
  const folderNamed = folderNamer();
  const incoming: Record<string, Subscription> = {};
  for (const entry of entries) {
    const { folder, ...rest } = entry;
    const key = addressKey(entry.feedUrl);
    const feedUrl = spelling.get(key) ?? entry.feedUrl;
    spelling.set(key, feedUrl);
    // The backup's own two spellings of one feed: its later change.
    const other = own(incoming, feedUrl);
    if (other && Date.parse(other.changedAt) >= Date.parse(entry.changedAt)) continue;
    const named = folderNamed(folder);
    setOwn(incoming, feedUrl, named ? { ...rest, feedUrl, folder: named } : { ...rest, feedUrl });
  }
  commitSubscriptions((data) => mergeSubscriptions(data, { feeds: incoming }));
  const after = feeds();
  const followed = (data: Record<string, Subscription>, feedUrl: string) =>
    own(data, feedUrl) !== undefined && !own(data, feedUrl)?.removedAt;
  return Object.keys(incoming).filter(
    (feedUrl) => followed(after, feedUrl) && !followed(before, feedUrl),
  ).length;
}

export function unsubscribe(feedUrl: string) {
  const subscription = own(feeds(), feedUrl);
  if (!subscription || subscription.removedAt) return;
  const removedAt = changeTime(subscription);
  commitSubscriptions((data) => ({
    feeds: { ...data.feeds, [feedUrl]: { ...subscription, removedAt, changedAt: removedAt } },
  }));
}

/**
 * Follows again, as it was, a feed just unsubscribed from: its name (or the want of one), folder
 * and the date it was first added. Nothing, if it is followed again already, at any address.
 */
export function undoUnsubscribe(feedUrl: string) {
  const current = feeds();
  const subscription = own(current, feedUrl);
  if (!subscription?.removedAt) return;
  if (followedAt(current, feedUrl)) return;
  const restored: Subscription = { ...subscription, changedAt: changeTime(subscription) };
  delete restored.removedAt;
  const folder = folderNamer()(subscription.folder);
  if (folder) restored.folder = folder;
  else delete restored.folder;
  commitSubscriptions((data) => ({ feeds: { ...data.feeds, [feedUrl]: restored } }));
}

/**
 * Changes the name or the folder ('' or undefined: none) of a subscription: into a folder there
 * is under another spelling, under that folder's.
 */
export function updateSubscription(feedUrl: string, change: { title?: string; folder?: string }) {
  const subscription = own(feeds(), feedUrl);
  if (!subscription || subscription.removedAt) return;
  const next: Subscription = { ...subscription, changedAt: changeTime(subscription) };
  if (change.title !== undefined) {
    next.title = change.title.trim() || subscription.title;
    delete next.untitled;
  }
  if (change.folder !== undefined) {
    // Not its own folder's spelling: "TECH" for the one feed in "Tech" writes it anew.
    const others = Object.values(feeds()).filter((each) => each.feedUrl !== feedUrl);
    const folder = folderNamer(others)(change.folder);
    if (folder) next.folder = folder;
    else delete next.folder;
  }
  commitSubscriptions((data) => ({ feeds: { ...data.feeds, [feedUrl]: next } }));
}

/**
 * Renames a folder: every feed followed in `from` (in any spelling) moves to `to` (into a folder
 * of that name in any case where there is one already, under its name; '' or white space: into
 * none; `from` in another case: the same folder under the new spelling), in one write. Returns
 * how many moved, and the folder they are in now.
 */
export function renameFolder(from: string, to: string): { moved: number; folder?: string } {
  const key = folderKey(from);
  const all = Object.values(feeds()).filter((subscription) => !subscription.removedAt);
  const inFrom = (subscription: Subscription) =>
    subscription.folder !== undefined && folderKey(subscription.folder) === key;
  const folder = folderNamer(all.filter((subscription) => !inFrom(subscription)))(to);
  const moved: Record<string, Subscription> = {};
  for (const subscription of all) {
    if (!inFrom(subscription) || subscription.folder === folder) continue;
    const next: Subscription = { ...subscription, changedAt: changeTime(subscription) };
    if (folder) next.folder = folder;
    else delete next.folder;
    setOwn(moved, subscription.feedUrl, next);
  }
  const count = Object.keys(moved).length;
  if (count > 0) commitSubscriptions((data) => ({ feeds: { ...data.feeds, ...moved } }));
  return { moved: count, folder };
}

/**
 * The feeds' own titles (by feed address), for subscriptions named only by their address
 * (untitled), once the feeds have been read: one write for all. A name the reader gave stays.
 */
export function adoptFeedTitles(titles: ReadonlyMap<string, string>) {
  const adopted: Record<string, Subscription> = {};
  for (const [feedUrl, title] of titles) {
    const subscription = own(feeds(), feedUrl);
    const name = title.trim();
    if (!subscription?.untitled || subscription.removedAt || !name) continue;
    const next: Subscription = {
      ...subscription,
      title: name,
      changedAt: changeTime(subscription),
    };
    delete next.untitled;
    setOwn(adopted, feedUrl, next);
  }
  if (Object.keys(adopted).length === 0) return;
  commitSubscriptions((data) => ({ feeds: { ...data.feeds, ...adopted } }));
}
