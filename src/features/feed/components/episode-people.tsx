import { useId } from 'react';
import type { EpisodePerson } from '../api/types';

/** Who is in an episode and who made it: each name, with a link to their page, and their role. */
export function EpisodePeople({ people }: { people?: readonly EpisodePerson[] }) {
  const heading = useId();
  if (!people?.length) return null;
  return (
    <section className="episode-people" aria-labelledby={heading}>
      <h2 id={heading}>People</h2>
      <ul>
        {people.map(({ name, role, url }) => (
          <li key={`${name}\n${role}`}>
            <span dir="auto">{url ? <a href={url}>{name}</a> : name}</span>
            <span className="episode-role">, {role}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
