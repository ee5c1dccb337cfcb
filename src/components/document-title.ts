import { useEffect } from 'react';

/** Sets `document.title` for the page on screen ("Title · Broadsheet"). */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
