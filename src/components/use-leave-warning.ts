import { useEffect } from 'react';

/**
 * While `active`, leaving the page (closing it, reloading, following a link out) asks first, as
 * browsers ask: for work that would be lost with the page.
 */
export function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
