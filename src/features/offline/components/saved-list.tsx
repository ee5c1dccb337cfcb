import { useEffect, useMemo, useRef, useState } from 'react';
import type { Ref } from 'react';
import { entryElements } from '../../../components/entry-elements';
import { useEntryNavigation } from '../../../components/entry-navigation';
import type { EntryListHandle } from '../../../components/entry-navigation';
import { Link } from '../../../components/link';
import { useShallow } from 'zustand/react/shallow';
import { Time } from '../../../components/time';
import { paths, withFeed } from '../../../config/paths';
import { articleKey } from '../../../lib/article-ref';
import { hostOf } from '../../../lib/http';
import { formatBytes, storageUse } from '../../../lib/storage-quota';
import type { StorageUse } from '../../../lib/storage-quota';
import { own } from '../../../lib/own';
import { savedArticles, savedKey, useSavedStore } from '../store/saved-store';
import type { SavedArticle } from '../store/saved-store';

interface SavedListProps {
  feedName?: (feedUrl: string) => string | undefined;
  /** Moves and opens the current article, as in a list: the app gives it to the keyboard shortcuts. */
  ref?: Ref<EntryListHandle>;
}

/**
 * Saved articles, newest first, each with the name of its feed (from `feedName`, else its site),
 * "Remove" (with an Undo for the last one removed), and how much the browser keeps for the app.
 * j, k and o move through them and open one, as in any list.
 */
export function SavedList({ feedName, ref }: SavedListProps) {
  const saved = useSavedStore(
    useShallow((state) =>
      savedArticles(state.saved).sort((a, b) => b.savedAt.localeCompare(a.savedAt)),
    ),
  );
  const { remove, restore } = useSavedStore(
    useShallow((state) => ({ remove: state.remove, restore: state.restore })),
  );
  const [removed, setRemoved] = useState<SavedArticle>();
  // Saved again some other way (its article page, another tab): nothing is left to undo.
  const undoable = useSavedStore((state) =>
    removed ? Boolean(own(state.saved, savedKey(removed.feedUrl, removed.id))?.removedAt) : false,
  );
  const listRef = useRef<HTMLUListElement>(null);
  const order = useMemo(() => saved.map((article) => articleKey(article)), [saved]);
  const [entries] = useState(entryElements);
  const current = useEntryNavigation(ref, order, entries);
  const undo = () => {
    if (!removed) return;
    restore(removed.feedUrl, removed.id);
    setRemoved(undefined);
    // The Undo button goes: focus goes to the article it brought back, in its place.
    const key = savedKey(removed.feedUrl, removed.id);
    requestAnimationFrame(() => {
      const item = [...(listRef.current?.children ?? [])].find(
        (child) => (child as HTMLElement).dataset.saved === key,
      );
      item?.querySelector('a')?.focus();
    });
  };

  return (
    <>
      {/* Only the words are the status: a screen reader does not read "Undo" into them. */}
      <div className="undo-status">
        <span role="status">{removed && undoable && `Removed “${removed.title}”.`}</span>{' '}
        {removed && undoable && (
          <button type="button" className="button button-small" onClick={undo}>
            Undo
          </button>
        )}
      </div>
      {saved.length === 0 ? (
        <p className="notice">
          Nothing saved yet. Use “Save for offline” on an article, or “Save the latest 20” on the
          front page.
        </p>
      ) : (
        <ul className="saved-list" ref={listRef}>
          {saved.map((article, index) => (
            <li
              key={`${article.feedUrl} ${article.id}`}
              ref={(element) => (element ? entries.keep(order[index] ?? '', element) : undefined)}
              className={order[index] === current ? 'saved-item entry-current' : 'saved-item'}
              aria-current={order[index] === current ? 'true' : undefined}
              data-saved={savedKey(article.feedUrl, article.id)}
            >
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
                  setRemoved(article);
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
