import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { AppRoutes } from './app-routes';
import './relay-setting';
import './retention-setting';

interface AppProps {
  queryClient: QueryClient;
}

/** Providers and routes; the router itself comes from the caller (browser or memory). */
export function App({ queryClient }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <AppRoutes />
    </QueryClientProvider>
  );
}
