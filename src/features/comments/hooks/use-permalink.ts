import { useEffect } from 'react';
import { useLocation } from 'react-router';

const HIGHLIGHT = 'comment-highlight';

/**
 * Opening `#comment-<id>` scrolls to that comment, highlights it and gives it focus: on mount,
 * on every in-app navigation and on a plain hash change. `ready` repeats it once the existing
 * comments have arrived, since the target may be one of them.
 */
export function usePermalink(ready: boolean) {
  const { key, hash } = useLocation();
  useEffect(() => {
    if (!ready) return;
    highlight(hash || window.location.hash);
    const onHashChange = () => highlight(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [key, hash, ready]);
}

function highlight(hash: string) {
  const id = hash.slice(1);
  if (!id.startsWith('comment-')) return;
  // As written ("%" is part of some feeds' comment ids), else as the address bar encodes it.
  const target = document.getElementById(id) ?? document.getElementById(decoded(id));
  if (!target) return;
  for (const element of document.querySelectorAll(`.${HIGHLIGHT}`)) {
    if (element !== target) element.classList.remove(HIGHLIGHT);
  }
  target.classList.add(HIGHLIGHT);
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  target.scrollIntoView?.({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
  target.focus({ preventScroll: true });
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
