import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { positionToRestore } from '../../../components/scroll-restoration';
import { useSaid } from '../../../components/use-said';
import { nextTask } from '../../../lib/next-task';
import { plural } from '../../../lib/plural';
import { folderKey } from '../store/subscription-data';
import type { Subscription } from '../store/subscription-data';
import { own } from '../../../lib/own';
import { renameFolder, undoUnsubscribe, unsubscribe } from '../store/subscription-actions';
import { useSubscriptionStore } from '../store/subscription-store';
import { FolderHeading, unreadText } from './folder-heading';
import { SubscriptionItem } from './subscription-item';

interface SubscriptionListProps {
  subscriptions: readonly Subscription[];
  /** A subscription's unread count, when it was last read and its error. */
  renderStatus?: (subscription: Subscription) => ReactNode;
  /** Unread articles in a folder ('' for those in none), from the app. */
  folderUnread?: (folder: string) => number;
  /** Something else on the page has said more since: a saved rename is not said again. */
  quiet?: boolean;
  /** A rename was saved, or a feed unsubscribed from: the list says so. */
  onSaid?: () => void;
}

/**
 * The folders by name, and the subscriptions of each (those in none first). Two spellings of
 * one folder, as two tabs may write at once, are one, under the first listed.
 */
function groupByFolder(subscriptions: readonly Subscription[]) {
  const byFolder = new Map<string, { folder: string; feeds: Subscription[] }>();
  for (const feed of subscriptions) {
    const folder = feed.folder ?? '';
    const group = byFolder.get(folderKey(folder));
    if (group) group.feeds.push(feed);
    else byFolder.set(folderKey(folder), { folder, feeds: [feed] });
  }
  // '' (no folder) sorts before every name.
  const groups = [...byFolder.values()].sort((a, b) => a.folder.localeCompare(b.folder));
  const folders = groups.map(({ folder }) => folder).filter(Boolean);
  // Names more than one subscription has: a site's RSS and Atom feeds, both "Daring Fireball".
  const seen = new Set<string>();
  const alike = new Set<string>();
  for (const { title } of subscriptions) {
    const key = nameKey(title);
    if (seen.has(key)) alike.add(key);
    seen.add(key);
  }
  return { folders, groups, alike };
}

const nameKey = (title: string) => title.trim().toLowerCase();

/** Lines drawn in one task: a thousand feeds just imported are drawn fifty at a time. */
const LINES_AT_ONCE = 50;

/**
 * The subscriptions whose lines are drawn: those drawn before stay, and those not yet drawn
 * join, in the order they are listed, `LINES_AT_ONCE` a task. A thousand lines (and the feed
 * each one watches) at once would hold the page up for a tenth of a second and more. Back to a
 * place down the list, it is all drawn in the first commit, for that place to be there.
 */
function useDrawnLines(groups: readonly { feeds: readonly Subscription[] }[]) {
  const { key } = useLocation();
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(
    () =>
      new Set(firstUndrawn(groups, undefined, positionToRestore(key) ? Infinity : LINES_AT_ONCE)),
  );
  const next = useMemo(() => firstUndrawn(groups, drawn), [groups, drawn]);
  useEffect(() => {
    if (next.length === 0) return;
    let live = true;
    void nextTask().then(() => {
      if (live) setDrawn((lines) => new Set([...lines, ...next]));
    });
    return () => {
      live = false;
    };
  }, [next]);
  return drawn;
}

/** Up to `most` feeds, in the order listed, whose lines are not drawn yet. */
function firstUndrawn(
  groups: readonly { feeds: readonly Subscription[] }[],
  drawn: ReadonlySet<string> = new Set<string>(),
  most = LINES_AT_ONCE,
): string[] {
  const found: string[] = [];
  for (const { feeds } of groups) {
    for (const { feedUrl } of feeds) {
      if (found.length === most) return found;
      if (!drawn.has(feedUrl)) found.push(feedUrl);
    }
  }
  return found;
}

