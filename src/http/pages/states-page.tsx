import type { StateSummary } from '../../services/public-views.js';
import { percent } from './format.js';
import { stateHref } from './hrefs.js';
import { Layout } from './layout.js';

/** Every recipient of a published letter, with its letters and reply rate. */
export function StatesPage({ states }: { states: StateSummary[] }) {
  return (
    <Layout title="States and other recipients">
      <h1>States and other recipients</h1>
      {states.length === 0 ? (
        <p>No letter has been published yet.</p>
      ) : (
        <table class="index">
          <thead>
            <tr><th scope="col">Recipient</th><th scope="col" class="num">Letters</th><th scope="col" class="num">Replied to</th><th scope="col" class="num">Reply rate</th></tr>
          </thead>
          <tbody>
            {states.map((s) => (
              <tr>
                <th scope="row"><a href={stateHref(s.code)}>{s.name}</a> <span class="muted">{s.code}</span></th>
                <td class="num">{s.letters.toLocaleString('en')}</td>
                <td class="num">{s.replied.toLocaleString('en')}</td>
                <td class="num">{percent(s.letters ? s.replied / s.letters : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
