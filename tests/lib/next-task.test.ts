import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, afterShown, nextTask, PAGE_HEADING_TIMING } from '../../src/lib/next-task';

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

describe('afterShown', () => {
  /**
   * A browser that reports when marked elements reach the screen (Element Timing), as
   * Chromium does: `show` reports one, as the browser does once the frame holding it is
   * presented. Its record holds what was reported before an observer began.
   */
  function elementTiming() {
    const observers: PerformanceObserverCallback[] = [];
    const record: PerformanceEntry[] = [];
    class FakeObserver {
      static supportedEntryTypes = ['element', 'largest-contentful-paint'];
      constructor(private callback: PerformanceObserverCallback) {}
      observe({ buffered }: PerformanceObserverInit) {
        observers.push(this.callback);
        if (buffered && record.length > 0) this.deliver(record);
      }
      disconnect() {
        observers.splice(observers.indexOf(this.callback), 1);
      }
      deliver(entries: PerformanceEntry[]) {
        this.callback(
          { getEntries: () => entries } as PerformanceObserverEntryList,
          this as unknown as PerformanceObserver,
        );
      }
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    return (element: Element) => {
      const entry = { entryType: 'element', identifier: PAGE_HEADING_TIMING, element };
      record.push(entry as unknown as PerformanceEntry);
      for (const callback of [...observers]) {
        callback(
          { getEntries: () => [entry] } as unknown as PerformanceObserverEntryList,
          {} as PerformanceObserver,
        );
      }
    };
  }
  function heading() {
    const h1 = document.createElement('h1');
    h1.setAttribute('elementtiming', PAGE_HEADING_TIMING);
    document.body.append(h1);
    vi.spyOn(h1, 'getBoundingClientRect').mockReturnValue({ top: 100, bottom: 140 } as DOMRect);
    return h1;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it("waits for the page's heading to reach the screen, however many frames that takes", async () => {
    vi.useFakeTimers();
    const show = elementTiming();
    const h1 = heading();
    const task = vi.fn();
    afterShown(task);
    await vi.advanceTimersByTimeAsync(2000);
    expect(task).not.toHaveBeenCalled();
    show(h1);
    expect(task).toHaveBeenCalledOnce();
  });

  it('does not take an earlier page’s heading, no longer in the document, for this one', async () => {
    vi.useFakeTimers();
    const show = elementTiming();
    const earlier = heading();
    show(earlier);
    earlier.remove();
    const h1 = heading();
    const task = vi.fn();
    afterShown(task);
    await vi.advanceTimersByTimeAsync(100);
    expect(task).not.toHaveBeenCalled();
    show(h1);
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs at once for a heading already shown, and at the latest after three seconds', async () => {
    vi.useFakeTimers();
    const show = elementTiming();
    const h1 = heading();
    show(h1);
    const shown = vi.fn();
    afterShown(shown);
    expect(shown).toHaveBeenCalledOnce();

    h1.remove();
    heading();
    const never = vi.fn();
    afterShown(never);
    await vi.advanceTimersByTimeAsync(2999);
    expect(never).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(never).toHaveBeenCalledOnce();
  });

  it('waits only for the next paint where the heading is out of view, which is never reported', async () => {
    elementTiming();
    const h1 = heading();
    vi.spyOn(h1, 'getBoundingClientRect').mockReturnValue({ top: -400, bottom: -360 } as DOMRect);
    const task = vi.fn();
    afterShown(task);
    await vi.waitFor(() => expect(task).toHaveBeenCalledOnce());
  });
});
