import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { plural } from '../../../lib/plural';
import type { Subscription } from '../store/subscription-data';
import { subscribe, unsubscribe } from '../store/subscription-actions';
import { SubscriptionItem } from './subscription-item';

interface SubscriptionListProps {
  subscriptions: readonly Subscription[];
  /** A subscription's unread count, when it was last read and its error. */
  renderStatus?: (subscription: Subscription) => ReactNode;
  /** Unread articles in a folder ('' for those in none), from the app. */
  folderUnread?: (folder: string) => number;
}

/** The folders by name, and the subscriptions of each (those in none first). */
function groupByFolder(subscriptions: readonly Subscription[]) {
  const byFolder = new Map<string, Subscription[]>();
  for (const feed of subscriptions) {
    const folder = feed.folder ?? '';
    const feeds = byFolder.get(folder);
    if (feeds) feeds.push(feed);
    else byFolder.set(folder, [feed]);
  }
  const folders = [...byFolder.keys()].filter(Boolean).sort((a, b) => a.localeCompare(b));
  const groups = ['', ...folders].flatMap((folder) => {
    const feeds = byFolder.get(folder);
    return feeds ? [{ folder, feeds }] : [];
  });
  return { folders, groups };
}

/** Subscriptions by folder (those in none first), with an undo for the last unsubscribe. */
export function SubscriptionList({
  subscriptions,
  renderStatus,
  folderUnread,
}: SubscriptionListProps) {
  const [removed, setRemoved] = useState<Subscription>();
  const undoRef = useRef<HTMLButtonElement>(null);
  // Kept while the list is the same: each entry re-renders only when its own feed changes.
  const { folders, groups } = useMemo(() => groupByFolder(subscriptions), [subscriptions]);
  const remove = useCallback((subscription: Subscription) => {
    unsubscribe(subscription.feedUrl);
    setRemoved(subscription);
    // The button pressed is gone with its subscription: focus goes to the way back.
    requestAnimationFrame(() => undoRef.current?.focus());
  }, []);
  const undo = () => {
    if (!removed) return;
    const { feedUrl, title, folder, siteUrl } = removed;
    subscribe([{ feedUrl, title, folder, siteUrl }]);
    setRemoved(undefined);
  };

  return (
    <div className="subscription-list">
      <div role="status" className="undo-status">
        {removed && (
          <>
            Unsubscribed from {removed.title}.{' '}
            <button ref={undoRef} type="button" className="button button-small" onClick={undo}>
              Undo
            </button>
          </>
        )}
      </div>
      {subscriptions.length === 0 && <p className="notice">You follow no feeds yet.</p>}
      {groups.map(({ folder, feeds }) => {
        const unread = folderUnread?.(folder);
        return (
          <section
            key={folder}
            className="subscription-folder"
            aria-label={folder || 'Not in a folder'}
          >
            {folder && (
              <h2 className="subscription-folder-name">
                <Link to={paths.folder(folder)}>{folder}</Link>
                {unread !== undefined && (
                  <span className="unread-count">
                    {' '}
                    {plural(unread, { one: '# unread', other: '# unread' })}
                  </span>
                )}
              </h2>
            )}
            <ul className="subscriptions">
              {feeds.map((subscription) => (
                <SubscriptionItem
                  key={subscription.feedUrl}
                  subscription={subscription}
                  folders={folders}
                  renderStatus={renderStatus}
                  onUnsubscribe={remove}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
