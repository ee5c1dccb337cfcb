/** Whether the reader asked the system for less motion. */
function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Moves focus to `target` and scrolls `element` (which holds it) into view: smoothly, unless the
 * reader asked for reduced motion. Focus does not scroll by itself, so the whole element shows.
 */
export function reveal(
  element: HTMLElement,
  target: HTMLElement = element,
  block: ScrollLogicalPosition = 'nearest',
) {
  target.focus({ preventScroll: true });
  element.scrollIntoView?.({ block, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
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
