import { describe, expect, it, vi } from 'vitest';
import { atOnce, inParts } from '../../src/lib/in-parts';
import { nextTask } from '../../src/lib/next-task';

describe('inParts', () => {
  /** Steps that each take `ms` of a clock the test moves, noting which task each ran in. */
  function* timedSteps(count: number, ms: number, clock: { now: number }, tasks: { now: number }) {
    const ranIn: number[] = [];
    for (let step = 0; step < count; step++) {
      clock.now += ms;
      ranIn.push(tasks.now);
      yield;
    }
    return ranIn;
  }
  /** Counts the tasks that run, by one that queues itself again each time. */
  function countTasks() {
    const tasks = { now: 0, running: true };
    const next = () => {
      tasks.now += 1;
      if (tasks.running) void nextTask().then(next);
    };
    void nextTask().then(next);
    return tasks;
  }

  it('leaves the browser a turn once the steps have run for the slice, not after each', async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    const tasks = countTasks();
    const ranIn = await inParts(timedSteps(6, 3, clock, tasks), 8);
    tasks.running = false;
    // 3 ms each, a slice of 8: three steps in a task, then another task's turn.
    expect(ranIn).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('runs steps longer than the slice each in a task of its own', async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    const tasks = countTasks();
    const ranIn = await inParts(timedSteps(3, 20, clock, tasks), 8);
    tasks.running = false;
    expect(new Set(ranIn).size).toBe(3);
  });

  it('atOnce runs the same steps in the caller’s task, to the same end', () => {
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    expect(atOnce(timedSteps(4, 20, clock, { now: 7 }))).toEqual([7, 7, 7, 7]);
  });
});
