import { useRef, useState } from 'react';
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

/** Subscriptions by folder (those in none first), with an undo for the last unsubscribe. */
export function SubscriptionList({
  subscriptions,
  renderStatus,
  folderUnread,
}: SubscriptionListProps) {
  const [removed, setRemoved] = useState<Subscription>();
  const undoRef = useRef<HTMLButtonElement>(null);
  const folders = [...new Set(subscriptions.flatMap((feed) => feed.folder ?? []))].sort((a, b) =>
    a.localeCompare(b),
  );
  const groups = [
    { folder: '', feeds: subscriptions.filter((feed) => !feed.folder) },
    ...folders.map((folder) => ({
      folder,
      feeds: subscriptions.filter((feed) => feed.folder === folder),
    })),
  ].filter((group) => group.feeds.length > 0);

  const remove = (subscription: Subscription) => {
    unsubscribe(subscription.feedUrl);
    setRemoved(subscription);
    // The button pressed is gone with its subscription: focus goes to the way back.
    requestAnimationFrame(() => undoRef.current?.focus());
  };
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
                  status={renderStatus?.(subscription)}
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
