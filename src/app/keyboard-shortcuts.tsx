/** Keyboard shortcuts for the whole app. */
export function KeyboardShortcuts() {
  return null;
}
