import { memo, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { addressText } from '../../../lib/address-key';
import type { Subscription } from '../store/subscription-data';
import { updateSubscription } from '../store/subscription-actions';
import { EditForm } from './edit-form';

interface SubscriptionItemProps {
  subscription: Subscription;
  /** Every folder there is, offered when moving. */
  folders: readonly string[];
  /** Another subscription has the same name (a site's RSS and Atom feeds): its address tells. */
  alike?: boolean;
  /** Its unread count, when it was last read and its error, from the app. */
  renderStatus?: (subscription: Subscription) => ReactNode;
  onUnsubscribe: (subscription: Subscription) => void;
  /** The rename form closed, saved or not: focus goes back to "Rename or move". */
  onEdited: (feedUrl: string, saved: boolean) => void;
}

/** One subscription: its name (to its page), its state, and rename, move and unsubscribe. */
export const SubscriptionItem = memo(function SubscriptionItem({
  subscription,
  folders,
  alike = false,
  renderStatus,
  onUnsubscribe,
  onEdited,
}: SubscriptionItemProps) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(subscription.title);
  const [folder, setFolder] = useState(subscription.folder ?? '');
  // As the form opened: only what the reader changed is saved, not a name another tab has
  // changed since.
  const [opened, setOpened] = useState({ title, folder });
  const id = useId();
  const address = addressText(subscription.feedUrl);
  // What the buttons name: the name, and where two are alike, the address that tells them apart.
  const named = alike ? `${subscription.title} (${address})` : subscription.title;

  const close = (saved = false) => {
    setEditing(false);
    onEdited(subscription.feedUrl, saved);
  };
  const save = () => {
    updateSubscription(subscription.feedUrl, {
      ...(title !== opened.title && { title }),
      ...(folder !== opened.folder && { folder }),
    });
    close(true);
  };

  return (
    <li className="subscription" data-feed={subscription.feedUrl}>
      <div className="subscription-head">
        <Link to={paths.feed(subscription.feedUrl)} className="subscription-title" dir="auto">
          {subscription.title}
        </Link>
        {alike && <span className="subscription-address muted">{address}</span>}
        {renderStatus?.(subscription)}
      </div>
      {editing ? (
        <EditForm onSave={save} onCancel={() => close()}>
          <label htmlFor={`${id}-title`}>Name</label>
          <input
            id={`${id}-title`}
            dir="auto"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            // Opened to be edited: the name is what is edited first.
            autoFocus
          />
          <label htmlFor={`${id}-folder`}>Folder</label>
          <input
            id={`${id}-folder`}
            dir="auto"
            value={folder}
            list={`${id}-folders`}
            onChange={(event) => setFolder(event.target.value)}
            aria-describedby={`${id}-folder-hint`}
          />
          <datalist id={`${id}-folders`}>
            {folders.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <span id={`${id}-folder-hint`} className="muted">
            Empty: no folder.
          </span>
        </EditForm>
      ) : (
        <div className="subscription-actions">
          <button
            type="button"
            className="button button-small subscription-rename"
            aria-label={`Rename or move ${named}`}
            onClick={() => {
              const now = { title: subscription.title, folder: subscription.folder ?? '' };
              setTitle(now.title);
              setFolder(now.folder);
              setOpened(now);
              setEditing(true);
            }}
          >
            Rename or move
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => onUnsubscribe(subscription)}
          >
            Unsubscribe from {named}
          </button>
        </div>
      )}
    </li>
  );
});
