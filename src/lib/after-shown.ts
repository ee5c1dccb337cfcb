import { afterNextPaint } from './next-task';

/** An Element Timing entry, which TypeScript's DOM types do not have yet. */
interface ElementTiming extends PerformanceEntry {
  identifier: string;
  element: Element | null;
}

/**
 * Runs `task` once the element marked `elementtiming={identifier}` has reached the screen, as
 * the browser reports it (Element Timing): code for what lies below a page, asked for only once
 * the page is seen, never shares the network with what draws it, however late the browser
 * presents the frame (headless Chromium without a GPU was seen to present a page's first frame a
 * second after it was ready). Where the browser cannot tell (other browsers, a hidden tab, an
 * element out of view, which is never reported), after the next paint; never later than `most`
 * milliseconds. Returns a function that cancels it.
 */
export function afterShown(identifier: string, task: () => void, most = 3000): () => void {
  const timed =
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes.includes('element');
  const element = document.querySelector(`[elementtiming="${identifier}"]`);
  if (!timed || document.visibilityState === 'hidden' || !element || !inView(element)) {
    return afterNextPaint(task);
  }
  let done = false;
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
  const finish = () => {
    if (done) return;
    stop();
    task();
  };
  // An element of an earlier page is in the record too, but no longer in the document.
  const observer = new PerformanceObserver((list) => {
    const seen = list.getEntries().some((entry) => {
      const shown = entry as ElementTiming;
      return shown.identifier === identifier && shown.element?.isConnected === true;
    });
    if (seen) finish();
  });
  const timer = setTimeout(finish, most);
  observer.observe({ type: 'element', buffered: true });
  return stop;
}

function inView(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
