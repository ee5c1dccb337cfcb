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
