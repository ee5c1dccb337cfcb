import { startTransition, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref, SyntheticEvent } from 'react';
import { useLocation } from 'react-router';
import { entryElements, entryKeyOf } from '../../../components/entry-elements';
import { useEntryNavigation, useFocusAdded } from '../../../components/entry-navigation';
import type { EntryListHandle } from '../../../components/entry-navigation';
import { ErrorNotice, LoadStatus } from '../../../components/load-status';
import type { LoadState } from '../../../components/load-status';
import { positionToRestore } from '../../../components/scroll-restoration';
import { drawsInSteps, firstListDrawn } from '../../../lib/first-draw';
import { useHistoryState } from '../../../lib/history-state';
import { plural } from '../../../lib/plural';
import type { Article } from '../api/types';
import { LEADING_ENTRIES, useEntryPictures } from '../hooks/use-entry-pictures';
import { useVirtualDays } from '../hooks/use-virtual-days';
import { groupByDay, sortNewestFirst } from '../utils/group-by-day';
import { withoutSharedPictures } from '../utils/shared-pictures';
import { DayList } from './day-list';

/** Entries added to the page at a time ("Older posts"). */
const LIST_STEP = 25;
/**
 * Beyond this many entries only those near the screen are in the document (a lazily loaded
 * virtualiser), so even a 3,000-item feed shown whole stays small; shorter lists render plainly.
 */
const VIRTUAL_FROM = 100;
/**
 * Entries the first list of a page load draws before its first paint: more than a screen holds.
 * The rest of its step follow straight after, in a render that yields to the reader, so the
 * first ones are on screen without waiting for twenty more to be laid out.
 */
const FIRST_DRAWN = 8;

/** What a list shows: one feed's articles, or several feeds' (the front page). */
export interface ListedArticles {
  /** What the list's row sizes are remembered under. */
  id: string;
  articles: Article[];
  /** Items that could not be read and were left out. */
  skipped: number;
  /** The only feed read has no items list at all. */
  missingItems: boolean;
  /** Reading older pages of the feed, where there are any. */
  older?: {
    canRead: boolean;
    reading: boolean;
    error?: Error | null;
    /** The name of the feed whose older page failed, where the list has several. */
    failedFeed?: string;
    read: () => Promise<unknown>;
  };
  /**
   * Only the feed's first items are listed; the rest is on its way (or could not be read), as
   * `loading` says ("Loading the rest of this feed…" unless told).
   */
  rest?: { query: Omit<LoadState, 'data'>; retry: () => void; loading?: string };
}

export interface EntryListProps {
  /** Only articles that pass this filter are listed (a tag page). */
  filter?: (article: Article) => boolean;
  /** What to say when nothing passes the filter. */
  emptyMessage?: string;
  renderFooter?: (article: Article) => ReactNode;
  /** Marks beside each title ("New", "Read"), from the app. */
  renderBadges?: (article: Article) => ReactNode;
  /** Moves and opens the current entry: the app gives it to the keyboard shortcuts. */
  ref?: Ref<EntryListHandle>;
}

