import type { MandateSummary } from '../../services/public-views.js';
import { count } from './format.js';
import { mandateHref } from './hrefs.js';
import { Layout } from './layout.js';

const GROUPS: Array<[MandateSummary['kind'], string]> = [['thematic', 'Thematic mandates'], ['country', 'Country mandates'], [null, 'Other signatories']];

/** The mandates, thematic and country, each with its number of published letters. */
export function MandatesPage({ mandates }: { mandates: MandateSummary[] }) {
  return (
    <Layout title="Mandates">
      <h1>Mandates</h1>
      {GROUPS.map(([kind, heading]) => {
        const listed = mandates.filter((m) => m.kind === kind);
        return listed.length === 0 ? null : (
          <section aria-labelledby={`kind-${kind ?? 'other'}`}>
            <h2 id={`kind-${kind ?? 'other'}`}>{heading}</h2>
            <ul class="ranked">
              {listed.map((m) => (
                <li><a href={mandateHref(m.id)}>{m.title}</a> <span class="count">{count(m.letters, 'letter')}</span></li>
              ))}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}
