import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { createQueryClient } from './lib/query-client';
import { createQueryPersister } from './lib/query-persister';
import './styles/global.css';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <BrowserRouter>
        <App queryClient={createQueryClient()} persister={createQueryPersister()} />
      </BrowserRouter>
    </StrictMode>,
  );
}
