/**
 * The history entry of a page load whose first list is drawn in steps: the app opened on an
 * empty page (no built page and no kept screen for its address, so nothing is on screen yet), or
 * over a list a drawing script drew from the feeds (src/first-paint/list-screen.ts), which holds
 * those same first entries. A list mounted there first draws the entries a screen holds, then
 * the rest straight after.
 * Anywhere else (over a screen shown before the app, or on a page the reader moved to, where
 * the app returns to the entry just read or to a place down the list) it draws them all at once.
 */
let inSteps: string | undefined;

/**
 * Said by the app's start, with the history entry it opened on, where nothing is shown or a
 * drawn list is.
 */
export function drawFirstListInSteps(historyKey: string) {
  inSteps = historyKey;
}

/** Whether a list mounting on this history entry is the first, drawn in steps. */
export function drawsInSteps(historyKey: string): boolean {
  return inSteps === historyKey;
}

/** The first list has been drawn: any other is drawn whole. */
export function firstListDrawn() {
  inSteps = undefined;
}
