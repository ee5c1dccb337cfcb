// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBody, hostOf } from '../../src/lib/http';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('hostOf', () => {
  it('names the host of a URL, with its port', () => {
    expect(hostOf('https://example.org/feed.json?page=2')).toBe('example.org');
    expect(hostOf('http://localhost:3000/feed.json')).toBe('localhost:3000');
  });

  it('has none for no URL, a relative one or one without a host', () => {
    expect(hostOf(undefined)).toBeUndefined();
    expect(hostOf('')).toBeUndefined();
    expect(hostOf('/feed.json')).toBeUndefined();
    expect(hostOf('mailto:ed@example.org')).toBeUndefined();
  });
});

describe('fetchBody, read as it arrives', () => {
  /** A body of `parts` parts of 100 KB, each byte its part's number, one part a task. */
  const streamed = (parts: number) => {
    let part = 0;
    return new Response(
      new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          controller.enqueue(new Uint8Array(100 * 1024).fill(part));
          part += 1;
          if (part === parts) controller.close();
        },
      }),
      { headers: { 'Content-Type': 'application/rss+xml' } },
    );
  };

  it('hands on its start at 64 KB and each time that has doubled, up to 1 MB', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(streamed(15)));
    const lengths: number[] = [];
    const fetched = await fetchBody('https://news.example/feed', {
      onPrefix: (bytes, contentType) => {
        expect(contentType).toBe('application/rss+xml');
        lengths.push(bytes.length / 1024);
        return false;
      },
    });
    // 64, 128, 256, 512 and 1,024 KB are crossed by the parts ending at 100, 200, 300, 600, 1,100.
    expect(lengths).toEqual([100, 200, 300, 600, 1100]);
    expect(fetched.changed && fetched.bytes.length).toBe(1500 * 1024);
    expect(fetched.changed && fetched.bytes[1499 * 1024]).toBe(14);
  });

  it('says the connection was cut when the body stops before its end, read whole or in parts', async () => {
    const cut = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('<rss><channel><item>'));
            controller.error(new TypeError('network error'));
          },
        }),
      );
    vi.stubGlobal('fetch', () => Promise.resolve(cut()));
    for (const onPrefix of [undefined, () => false]) {
      await expect(fetchBody('https://news.example/feed', { onPrefix })).rejects.toMatchObject({
        kind: 'network',
        message: 'The connection was cut before the whole feed arrived.',
      });
    }
  });

  it('hands on no more once told it has enough', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(streamed(15)));
    const lengths: number[] = [];
    const fetched = await fetchBody('https://news.example/feed', {
      onPrefix: (bytes) => lengths.push(bytes.length / 1024) === 2,
    });
    expect(lengths).toEqual([100, 200]);
    expect(fetched.changed && fetched.bytes.length).toBe(1500 * 1024);
  });

  it('hands on what has arrived since the last mark where the body pauses', async () => {
    // 64 KB, then 24 KB a task later, as a browser may hand them over, and then nothing for a while.
    let finish = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(64 * 1024));
        setTimeout(() => {
          setTimeout(() => controller.enqueue(new Uint8Array(24 * 1024)), 0);
        }, 0);
        finish = () => {
          controller.enqueue(new Uint8Array(10 * 1024));
          controller.close();
        };
      },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(body)));
    const lengths: number[] = [];
    const fetched = fetchBody('https://news.example/feed', {
      onPrefix: (bytes) => {
        lengths.push(bytes.length / 1024);
        return false;
      },
    });
    await vi.waitFor(() => expect(lengths).toEqual([64, 88]));
    finish();
    await fetched;
    // The end is read whole, as ever: no start is handed on for it.
    expect(lengths).toEqual([64, 88]);
  });

  it('reads a body that is already whole once, handing on no start of it', async () => {
    // As the copy of a response the first screen was drawn from: every part there to be read.
    const whole = new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let part = 0; part < 15; part += 1) controller.enqueue(new Uint8Array(100 * 1024));
          controller.close();
        },
      }),
    );
    vi.stubGlobal('fetch', () => Promise.resolve(whole));
    const onPrefix = vi.fn(() => false);
    const fetched = await fetchBody('https://news.example/feed', { onPrefix });
    expect(onPrefix).not.toHaveBeenCalled();
    expect(fetched.changed && fetched.bytes.length).toBe(1500 * 1024);
  });
});
