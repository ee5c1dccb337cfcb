import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent, lazyModule } from '../../src/components/lazy-component';

/** A module import the test resolves or rejects when it chooses. */
function deferredImport<Module>() {
  const calls: { resolve: (module: Module) => void; reject: (error: Error) => void }[] = [];
  const importer = vi.fn(
    () =>
      new Promise<Module>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { importer, calls };
}

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label} {count}
    </button>
  );
}

const counterModule = { Counter };

describe('lazyModule', () => {
  it('fetches the module once, however often it is asked for, and keeps it', async () => {
    const { importer, calls } = deferredImport<{ answer: number }>();
    const module = lazyModule(importer);
    expect(module.loaded()).toBeUndefined();
    const first = module.load();
    const second = module.load();
    calls[0]?.resolve({ answer: 42 });
    expect(await first).toEqual({ answer: 42 });
    expect(await second).toBe(await first);
    expect(module.loaded()).toEqual({ answer: 42 });
    await module.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed fetch', async () => {
    const { importer, calls } = deferredImport<{ answer: number }>();
    const module = lazyModule(importer);
    const failed = module.load();
    calls[0]?.reject(new Error('Failed to fetch dynamically imported module'));
    await expect(failed).rejects.toThrow('Failed to fetch');
    expect(module.loaded()).toBeUndefined();
    const retried = module.load();
    calls[1]?.resolve({ answer: 7 });
    expect(await retried).toEqual({ answer: 7 });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('lazyComponent', () => {
  it('shows the Suspense fallback until its code is in, then the component', async () => {
    const { importer, calls } = deferredImport<typeof counterModule>();
    const LazyCounter = lazyComponent(importer, 'Counter');
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <LazyCounter label="Clicks" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    calls[0]?.resolve(counterModule);
    expect(await screen.findByRole('button', { name: 'Clicks 0' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('once preloaded, renders at once: no fallback is ever shown', async () => {
    const LazyCounter = lazyComponent(async () => counterModule, 'Counter');
    await LazyCounter.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <LazyCounter label="Clicks" />
      </Suspense>,
    );
    // Synchronously, in the first commit.
    expect(screen.getByRole('button', { name: 'Clicks 0' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('keeps its state when its parent renders again after the code arrived', async () => {
    const { importer, calls } = deferredImport<typeof counterModule>();
    const LazyCounter = lazyComponent(importer, 'Counter');
    const view = (label: string) => (
      <Suspense fallback={<p>Loading…</p>}>
        <LazyCounter label={label} />
      </Suspense>
    );
    const { rerender } = render(view('Clicks'));
    calls[0]?.resolve(counterModule);
    await userEvent.click(await screen.findByRole('button', { name: 'Clicks 0' }));
    expect(screen.getByRole('button', { name: 'Clicks 1' })).toBeInTheDocument();
    rerender(view('Taps'));
    expect(screen.getByRole('button', { name: 'Taps 1' })).toBeInTheDocument();
  });

  it('a failed preload can be tried again', async () => {
    const { importer, calls } = deferredImport<typeof counterModule>();
    const LazyCounter = lazyComponent(importer, 'Counter');
    const failed = LazyCounter.preload();
    calls[0]?.reject(new Error('offline'));
    await expect(failed).rejects.toThrow('offline');
    const retried = LazyCounter.preload();
    calls[1]?.resolve(counterModule);
    await retried;
    render(<LazyCounter label="Clicks" />);
    expect(screen.getByRole('button', { name: 'Clicks 0' })).toBeInTheDocument();
  });
});
