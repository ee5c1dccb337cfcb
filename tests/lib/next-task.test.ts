import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, nextTask } from '../../src/lib/next-task';

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

describe('afterNextPaint', () => {
  /** Holds animation frames until the test runs them, as a page between two paints would. */
  function heldFrames() {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    return () => frames.splice(0).forEach((frame) => frame(performance.now()));
  }
  const visibility = (state: DocumentVisibilityState) =>
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('waits for the next frame to be drawn, then for a task after it', async () => {
    const paint = heldFrames();
    const task = vi.fn();
    afterNextPaint(task);
    await nextTask();
    expect(task).not.toHaveBeenCalled();
    paint();
    // The frame's own callbacks come before its paint: the task comes in a task after them.
    expect(task).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(task).toHaveBeenCalledOnce());
  });

  it('in a hidden tab, which draws no frames, runs in the next task', async () => {
    heldFrames();
    visibility('hidden');
    const task = vi.fn();
    afterNextPaint(task);
    await vi.waitFor(() => expect(task).toHaveBeenCalledOnce());
  });

  it('runs nothing once cancelled', async () => {
    const paint = heldFrames();
    const task = vi.fn();
    afterNextPaint(task)();
    paint();
    await nextTask();
    await nextTask();
    expect(task).not.toHaveBeenCalled();
  });
});
