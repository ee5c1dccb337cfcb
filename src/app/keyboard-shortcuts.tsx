import { lazy, Suspense, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { articleIdOf, paths } from '../config/paths';
import { useFeedSource } from '../features/feed/hooks/use-feed-source';
import { moveComment, replyToComment } from '../features/reading/keyboard/comments';
import { markEntry, moveEntry, openEntry } from '../features/reading/keyboard/entries';
import { isShortcut } from '../features/reading/keyboard/is-shortcut';
import { focusSearch } from '../features/reading/keyboard/search-box';

const ShortcutsDialog = lazy(async () => ({
  default: (await import('../features/reading/components/shortcuts-dialog')).ShortcutsDialog,
}));

/**
 * Keyboard shortcuts for the whole app (listed in the dialog `?` opens): one keydown listener
 * on the document, acting on what the page shows through DOM helpers. A key that does nothing
 * on this page is left to the browser.
 */
export function KeyboardShortcuts() {
  const navigate = useNavigate();
  const location = useLocation();
  const { link } = useFeedSource();
  const articleId = articleIdOf(location.pathname);
  const lastArticle = useRef<string>(undefined);
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    if (articleId) lastArticle.current = articleId;
    else if (lastArticle.current) markEntry(lastArticle.current);
  }, [location.key, articleId]);

  const back = () => {
    if (location.pathname === paths.home()) return false;
    // The first entry of the history ('default') was not reached in the app: leaving it would
    // leave the app, so the front page it is.
    if (location.key === 'default') void navigate(link(paths.home()));
    else void navigate(-1);
    return true;
  };

  const actions: Record<string, () => boolean> = {
    j: () => moveEntry(1),
    k: () => moveEntry(-1),
    o: openEntry,
    u: back,
    n: () => moveComment(1),
    p: () => moveComment(-1),
    r: replyToComment,
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
    // The page can show (the built front page does) before the keys work: this says they do.
    document.documentElement.setAttribute('data-shortcuts', 'on');
    return () => {
      document.removeEventListener('keydown', listener);
      document.documentElement.removeAttribute('data-shortcuts');
    };
  }, []);

  if (!helpOpen) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutsDialog open onClose={() => setHelpOpen(false)} />
    </Suspense>
  );
}
