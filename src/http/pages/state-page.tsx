import type { StateView } from '../../services/public-views.js';
import { BarChart } from './components/bar-chart.js';
import { LetterList } from './components/letter-list.js';
import { Pagination } from './components/pagination.js';
import { ReplyRateLine } from './components/reply-rate.js';
import { count } from './format.js';
import { filteredSearchHref, pageHref, stateHref } from './hrefs.js';
import { Layout } from './layout.js';

/** A State or other recipient: its reply rate, letters per year, letters awaiting a reply, all its letters. */
export function StatePage({ code, name, names, letters, replyRate, awaitingReply, perYear }: StateView) {
  const awaiting = replyRate.letters - replyRate.replied;
  return (
    <Layout title={letters.page > 1 ? `${name}, page ${letters.page}` : name}>
      <h1>{name}</h1>
      <p class="muted">
        Recipient code {code}
        {names && names.fr !== name && <> · <span lang="fr">{names.fr}</span></>}
        {names && names.es !== name && names.es !== names.fr && <> · <span lang="es">{names.es}</span></>}
      </p>
      <ReplyRateLine rate={replyRate} />
      <BarChart id="per-year" years={perYear} caption={`Letters to ${name} per year`} />

      {awaiting > 0 && (
        <section aria-labelledby="awaiting">
          <h2 id="awaiting">Awaiting a reply ({awaiting.toLocaleString('en')})</h2>
          <LetterList letters={awaitingReply} hideRecipient />
          {awaiting > awaitingReply.length && (
            <p><a href={filteredSearchHref({ state: [code], reply: 'no' })}>All {count(awaiting, 'letter')} without a reply</a></p>
          )}
        </section>
      )}

      <section aria-labelledby="all-letters">
        <h2 id="all-letters">All letters</h2>
        {letters.total === 0 ? (
          <p>No letter to {name} has been published.</p>
        ) : (
          <>
            <p><a href={filteredSearchHref({ state: [code] })}>Search and filter these letters</a></p>
            <LetterList letters={letters.items} hideRecipient />
            <Pagination page={letters.page} total={letters.total} pageSize={letters.pageSize} href={pageHref(stateHref(code))} />
          </>
        )}
      </section>
    </Layout>
  );
}
