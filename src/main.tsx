import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { startFirstRequests } from './app/first-requests';
import { createQueryClient } from './lib/query-client';
import { createQueryPersister } from './lib/query-persister';
import './styles/global.css';

const container = document.getElementById('root');
if (container) {
  const queryClient = createQueryClient();
  startFirstRequests(queryClient, window.location.search);
  createRoot(container).render(
    <StrictMode>
      <BrowserRouter>
        <App queryClient={queryClient} persister={createQueryPersister()} />
      </BrowserRouter>
    </StrictMode>,
  );
}
