import { vi } from 'vitest';

type Route = unknown | (() => Response | Promise<Response>);

/**
 * A fake network at the `fetch` boundary: absolute URL → JSON body (200) or a function
 * returning a Response. Unknown URLs fail like a dead network. Returns the list of requests.
 */
export function fakeFetch(routes: Record<string, Route>) {
  const requests: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push(url);
    if (!(url in routes)) throw new TypeError('Failed to fetch');
    const route = routes[url];
    if (typeof route === 'function') return (route as () => Response | Promise<Response>)();
    return jsonResponse(route);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/feed+json' },
    ...init,
  });
}
