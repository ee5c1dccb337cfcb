import { plural } from '../../../lib/plural';

/** "No comments", "1 comment", "12 comments". */
export function commentCountText(count: number): string {
  return count === 0 ? 'No comments' : plural(count, { one: '# comment', other: '# comments' });
}