/** Articles grouped under day headings, newest first, with "Older posts" at the end. */
export function EntryList({
  listed,
  link,
  filter,
  emptyMessage,
  renderFooter,
  renderBadges,
  ref,
}: EntryListProps & { listed: ListedArticles; link: (path: string) => string }) {
  const { articles, skipped, missingItems, older, rest } = listed;
  const [shown, setShown] = useHistoryState('shown', LIST_STEP);
  const list = useRef<HTMLDivElement>(null);
  // A picture once left out stays out while the list is here.
  const [leftOut] = useState(() => new Set<string>());
  const own = useMemo(() => withoutSharedPictures(articles, leftOut), [articles, leftOut]);
  const matching = useMemo(() => sortNewestFirst(filter ? own.filter(filter) : own), [own, filter]);
  const count = Math.min(shown, matching.length);
  // Fetched two steps ahead, so "Older posts" rarely waits for it.
  const virtual = useVirtualDays(count > VIRTUAL_FROM - 2 * LIST_STEP);
  const long = count > VIRTUAL_FROM;
  // Until the long list's code has arrived the plain list stands in, no longer than one step
  // past the limit (a return to a list of thousands must not render them all first).
  const limit = long && virtual === undefined ? VIRTUAL_FROM + LIST_STEP : shown;
  // In steps only as the first thing drawn on an empty page, and not back to a place down the
  // list: that place must be there in the first commit.
  const { key } = useLocation();
  const [whole] = useState(() => !drawsInSteps(key) || positionToRestore(key) !== undefined);
  useEffect(firstListDrawn, []);
  const drawing = !useDeferredValue(true, whole);
  const drawn = drawing ? Math.min(limit, FIRST_DRAWN) : limit;
  const groups = useMemo(() => groupByDay(matching.slice(0, drawn)), [matching, drawn]);
  const order = useMemo(() => groups.flatMap((group) => group.articles.map(entryKeyOf)), [groups]);
  const [entries] = useState(entryElements);
  const current = useEntryNavigation(ref, order, entries);
  const firstPicture = matching.slice(0, LEADING_ENTRIES).find((article) => article.image);
  const pictures = useEntryPictures(firstPicture && entryKeyOf(firstPicture));

  const hasMoreLoaded = matching.length > shown;
  const canLoadMore = hasMoreLoaded || Boolean(older?.canRead);
  // "Older posts" was shown: where it gives way to the end of the list, its focus goes there.
  const offeredOlder = useRef(false);
  useEffect(() => {
    if (canLoadMore) offeredOlder.current = true;
  }, [canLoadMore]);

  const focusAdded = useFocusAdded(order, entries);
  // Nothing was added (its page failed): a later refresh's entries are not the reader's aim.
  const olderFailed = Boolean(older?.error);
  useEffect(() => {
    if (olderFailed) focusAdded.forget();
  }, [olderFailed, focusAdded]);

  /** Shows the next step, reading older pages first where none is loaded (or to try again). */
  const showOlder = async (again = false) => {
    focusAdded.adding(count);
    if (again || (!hasMoreLoaded && older?.canRead)) await older?.read();
    // Rendered as a transition: a long list's next entries never hold up the page.
    startTransition(() => setShown(shown + LIST_STEP));
  };

  // The entry pointed at or moved to: its article's text is made ready to open (readAhead).
  const readNext = useRef<string>(undefined);
  const readAheadOf = ({ target }: SyntheticEvent) => {
    const key =
      target instanceof Element ? target.closest('[data-entry]')?.getAttribute('data-entry') : null;
    if (!key || key === readNext.current) return;
    readNext.current = key;
    const article = matching.find((listed) => entryKeyOf(listed) === key);
    if (!article?.contentHtml) return;
    import('./article-view').then(
      ({ readAhead }) => readAhead([() => article]),
      () => undefined,
    );
  };

  const days = {
    groups,
    listId: listed.id,
    link,
    renderFooter,
    renderBadges,
    current,
    entries,
    pictures,
  };
  return (
    <div className="article-list" ref={list} onFocus={readAheadOf} onPointerOver={readAheadOf}>
      {skipped > 0 && (
        <p className="notice">
          {plural(skipped, {
            one: '# item could not be shown',
            other: '# items could not be shown',
          })}
          .
        </p>
      )}
      {matching.length === 0 && (
        <p className="notice">
          {missingItems ? 'This feed lists no articles.' : (emptyMessage ?? 'No articles yet.')}
        </p>
      )}
      {long && virtual ? (
        <virtual.VirtualDays {...days} />
      ) : (
        <DayList
          {...days}
          list={list}
          // One step from long: the long list will start from the sizes this one is laid out at.
          onLayout={count > VIRTUAL_FROM - LIST_STEP ? virtual?.rememberPlainSizes : undefined}
        />
      )}
      {/* Once the whole step is drawn: below entries still to come it would be pushed down. */}
      {!drawing && (
        <div
          className="list-end"
          // Drawn anew each time more of the first items arrive, not pushed down the screen (a
          // layout shift).
          key={rest ? articles.length : 'end'}
        >
          {rest ? (
            <LoadStatus
              query={{ ...rest.query, data: undefined }}
              loading={rest.loading ?? 'Loading the rest of this feed…'}
              offline="You are offline: only this feed's first articles have arrived."
              errorTitle="The rest of this feed could not be loaded."
              onRetry={rest.retry}
            />
          ) : (
            <>
              {/* One feed's failed page holds back none of what the others have brought. */}
              {older?.error && (
                <ErrorNotice
                  title={`Older posts${older.failedFeed ? ` of ${older.failedFeed}` : ''} could not be loaded.`}
                  error={older.error}
                  onRetry={() => void showOlder(true)}
                />
              )}
              {/* Other feeds may still have older pages: the button stays for them. */}
              {older?.error && !hasMoreLoaded && !older.canRead ? null : canLoadMore ? (
                <button
                  type="button"
                  className="button"
                  // Not `disabled` while it reads: a disabled button loses the focus it had, and
                  // the reader at the keyboard would be sent back to the top of the page.
                  onClick={() => void (older?.reading || showOlder())}
                  aria-disabled={older?.reading || undefined}
                  aria-busy={older?.reading}
                >
                  {older?.reading ? 'Loading older posts…' : 'Older posts'}
                </button>
              ) : (
                matching.length > 0 && (
                  <p
                    className="muted"
                    tabIndex={-1}
                    ref={(end) => {
                      if (end && offeredOlder.current && document.activeElement === document.body) {
                        end.focus();
                      }
                    }}
                  >
                    You have reached the oldest post.
                  </p>
                )
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
