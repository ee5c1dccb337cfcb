import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterShown } from '../../src/lib/after-shown';

const HEADING = 'page-heading';

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
      const entry = { entryType: 'element', identifier: HEADING, element };
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
    h1.setAttribute('elementtiming', HEADING);
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
    afterShown(HEADING, task);
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
    afterShown(HEADING, task);
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
    afterShown(HEADING, shown);
    expect(shown).toHaveBeenCalledOnce();

    h1.remove();
    heading();
    const never = vi.fn();
    afterShown(HEADING, never);
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
    afterShown(HEADING, task);
    await vi.waitFor(() => expect(task).toHaveBeenCalledOnce());
  });
});
