import { useId, useState } from 'react';
import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { plural } from '../../../lib/plural';
import { EditForm } from './edit-form';

interface FolderHeadingProps {
  folder: string;
  /** Unread articles in the folder, where the app counts them. */
  unread?: number;
  /** The reader saved a new name (maybe '': no folder), or left the form (undefined). */
  onRenamed: (to: string | undefined) => void;
}

/** "3 unread", as a folder's heading and a feed's line say it. */
export const unreadText = (count: number) => plural(count, { one: '# unread', other: '# unread' });

/** A folder's name (its page), its unread count, and "Rename" for the whole folder. */
export function FolderHeading({ folder, unread, onRenamed }: FolderHeadingProps) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(folder);
  const id = useId();
  const close = (to?: string) => {
    setEditing(false);
    onRenamed(to);
  };
  const save = () => close(name.trim() === folder ? undefined : name);
  return (
    <div className="subscription-folder-head">
      <h2 className="subscription-folder-name">
        <Link to={paths.folder(folder)}>{folder}</Link>
        {unread !== undefined && <span className="unread-count"> {unreadText(unread)}</span>}
      </h2>
      {editing ? (
        <EditForm onSave={save} onCancel={() => close()}>
          <label htmlFor={`${id}-name`}>Folder name</label>
          <input
            id={`${id}-name`}
            dir="auto"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby={`${id}-hint`}
            autoFocus
          />
          <span id={`${id}-hint`} className="muted">
            Empty: its feeds in no folder. A folder&apos;s name: into that folder.
          </span>
        </EditForm>
      ) : (
        <button
          type="button"
          className="button button-small subscription-folder-rename"
          aria-label={`Rename folder ${folder}`}
          onClick={() => {
            setName(folder);
            setEditing(true);
          }}
        >
          Rename
        </button>
      )}
    </div>
  );
}
