/** Where keys type: not a checkbox's or a radio button's, which take Space and the arrows alone. */
const TYPING =
  'input:not([type=checkbox], [type=radio], [type=button], [type=submit], [type=reset]), textarea, select, [contenteditable]:not([contenteditable="false"])';

/**
 * Whether a key press may be a shortcut: not while typing, not with Ctrl, Meta or Alt (those
 * belong to the browser and the system), not inside a dialog, not while composing text.
 */
export function isShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target;
  return !(target instanceof Element && (target.closest(TYPING) || target.closest('dialog')));
}
