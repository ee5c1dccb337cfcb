import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchText, LoadError, LOAD_TIMEOUT_MS } from '../../src/lib/http';
import { jsonResponse } from '../helpers/fake-fetch';
import { renderApp } from '../helpers/render-app';

/** A server that takes the request and never answers (the fetch ignores its signal, too). */
function silentServer() {
  const fetch = vi.fn(() => new Promise<Response>(() => undefined));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a feed that never answers', () => {
  it('fails with a timeout error the reader understands, after 15 seconds', async () => {
    vi.useFakeTimers();
    silentServer();
    const result = fetchText('https://slow.example/feed.json');
    const settled = vi.fn();
    result.then(settled, settled);
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const error = (await result.catch((e: unknown) => e)) as LoadError;
    expect(error).toBeInstanceOf(LoadError);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('The feed did not answer within 15 seconds.');
  });

  it('aborts the request itself when the time is up', async () => {
    vi.useFakeTimers();
    const fetch = silentServer();
    const result = fetchText('https://slow.example/feed.json').catch(() => undefined);
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS);
    await result;
    const init = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init[1].signal?.aborted).toBe(true);
  });

  it('a body that never ends times out too', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(new ReadableStream({ start: () => undefined }))),
    );
    const result = fetchText('https://slow.example/feed.json').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS);
    expect(await result).toMatchObject({ kind: 'timeout' });
  });

  it('a document that arrives in time is read, and the caller may still cancel', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ ok: 1 })),
    );
    expect(await fetchText('https://fast.example/feed.json')).toBe('{"ok":1}');
    silentServer();
    const controller = new AbortController();
    const result = fetchText('https://slow.example/feed.json', controller.signal).catch(
      (e: unknown) => e,
    );
    controller.abort();
    expect(await result).not.toBeInstanceOf(LoadError);
  });

  it('the front page stops saying "Loading articles…" and offers "Try again"', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    silentServer();
    renderApp('/');
    expect(await screen.findByText('Loading articles…')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The feed did not answer within 15 seconds.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText('Loading articles…')).not.toBeInTheDocument();
  });
});
