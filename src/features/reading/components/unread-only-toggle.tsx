import { useEffect, useRef } from 'react';
import { useUnreadOnly } from '../hooks/use-unread-only';

/** The "Unread only" checkbox of a list. Place it after the page's h1. */
export function UnreadOnlyToggle() {
  const [unreadOnly, setUnreadOnly] = useUnreadOnly();
  const input = useRef<HTMLInputElement>(null);
  const refocus = useRef(false);

  // Every navigation focuses the page's h1 (an earlier effect in the tree); changing the filter
  // is not a new page, so focus comes back to the checkbox.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    input.current?.focus();
  }, [unreadOnly]);

  return (
    <label className="unread-only">
      <input
        ref={input}
        type="checkbox"
        checked={unreadOnly}
        onChange={(event) => {
          refocus.current = true;
          setUnreadOnly(event.target.checked);
        }}
      />{' '}
      Unread only
    </label>
  );
}
