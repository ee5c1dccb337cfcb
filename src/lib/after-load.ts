/**
 * Runs `task` once the page has loaded and the browser is next idle, so that work nobody waits
 * for does not compete with the first page's downloads. Returns a function that cancels it.
 */
export function afterLoad(task: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const whenIdle = () => {
    if ('requestIdleCallback' in window) idle = requestIdleCallback(task, { timeout: 5000 });
    else timer = setTimeout(task, 0);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
  return () => {
    window.removeEventListener('load', whenIdle);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
