import { formatDateTime } from '../../../lib/dates';
import { relativeTime } from '../utils/relative-time';

/** "5 minutes ago", with the exact moment on hover and in `datetime`. */
export function RelativeTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {relativeTime(iso)}
    </time>
  );
}
