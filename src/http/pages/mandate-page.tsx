import type { MandateView } from '../../services/public-views.js';
import { BarChart } from './components/bar-chart.js';
import { LetterList } from './components/letter-list.js';
import { Pagination } from './components/pagination.js';
import { ReplyRateLine } from './components/reply-rate.js';
import { count } from './format.js';
import { filteredSearchHref, mandateHref, pageHref } from './hrefs.js';
import { Layout } from './layout.js';

const KIND_NAMES = { thematic: 'Thematic mandate', country: 'Country mandate' } as const;

/** A mandate: who held it when, its letters per year, the mandates it writes with, its letters. */
export function MandatePage({ id, title, kind, body, established, resolutions, holders, letters, replyRate, perYear, joinsMostOften }: MandateView) {
  return (
    <Layout title={letters.page > 1 ? `${title}, page ${letters.page}` : title}>
      <h1>{title}</h1>
      <p class="muted">
        {[kind ? KIND_NAMES[kind] : null, body, established ? `established in ${established}` : null].filter(Boolean).join(' · ')}
        {resolutions.length > 0 && <> · resolutions {resolutions.join(', ')}</>}
      </p>
      <ReplyRateLine rate={replyRate} />

      {holders.length > 0 && (
        <section aria-labelledby="holders">
          <h2 id="holders">Mandate holders</h2>
          <ol class="holders">
            {holders.map((h) => (
              <li>
                <span class="years">{h.from ?? '?'}–{h.to ?? (h.from ? 'today' : '?')}</span> {h.name}
              </li>
            ))}
          </ol>
        </section>
      )}

      <BarChart id="per-year" years={perYear} caption="Letters of this mandate per year" />

      {joinsMostOften.length > 0 && (
        <section aria-labelledby="joins">
          <h2 id="joins">Writes most often with</h2>
          <ol class="ranked">
            {joinsMostOften.map((j) => (
              <li><a href={mandateHref(j.id)}>{j.title}</a> <span class="count">{count(j.letters, 'letter')}</span></li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="all-letters">
        <h2 id="all-letters">Letters</h2>
        {letters.total === 0 ? (
          <p>No letter of this mandate has been published.</p>
        ) : (
          <>
            <p><a href={filteredSearchHref({ mandate: [id] })}>Search and filter these letters</a></p>
            <LetterList letters={letters.items} />
            <Pagination page={letters.page} total={letters.total} pageSize={letters.pageSize} href={pageHref(mandateHref(id))} />
          </>
        )}
      </section>
    </Layout>
  );
}
