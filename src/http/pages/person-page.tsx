import type { PersonView } from '../../services/public-views.js';
import { CommaList } from './components/comma-list.js';
import { LetterList } from './components/letter-list.js';
import { count } from './format.js';
import { stateHref } from './hrefs.js';
import { Layout } from './layout.js';

/** A person across letters and States: every published letter naming them, by year, and every spelling. */
export function PersonPage({ name, spellings, states, timeline }: PersonView) {
  const others = spellings.filter((s) => s !== name);
  const letters = timeline.reduce((n, y) => n + y.letters.length, 0);
  return (
    <Layout title={name}>
      <h1>{name}</h1>
      {others.length > 0 && <p class="also">Also spelled <CommaList items={others} render={(s) => <span class="spelling">{s}</span>} />.</p>}
      <p>
        Named in {count(letters, 'published letter')} to <CommaList items={states} render={(s) => <a href={stateHref(s.code)}>{s.name}</a>} />.
      </p>
      <h2>Letters, oldest first</h2>
      <ol class="timeline">
        {timeline.map((group) => (
          <li>
            <h3>{group.year ?? 'Undated'}</h3>
            <LetterList
              letters={group.letters}
              extra={(_l, i) => {
                const l = group.letters[i]!;
                return (
                  <p class="role">
                    {l.role === 'victim' ? 'Concerned by this letter' : 'Mentioned in this letter'}
                    {l.spelling !== name && <>, as <span class="spelling">{l.spelling}</span></>}
                  </p>
                );
              }}
            />
          </li>
        ))}
      </ol>
    </Layout>
  );
}
