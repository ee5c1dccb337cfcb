import { Suspense, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';
import { lazyComponent } from '../components/lazy-component';
import { articleIdOf, paths } from '../config/paths';
import { parseArticleKey } from '../lib/article-ref';
import type { ArticleRef } from '../lib/article-ref';
import { useFeedSource } from '../features/feed/hooks/use-feed-source';
import { isShortcut } from '../features/reading/keyboard/is-shortcut';
import { focusSearch } from '../features/reading/keyboard/search-box';
import { markInPage, placeOf } from './in-page-entries';
import type { Place } from './in-page-entries';
import { commentThread, entryList } from './shortcut-targets';

const ShortcutsDialog = lazyComponent(
  () => import('../features/reading/components/shortcuts-dialog'),
  'ShortcutsDialog',
);

/** Focusable things inside an entry, in order, to find the same one again. */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** By history entry: the link of a listed entry followed from it (its entry, and its place). */
type Followed = Map<string, { entry: string; index: number }>;

function noteFollowed(followed: Followed, event: MouseEvent, key: string) {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  const entry = link?.closest<HTMLElement>('[data-entry]');
  if (!link || entry?.dataset.entry === undefined) return;
  const index = [...entry.querySelectorAll(FOCUSABLE)].indexOf(link);
  followed.set(key, { entry: entry.dataset.entry, index });
}

/** Focuses the link followed from the history entry `key`, where it is listed again. */
function focusFollowed(followed: Followed, key: string): boolean {
  const place = followed.get(key);
  if (!place) return false;
  const entry = [...document.querySelectorAll<HTMLElement>('[data-entry]')].find(
    (candidate) => candidate.dataset.entry === place.entry,
  );
  const link = entry?.querySelectorAll<HTMLElement>(FOCUSABLE)[place.index];
  link?.focus({ preventScroll: true });
  return link !== undefined;
}

/**
 * Keyboard shortcuts for the whole app (listed in the dialog `?` opens): one keydown listener
 * on the document, acting on the handles the page's list and comment thread expose. A key that
 * does nothing on this page is left to the browser.
 */
export function KeyboardShortcuts() {
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();
  const { link, feedUrl } = useFeedSource();
  const articleId = articleIdOf(location.pathname);
  const lastArticle = useRef<ArticleRef>(undefined);
  const [helpOpen, setHelpOpen] = useState(false);
  const [said, setSaid] = useState({ text: '', n: 0 });

  const fromArticle = useRef(false);
  const followed = useRef<Followed>(new Map());
  /** The page on screen (its address but for the fragment), its fragment and history place. */
  const shown = useRef<{ at: string; hash: string; place: Place; idx?: number }>(undefined);
  const { hash } = location;
  const at = location.pathname + location.search;
  useEffect(() => {
    // An in-page link moved within the page: focus stays where the browser put it.
    if (shown.current?.at === at && shown.current.hash !== hash) return;
    if (articleId) {
      lastArticle.current = { feedUrl, id: articleId };
      fromArticle.current = true;
      return;
    }
    const back = navigationType === 'POP';
    // Back on a list from another page an entry's link led to (a tag's, a feed's), that link
    // has focus again.
    if (back && !fromArticle.current && focusFollowed(followed.current, location.key)) return;
    fromArticle.current = false;
    // Back on a list, the article just read is current again, and has focus if history brought
    // the reader back (a link to the list is a new visit: its heading has focus).
    if (lastArticle.current) entryList.get()?.markCurrent(lastArticle.current, back);
  }, [location.key, at, hash, articleId, feedUrl, navigationType]);

  useEffect(() => {
    if (shown.current?.at === at && location.key === 'default') {
      markInPage(shown.current.place, shown.current.idx);
    }
    const { idx } = (history.state as { idx?: number } | null) ?? {};
    shown.current = { at, hash, place: placeOf(location.key, location.state), idx };
  }, [location.key, location.state, at, hash]);

  const here = useRef(location.key);
  useEffect(() => {
    here.current = location.key;
  }, [location.key]);

  const back = () => {
    if (location.pathname === paths.home()) return false;
    // Back over the entries of this page, then one more; from the history's first entry, on
    // to the front page (back would leave the app).
    const { inPage, fromFirst } = placeOf(location.key, location.state);
    if (fromFirst) void navigate(link(paths.home()));
    else void navigate(-1 - inPage);
    return true;
  };

  /**
   * On an article, its "Older" (next) or "Newer" (prev) article, in its place in the history:
   * back (u, or the browser's) goes to the list the reader came from, not through each article
   * read on the way.
   */
  const step = (rel: string) => {
    const href = articleId
      ? document.querySelector(`.article-nav [rel="${rel}"]`)?.getAttribute('href')
      : null;
    const place = placeOf(location.key, location.state);
    const kept = place.inPage > 0 || place.fromFirst;
    if (href) void navigate(href, { replace: true, state: kept ? place : null });
    return Boolean(href);
  };

  const onClick = useEffectEvent((event: MouseEvent) => {
    noteFollowed(followed.current, event, here.current);
    // "Older" and "Newer" under an article step as j and k do, in the article's place in the
    // history: back (or u) goes to the list, not through every article read on the way.
    const target = event.target instanceof Element ? event.target : null;
    const rel = target?.closest('.article-nav a[rel]')?.getAttribute('rel');
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey;
    if (rel && plain && !event.altKey && step(rel)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: MouseEvent) => onClick(event);
    document.addEventListener('click', listener, true);
    return () => document.removeEventListener('click', listener, true);
  }, []);

  const actions: Record<string, () => boolean> = {
    j: () => entryList.get()?.move(1) ?? step('next'),
    k: () => entryList.get()?.move(-1) ?? step('prev'),
    o: () => entryList.get()?.open() ?? false,
    u: back,
    m: () => {
      const key = articleId === undefined ? entryList.get()?.current() : undefined;
      // A list of one feed knows its entries by id; a list of several, by feed and id.
      const article = articleId
        ? { feedUrl, id: articleId }
        : key === undefined
          ? undefined
          : (parseArticleKey(key) ?? { feedUrl, id: key });
      if (!article) return false;
      void import('../features/reading/store/reading-store').then(({ useReadingStore }) => {
        const read = useReadingStore.getState().toggleRead(article.feedUrl, article.id);
        // Said, since nothing that holds focus changes.
        const text = read ? 'Marked as read' : 'Marked as unread';
        setSaid((last) => ({ text, n: last.n + 1 }));
      });
      return true;
    },
    n: () => commentThread.get()?.move(1) ?? false,
    p: () => commentThread.get()?.move(-1) ?? false,
    r: () => commentThread.get()?.reply() ?? false,
    '/': focusSearch,
    '?': () => {
      setHelpOpen(true);
      return true;
    },
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const action = actions[event.key];
    if (action && isShortcut(event) && action()) event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => {
      document.removeEventListener('keydown', listener);
    };
  }, []);

  return (
    <>
      <p role="status" className="visually-hidden">
        {said.text && <span key={said.n}>{said.text}</span>}
      </p>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
