import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { FrontPage } from './routes/front-page';
import { NotFoundPage } from './routes/not-found-page';
import { TagPage } from './routes/tag-page';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <FrontPage /> },
          { path: 'tags/:tag', element: <TagPage /> },
          {
            path: 'articles/:id',
            lazy: async () => ({ Component: (await import('./routes/article-page')).ArticlePage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
