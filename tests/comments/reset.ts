import { resetPostedHere } from '../../src/features/comments/hooks/use-posted-here';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { useDraftStore } from '../../src/features/comments/store/draft-store';
import { useSetAsideNotice } from '../../src/features/comments/store/safe-storage';
import { resetThreadIndexes } from '../../src/features/comments/tree/thread-selectors';

/** Empty stores and storage, as on a first visit. */
export function resetComments() {
  useCommentStore.setState({ comments: {} }, true);
  useDraftStore.setState({ drafts: {}, name: '' });
  useSetAsideNotice.setState({ shown: false });
  resetPostedHere();
  resetThreadIndexes();
  localStorage.clear();
}

/** As if the page were reloaded: the stores read storage again. */
export async function reloadStores() {
  await useCommentStore.persist.rehydrate();
  await useDraftStore.persist.rehydrate();
}

export const FEED = 'https://example.com/feed.json';
export const OTHER_FEED = 'https://example.org/feed.json';
