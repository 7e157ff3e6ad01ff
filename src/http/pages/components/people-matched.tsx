import type { PersonMatch } from '../../../domain/search-query.js';
import { count } from '../format.js';
import { personHref } from '../hrefs.js';

/** The people whose name matches the words searched, each with the other spellings found. */
export function PeopleMatched({ people }: { people: PersonMatch[] }) {
  if (people.length === 0) return null;
  return (
    <section class="people-matched" aria-labelledby="people-matched-title">
      <h2 id="people-matched-title">People</h2>
      <ul>
        {people.map((p) => {
          const others = p.spellings.filter((s) => s !== p.name);
          return (
            <li>
              <a href={personHref(p.id)}>{p.name}</a> <span class="muted">({count(p.letters, 'letter')})</span>
              {others.length > 0 && <span class="also"> also spelled {others.join(', ')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
