/** Whether the reader asked the system for less motion. */
function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Moves focus to `target` and scrolls `element` (which holds it) into view: smoothly, unless the
 * reader asked for reduced motion or it is screens away (a long list's current entry, left
 * behind): a long glide over a list that lays its entries out as they come stopped short of it.
 * Focus does not scroll by itself, so the whole element shows.
 */
export function reveal(
  element: HTMLElement,
  target: HTMLElement = element,
  block: ScrollLogicalPosition = 'nearest',
) {
  target.focus({ preventScroll: true });
  const { top, bottom } = element.getBoundingClientRect();
  const far = bottom < -window.innerHeight || top > 2 * window.innerHeight;
  element.scrollIntoView?.({ block, behavior: prefersReducedMotion() || far ? 'auto' : 'smooth' });
}

/** Scrolls `element` into view at once if any of it is off screen; focus stays where it is. */
export function keepInView(element: HTMLElement) {
  const { top, bottom } = element.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) element.scrollIntoView?.({ block: 'nearest' });
}

/** Of `elements` (in document order), the first that comes after `from`, inside it or not. */
export function firstAfter<T extends Element>(elements: readonly T[], from: Node): T | undefined {
  return elements.find(
    (element) =>
      element !== from &&
      Boolean(from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
}

/** Of `elements` (in document order), the last that starts before `from` and does not hold it. */
export function lastBefore<T extends Element>(elements: readonly T[], from: Node): T | undefined {
  return elements.findLast(
    (element) =>
      !element.contains(from) &&
      Boolean(from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING),
  );
}
