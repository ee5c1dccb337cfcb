/** What the shortcuts dialog lists; keep in step with src/app/keyboard-shortcuts.tsx. */
export const SHORTCUTS: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['j'], action: 'Next article in a list, or the older one' },
  { keys: ['k'], action: 'Previous article in a list, or the newer one' },
  { keys: ['o', 'Enter'], action: 'Open the current article' },
  { keys: ['u'], action: 'Back to the list' },
  { keys: ['m'], action: 'Mark the article read or unread' },
  { keys: ['n'], action: 'Next comment' },
  { keys: ['p'], action: 'Previous comment' },
  { keys: ['r'], action: 'Reply to the current comment' },
  { keys: ['/'], action: 'Search' },
  { keys: ['?'], action: 'Show these shortcuts' },
];
