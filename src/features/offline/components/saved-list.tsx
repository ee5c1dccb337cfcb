import { useEffect, useState } from 'react';
import { Link } from '../../../components/link';
import { useShallow } from 'zustand/react/shallow';
import { Time } from '../../../components/time';
import { paths, withFeed } from '../../../config/paths';
import { hostOf } from '../../../lib/http';
import { formatBytes, storageUse } from '../../../lib/storage-quota';
import type { StorageUse } from '../../../lib/storage-quota';
import { savedArticles, useSavedStore } from '../store/saved-store';

/**
 * Saved articles, newest first, each with the name of its feed (from `feedName`, else its site),
 * "Remove", and how much the browser keeps for the app.
 */
export function SavedList({ feedName }: { feedName?: (feedUrl: string) => string | undefined }) {
  const saved = useSavedStore(
    useShallow((state) =>
      savedArticles(state.saved).sort((a, b) => b.savedAt.localeCompare(a.savedAt)),
    ),
  );
  const remove = useSavedStore((state) => state.remove);

  return (
    <>
      {saved.length === 0 ? (
        <p className="notice">
          Nothing saved yet. Use “Save for offline” on an article, or “Save the latest 20” on the
          front page.
        </p>
      ) : (
        <ul className="saved-list">
          {saved.map((article) => (
            <li key={`${article.feedUrl} ${article.id}`} className="saved-item">
              <Link to={withFeed(paths.article(article.id), article.feedParam)} dir="auto">
                {article.title}
              </Link>
              <span className="muted">
                {' '}
                <span dir="auto">{feedName?.(article.feedUrl) ?? hostOf(article.feedUrl)}</span> ·
                Saved <Time iso={article.savedAt} format="date" />
              </span>{' '}
              <button
                type="button"
                className="button button-small"
                onClick={(event) => {
                  // Focus goes to the next one's button (the last one's: the one before), or
                  // to the page's heading once none is left, not to the page.
                  const item = event.currentTarget.closest('li');
                  const next =
                    (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector(
                      'button',
                    ) ?? document.querySelector<HTMLElement>('h1');
                  remove(article.feedUrl, article.id);
                  next?.focus();
                }}
                aria-label={`Remove “${article.title}”`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Below the list: it comes a moment later, and would push the list down. */}
      <StorageSummary count={saved.length} />
    </>
  );
}

function StorageSummary({ count }: { count: number }) {
  const [use, setUse] = useState<StorageUse>();
  useEffect(() => {
    let active = true;
    void storageUse().then((value) => active && setUse(value));
    return () => {
      active = false;
    };
  }, [count]);
  if (!use) return null;
  return (
    <p className="muted">
      Using {formatBytes(use.usage)} of {formatBytes(use.quota)} available in this browser.{' '}
      {use.persisted
        ? 'Storage is persistent: the browser will not clear it on its own.'
        : 'The browser may clear saved copies if it runs short of space.'}
    </p>
  );
}
