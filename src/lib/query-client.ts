import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A broken feed stays broken on retry; one quick retry covers a flaky network.
        retry: (failureCount, error) =>
          failureCount < 1 && (error as { kind?: string }).kind === 'network',
        refetchOnWindowFocus: false,
      },
    },
  });
}
