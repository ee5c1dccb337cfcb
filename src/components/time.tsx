import { formatDate, formatDateTime, formatLongDate, formatTime } from '../lib/dates';

const formats = {
  long: formatLongDate,
  date: formatDate,
  time: formatTime,
};

/** A `<time>` with a machine-readable value and the exact moment on hover. */
export function Time({ iso, format }: { iso: string; format: keyof typeof formats }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formats[format](iso)}
    </time>
  );
}
