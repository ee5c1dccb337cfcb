import { nextTask } from './next-task';

/**
 * Runs `steps` to their end in tasks of about `slice` milliseconds, the browser having its turn
 * (input, a frame) between them: work of many parts, such as a feed of long posts read item by
 * item, then makes no long task. What the steps return.
 */
export async function inParts<T>(steps: Iterator<unknown, T, undefined>, slice = 8): Promise<T> {
  let began = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - began >= slice) {
      await nextTask();
      began = performance.now();
    }
  }
}

/** Runs `steps` to their end at once, in the caller's task. What they return. */
export function atOnce<T>(steps: Iterator<unknown, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
