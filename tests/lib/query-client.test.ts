import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queriesSettled } from '../../src/lib/query-client';

/** A query whose fetch the test ends, with data or with an error. */
function pending(client: QueryClient, name: string) {
  let end: { data: (value: number) => void; error: (error: Error) => void } | undefined;
  const fetched = client
    .fetchQuery({
      queryKey: [name],
      queryFn: () => new Promise<number>((data, error) => (end = { data, error })),
      retry: false,
    })
    .catch(() => undefined);
  return {
    fetched,
    end: () => {
      if (!end) throw new Error(`${name} is not fetching`);
      return end;
    },
  };
}

describe('queriesSettled', () => {
  it('waits for every query still fetching to have data or to fail, and for no other', async () => {
    const client = new QueryClient();
    const first = pending(client, 'first');
    const second = pending(client, 'second');
    client.setQueryData(['cached'], 1);
    let settled = false;
    const done = queriesSettled(client, [['first'], ['cached'], ['second'], ['never asked']]).then(
      () => {
        settled = true;
      },
    );

    first.end().data(1);
    await first.fetched;
    await Promise.resolve();
    expect(settled).toBe(false);

    second.end().error(new Error('offline'));
    await done;
    expect(settled).toBe(true);
  });

  it('is settled at once when nothing it names is fetching', async () => {
    const client = new QueryClient();
    client.setQueryData(['cached'], 1);
    await expect(queriesSettled(client, [['cached'], ['never asked']])).resolves.toBeUndefined();
  });
});
