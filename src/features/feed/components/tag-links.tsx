import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';

export function TagLinks({ tags, link }: { tags: string[]; link: (path: string) => string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={link(paths.tag(tag))} className="tag" dir="auto">
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
