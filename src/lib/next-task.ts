/**
 * Resolves in a task of its own: what the caller does next comes after the browser has had its
 * turn (input, a frame), instead of lengthening the task it was called in. Not a timer: a hidden
 * tab holds timers back by a second or more, and a refresh there would crawl.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `task` once the browser has painted what is on screen now: work that the first screen
 * does not need (code for what lies below it) then does not compete with that screen's
 * downloads. `wait` more milliseconds for work that can wait until that paint has surely reached
 * the screen: a page is rasterised off the main thread, and Chromium without a GPU showed a long
 * article more than two frames after the frame that drew it. In a hidden tab, which paints
 * nothing, at once. Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void, wait = 0): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (!cancelled) task();
  };
  if (document.visibilityState === 'hidden') void nextTask().then(run);
  else if (wait > 0) requestAnimationFrame(() => (timer = setTimeout(run, wait)));
  else requestAnimationFrame(() => void nextTask().then(run));
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

/** The Element Timing name of every page's heading (src/components/page-heading.tsx). */
export const PAGE_HEADING_TIMING = 'page-heading';

/** An Element Timing entry, which TypeScript's DOM types do not have yet. */
interface ElementTiming extends PerformanceEntry {
  identifier: string;
  element: Element | null;
}

/**
 * Runs `task` once the page's heading has reached the screen, as the browser reports it
 * (Element Timing): code for what lies below a page, asked for only once the page is seen,
 * never shares the network with what draws it, however late the browser presents the frame
 * (headless Chromium without a GPU was seen to present a page's first frame a second after it
 * was ready). Where the browser cannot tell (other browsers, a hidden tab, a heading out of
 * view, which is never reported), after the next paint; never later than `most` milliseconds.
 * Returns a function that cancels it.
 */
export function afterShown(task: () => void, most = 3000): () => void {
  const timed =
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes.includes('element');
  const heading = document.querySelector(`[elementtiming="${PAGE_HEADING_TIMING}"]`);
  if (!timed || document.visibilityState === 'hidden' || !heading || !inView(heading)) {
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
  // An earlier page's heading is in the record too, but no longer in the document.
  const observer = new PerformanceObserver((list) => {
    const shown = list.getEntries().some((entry) => {
      const { identifier, element } = entry as ElementTiming;
      return identifier === PAGE_HEADING_TIMING && element?.isConnected === true;
    });
    if (shown) finish();
  });
  const timer = setTimeout(finish, most);
  observer.observe({ type: 'element', buffered: true });
  return stop;
}

function inView(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
