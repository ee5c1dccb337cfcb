import { StorageNotice } from '../../../components/storage-notice';
import { COMMENTS_KEY } from '../store/comment-counts';
import { DRAFTS_KEY } from '../store/draft-store';

const NAMES = [COMMENTS_KEY, DRAFTS_KEY];

/**
 * Saved comments or drafts this version could not read: set aside, or (no room for a copy)
 * kept in place with a way to download and discard them. A refused post is said in its form.
 */
export function SetAsideNotice() {
  return <StorageNotice names={NAMES} unsaved={false} />;
}
