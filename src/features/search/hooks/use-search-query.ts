import { useLocation } from 'react-router';
import { paths } from '../../../config/paths';

/** The search text in the URL (`/search?q=`), or undefined on any other page. */
export function useSearchQuery(): string | undefined {
  const { pathname, search } = useLocation();
  if (pathname !== paths.search()) return undefined;
  return new URLSearchParams(search).get('q') ?? '';
}
