import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { byYear, monthName } from '../utils/months';
import type { MonthCount } from '../utils/months';
import '../archive.css';

interface MonthListProps {
  months: MonthCount[];
  link: (path: string) => string;
  /** The month on screen, marked as the current page. */
  current?: string;
  /** The level of the year headings, to fit under the page's own headings. */
  level?: 2 | 3;
}

/** Every month with articles, newest first, under year headings: "July 2019 (7)". */
export function MonthList({ months, link, current, level = 2 }: MonthListProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="month-list">
      {byYear(months).map(({ year, months: inYear }) => (
        <section key={year} className="month-year" aria-labelledby={`year-${year}`}>
          <Heading id={`year-${year}`} className="month-year-heading">
            {year}
          </Heading>
          <ul>
            {inYear.map((month) => (
              <li key={month.key}>
                <Link
                  to={link(paths.archive(month.year, month.month))}
                  aria-current={month.key === current ? 'page' : undefined}
                >
                  {monthName(month)} ({month.count.toLocaleString()})
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
