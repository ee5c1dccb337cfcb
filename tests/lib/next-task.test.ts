import { afterEach, expect, it, vi } from 'vitest';
import { nextTask } from '../../src/lib/next-task';

afterEach(() => {
  vi.useRealTimers();
});

it('resolves in a later task, and not by a timer, which a hidden tab holds back', async () => {
  vi.useFakeTimers();
  // Work queued in this task, however long it chains, is all done first.
  let microtasks = 0;
  const chain = () => {
    if (++microtasks < 1000) queueMicrotask(chain);
  };
  const after = nextTask().then(() => microtasks);
  queueMicrotask(chain);
  // The fake clock never moves: a timer would never fire.
  await expect(after).resolves.toBe(1000);
});
