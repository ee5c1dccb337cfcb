import { useState } from 'react';
import { discardUnreadable, downloadUnreadable } from '../lib/persisted-store-actions';
import { dismissProblem, useStorageProblems } from '../lib/persisted-store-problems';
import type { StorageProblem } from '../lib/persisted-store-problems';

/** Tells the reader what storage did to their data, and what they can do about it. */
export function StorageNotice({
  names,
  unsaved = true,
}: {
  names: readonly string[];
  /** Whether to say that writes fail (a form that says so itself turns this off). */
  unsaved?: boolean;
}) {
  const problems = useStorageProblems();
  return names.map((name) => {
    const problem = problems[name];
    if (!problem || !(problem.unreadable || (unsaved && problem.unsaved))) return null;
    const shown = unsaved ? problem : { ...problem, unsaved: undefined };
    return <Notice key={name} name={name} problem={shown} />;
  });
}

function Notice({ name, problem }: { name: string; problem: StorageProblem }) {
  const [confirming, setConfirming] = useState(false);
  const { label, title, unreadable, unsaved } = problem;
  const stuck = unreadable && !unreadable.copiedTo;
  return (
    <div role="alert" className="notice notice-error storage-notice">
      {unreadable && !stuck && (
        <p>
          {unreadable.skipped
            ? `Some of the ${title.toLowerCase()} could not be read; they were set aside.`
            : `${title} could not be read; they were set aside.`}
        </p>
      )}
      {stuck && (
        <>
          <p>
            {title} could not be read, and there is no room to set them aside. They are kept as they
            are; new {label} stay in this tab only, not saved yet, until the unreadable ones are
            downloaded and discarded.
          </p>
          <p className="notice-actions">
            <button type="button" className="button" onClick={() => downloadUnreadable(name)}>
              Download the unreadable {label}
            </button>{' '}
            {unreadable.downloaded || confirming ? (
              <button type="button" className="button" onClick={() => discardUnreadable(name)}>
                {unreadable.downloaded ? 'Discard it and free the space' : 'Discard it for good'}
              </button>
            ) : (
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                Discard it and free the space
              </button>
            )}
          </p>
          {confirming && !unreadable.downloaded && (
            <p>They have not been downloaded: discarding deletes them for good.</p>
          )}
        </>
      )}
      {unsaved && !stuck && (
        <p>
          Your latest {label} could not be saved in this browser: storage is full or unavailable.{' '}
          {unsaved.elsewhere
            ? 'They are kept for this tab until it is closed.'
            : 'They are kept in this tab only until it is closed.'}
        </p>
      )}
      {!stuck && (
        <button
          type="button"
          className="button"
          onClick={(event) => {
            // The notice goes with its button: focus goes on, to the next notice or the page.
            const notice = event.currentTarget.closest('.storage-notice');
            const next =
              notice?.nextElementSibling?.querySelector<HTMLElement>('button') ??
              document.querySelector<HTMLElement>('main h1');
            dismissProblem(name);
            requestAnimationFrame(() => next?.focus());
          }}
        >
          Dismiss
        </button>
      )}
    </div>
  );
}
