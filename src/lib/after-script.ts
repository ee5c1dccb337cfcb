/**
 * Runs `start` once the script's own code has run, not from its top level. A tool recording
 * where each request and timer came from (Lighthouse, the browser's performance panel) has the
 * engine find the source positions of every function then running, and the top level of a
 * script is the whole script: read again, tens of milliseconds of the page's thread.
 */
export function afterScript(start: () => void): void {
  queueMicrotask(start);
}
