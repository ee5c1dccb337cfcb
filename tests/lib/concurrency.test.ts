// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../src/lib/concurrency';

/** A task that runs until its `finish` is called, noting when it started. */
function controlled(started: number[], id: number) {
  let finish: () => void = () => undefined;
  const task = () =>
    new Promise<number>((resolve) => {
      started.push(id);
      finish = () => resolve(id);
    });
  return { task, finish: () => finish() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLimiter', () => {
  it('never runs more than the limit, and starts the rest first in, first out', async () => {
    const limiter = createLimiter(6);
    const started: number[] = [];
    const tasks = Array.from({ length: 20 }, (_, id) => controlled(started, id));
    let most = 0;
    const results = tasks.map(({ task }) =>
      limiter.run(async () => {
        most = Math.max(most, limiter.running);
        return task();
      }),
    );
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(limiter.waiting).toBe(14);
    tasks[3]?.finish();
    tasks[0]?.finish();
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    while (started.length < tasks.length || limiter.running > 0) {
      tasks.forEach(({ finish }) => finish());
      await tick();
    }
    expect(await Promise.all(results)).toEqual(tasks.map((_, id) => id));
    expect(started).toEqual(tasks.map((_, id) => id));
    expect(most).toBe(6);
    expect(limiter.running).toBe(0);
  });

  it('frees the place of a task that fails', async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });

  it('an aborted task leaves the queue without starting, and the next one takes its turn', async () => {
    const limiter = createLimiter(1);
    const started: number[] = [];
    const first = controlled(started, 1);
    const running = limiter.run(first.task);
    const controller = new AbortController();
    const aborted = limiter.run(controlled(started, 2).task, controller.signal);
    const third = controlled(started, 3);
    const after = limiter.run(third.task);
    expect(limiter.waiting).toBe(2);
    controller.abort(new Error('gone'));
    await expect(aborted).rejects.toThrow('gone');
    expect(limiter.waiting).toBe(1);
    first.finish();
    await running;
    await tick();
    third.finish();
    expect(await after).toBe(3);
    expect(started).toEqual([1, 3]);
  });

  it('a task already aborted never queues', async () => {
    const limiter = createLimiter(1);
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(limiter.run(async () => 'x', controller.signal)).rejects.toThrow('gone');
    expect(limiter.waiting).toBe(0);
    expect(limiter.running).toBe(0);
  });
});