/** Subscriptions by folder (those in none first), with an undo for the last unsubscribe. */
export function SubscriptionList({
  subscriptions,
  renderStatus,
  folderUnread,
  quiet = false,
  onSaid,
}: SubscriptionListProps) {
  const [removed, setRemoved] = useState<Subscription>();
  const undoRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // Focus on a part of a subscription's line once it is drawn: it may have moved, or come back,
  // and the list is drawn a render or more behind the store (deferred, and in batches). Not once
  // the reader has put focus somewhere else themselves.
  const [focusTo, focusOn] = useState<{ feedUrl: string; part: string }>();
  // What a saved rename or move made of the feed, said where the reader hears it: the line
  // itself may have moved to another folder.
  const [saved, setSaved] = useSaid<string | undefined>(undefined);
  const edited = useCallback(
    (feedUrl: string, wasSaved: boolean) => {
      const subscription = own(useSubscriptionStore.getState().feeds, feedUrl);
      setSaved(wasSaved && subscription ? savedAs(subscription) : undefined);
      if (wasSaved) onSaid?.();
      focusOn({ feedUrl, part: '.subscription-rename' });
    },
    [onSaid, setSaved],
  );
  // Kept while the list is the same: each entry re-renders only when its own feed changes.
  const { folders, groups, alike } = useMemo(() => groupByFolder(subscriptions), [subscriptions]);
  const drawn = useDrawnLines(groups);
  useEffect(() => {
    if (!focusTo) return;
    // Not before the list shows the line where the store has it now (in its new folder).
    const stored = own(useSubscriptionStore.getState().feeds, focusTo.feedUrl);
    const listed = subscriptions.find(({ feedUrl }) => feedUrl === focusTo.feedUrl);
    if (stored && listed?.folder !== stored.folder) return;
    // Lost with the button pressed, or still in the list (the form that saved): not elsewhere.
    const focus = document.activeElement;
    const lost =
      focus === document.body || focus === null || Boolean(listRef.current?.contains(focus));
    const line = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-feed]') ?? [])].find(
      (each) => each.dataset.feed === focusTo.feedUrl,
    );
    const target = line?.querySelector<HTMLElement>(focusTo.part);
    if (lost && target) target.focus();
    if (!lost || target) focusOn(undefined);
  }, [focusTo, subscriptions, drawn]);
  // A folder renamed: said, and focus on its Rename button under its new name (or, moved into
  // no folder, on its first feed's line), once the list shows it there.
  const [folderFocus, focusFolder] = useState<string>();
  const renamed = (from: string, feedsIn: readonly Subscription[], to: string | undefined) => {
    if (to === undefined) {
      focusFolder(from);
      return;
    }
    // Into a folder there is under another spelling: said and focused under that folder's.
    const { moved, folder: into } = renameFolder(from, to);
    setRemoved(undefined);
    setSaved(
      `Saved: ${plural(moved, { one: '# feed', other: '# feeds' })} of ${from} ${
        into ? `now in ${into}` : 'now in no folder'
      }.`,
    );
    onSaid?.();
    const first = feedsIn[0];
    if (into) focusFolder(into);
    else if (first) focusOn({ feedUrl: first.feedUrl, part: '.subscription-rename' });
  };
  useEffect(() => {
    if (folderFocus === undefined) return;
    const section = [
      ...(listRef.current?.querySelectorAll<HTMLElement>('[data-folder]') ?? []),
    ].find((each) => each.dataset.folder === folderFocus);
    const target = section?.querySelector<HTMLElement>('.subscription-folder-rename');
    if (!target) return;
    target.focus();
    focusFolder(undefined);
  }, [folderFocus, groups, drawn]);
  const remove = useCallback(
    (subscription: Subscription) => {
      unsubscribe(subscription.feedUrl);
      setRemoved(subscription);
      setSaved(undefined);
      onSaid?.();
      // The button pressed is gone with its subscription: focus goes to the way back.
      requestAnimationFrame(() => undoRef.current?.focus());
    },
    [onSaid, setSaved],
  );
  const undo = () => {
    if (!removed) return;
    const { feedUrl } = removed;
    undoUnsubscribe(feedUrl);
    setRemoved(undefined);
    // The Undo button goes: focus goes to the subscription it brought back.
    focusOn({ feedUrl, part: '.subscription-title' });
  };

  // Followed again some other way (subscribed, imported): nothing is left to undo. Asked of
  // the store, not of the list, which may be drawn a moment behind it.
  const undoable = useSubscriptionStore((state) =>
    removed ? Boolean(own(state.feeds, removed.feedUrl)?.removedAt) : false,
  );

  return (
    <div className="subscription-list" ref={listRef}>
      {/* Only the words are the status: a screen reader does not read "Undo" into them. */}
      <div className="undo-status">
        <span role="status">
          <span key={saved.n}>
            {removed && undoable ? `Unsubscribed from ${removed.title}.` : !quiet && saved.value}
          </span>
        </span>{' '}
        {removed && undoable && (
          <button ref={undoRef} type="button" className="button button-small" onClick={undo}>
            Undo
          </button>
        )}
      </div>
      {subscriptions.length === 0 && <p className="notice">You follow no feeds yet.</p>}
      {groups.map(({ folder, feeds }) => {
        const lines = feeds.filter(({ feedUrl }) => drawn.has(feedUrl));
        if (lines.length === 0) return null;
        const unread = folderUnread?.(folder);
        return (
          <section
            key={folder}
            className="subscription-folder"
            aria-label={folder || 'Not in a folder'}
            data-folder={folder}
          >
            {folder ? (
              <FolderHeading
                folder={folder}
                unread={unread}
                onRenamed={(to) => renamed(folder, feeds, to)}
              />
            ) : (
              // Among folders, the feeds in none have a heading of their own too.
              folders.length > 0 && (
                <h2 className="subscription-folder-name">
                  Not in a folder
                  {unread !== undefined && (
                    <span className="unread-count"> {unreadText(unread)}</span>
                  )}
                </h2>
              )
            )}
            <ul className="subscriptions">
              {lines.map((subscription) => (
                <SubscriptionItem
                  key={subscription.feedUrl}
                  subscription={subscription}
                  folders={folders}
                  alike={alike.has(nameKey(subscription.title))}
                  renderStatus={renderStatus}
                  onUnsubscribe={remove}
                  onEdited={edited}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** "Saved: The harbour-master, in Local." */
function savedAs({ title, folder }: Subscription): string {
  return `Saved: ${title}, ${folder ? `in ${folder}` : 'in no folder'}.`;
}
