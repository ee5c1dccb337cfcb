import { nameList } from '../../../lib/name-list';
import type { Author } from '../api/types';

/**
 * "Leo Byrne", "Ana Ruiz and Tomas Berg", "A, B and C". Each name is set apart in its own
 * direction: a Hebrew name would otherwise run on into the time and length after it.
 */
export function AuthorNames({ authors }: { authors: Author[] }) {
  const named = authors.filter((author) => author.name);
  if (named.length === 0) return null;
  const list = nameList().formatToParts(named.map((author) => author.name ?? ''));
  let index = 0;
  return (
    <span className="authors">
      {list.map((part, i) => {
        if (part.type === 'literal') return <span key={i}>{part.value}</span>;
        const author = named[index++];
        return author?.url ? (
          <a key={i} href={author.url} rel="noopener noreferrer" target="_blank" dir="auto">
            {part.value}
          </a>
        ) : (
          <span key={i} className="author" dir="auto">
            {part.value}
          </span>
        );
      })}
    </span>
  );
}
