import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { monthName } from '../utils/months';
import type { Month } from '../utils/months';
import '../archive.css';

interface MonthNavProps {
  older?: Month;
  newer?: Month;
  link: (path: string) => string;
}

/** Links to the nearest earlier and later months that have articles. */
export function MonthNav({ older, newer, link }: MonthNavProps) {
  if (!older && !newer) return null;
  return (
    <nav className="month-nav" aria-label="Other months">
      {older && (
        <Link
          to={link(paths.archive(older.year, older.month))}
          rel="prev"
          className="month-nav-older"
        >
          <span className="month-nav-label">Previous month</span> {monthName(older)}
        </Link>
      )}
      {newer && (
        <Link
          to={link(paths.archive(newer.year, newer.month))}
          rel="next"
          className="month-nav-newer"
        >
          <span className="month-nav-label">Next month</span> {monthName(newer)}
        </Link>
      )}
    </nav>
  );
}
