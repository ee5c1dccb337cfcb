export interface Limiter {
  /**
   * Runs `task` once fewer than the limit are running, in the order asked. Aborted while it
   * waits, it leaves the queue and rejects with the signal's reason, without ever starting.
   */
  run: <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;
  /** How many tasks are running now, and how many wait. */
  readonly running: number;
  readonly waiting: number;
}

interface Waiter {
  start: () => void;
}

/** At most `limit` tasks at a time; the rest wait their turn (first in, first out). */
export function createLimiter(limit: number): Limiter {
  let running = 0;
  const queue: Waiter[] = [];

  const release = () => {
    running -= 1;
    queue.shift()?.start();
  };

  const turn = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      if (running < limit) {
        running += 1;
        return resolve();
      }
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', leave);
          running += 1;
          resolve();
        },
      };
      const leave = () => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        reject(signal?.reason as Error);
      };
      signal?.addEventListener('abort', leave, { once: true });
      queue.push(waiter);
    });

  return {
    async run(task, signal) {
      await turn(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
