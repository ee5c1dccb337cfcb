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
