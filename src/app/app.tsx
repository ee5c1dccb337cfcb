import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import type { Persister } from '@tanstack/react-query-persist-client';
import { APP_VERSION } from '../config/env';
import { PERSIST_MAX_AGE } from '../lib/query-client';
import { AppRoutes } from './app-routes';

interface AppProps {
  queryClient: QueryClient;
  /** Where the query cache is kept between visits; without one it lives in memory only. */
  persister?: Persister;
}

/** Providers and routes; the router itself comes from the caller (browser or memory). */
export function App({ queryClient, persister }: AppProps) {
  if (!persister) {
    return (
      <QueryClientProvider client={queryClient}>
        <AppRoutes />
      </QueryClientProvider>
    );
  }
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={{ persister, maxAge: PERSIST_MAX_AGE, buster: APP_VERSION }}
    >
      <AppRoutes />
    </PersistQueryClientProvider>
  );
}
