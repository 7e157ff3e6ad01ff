import type { SearchSort } from '../../domain/search-query.js';
import type { SearchView } from '../../services/public-views.js';
import { FacetLists } from './components/facet-lists.js';
import { LetterList } from './components/letter-list.js';
import { Pagination } from './components/pagination.js';
import { PeopleMatched } from './components/people-matched.js';
import { SnippetText } from './components/snippet.js';
import { count } from './format.js';
import { searchHref } from './hrefs.js';
import { Layout } from './layout.js';
import { FACET_NAMES, facetValueLabel } from './search-labels.js';
import { selectedValues, toggled } from './search-toggle.js';

const SORTS: Array<[SearchSort, string]> = [['relevance', 'Relevance'], ['newest', 'Newest first'], ['oldest', 'Oldest first']];

/** Search results: the letters with their matching passages, the people matched, facets, sorting, pages. */
export function SearchPage({ query, total, items, facets, people, labels }: SearchView) {
  const heading = query.text ? `Letters matching “${query.text}”` : 'Published letters';
  const chosen = selectedValues(query);
  const sorts = SORTS.filter(([s]) => s !== 'relevance' || query.text);
  return (
    <Layout title={query.page > 1 ? `${heading}, page ${query.page}` : heading} query={query.text}>
      <h1>{heading}</h1>
      <div class="search-layout">
        <div class="results">
          {chosen.length > 0 && (
            <p class="chosen">
              Filtered by:{' '}
              {chosen.map((c) => (
                <a class="chip" href={searchHref(toggled(query, c.facet, c.value))}>
                  <span class="visually-hidden">Remove filter </span>
                  {FACET_NAMES[c.facet]}: {facetValueLabel(c.facet, c.value, labels)} <span aria-hidden="true">×</span>
                </a>
              ))}
            </p>
          )}
          <PeopleMatched people={people} />
          {total === 0 ? (
            <div class="empty">
              <p><strong>No published letter matches{query.text ? ` “${query.text}”` : ''}{chosen.length ? ' with these filters' : ''}.</strong></p>
              <p>Try fewer or other words, another spelling of a name, or remove a filter.</p>
            </div>
          ) : (
            <>
              <div class="result-bar">
                <p role="status">{count(total, 'letter')}</p>
                <nav aria-label="Sort">
                  Sort:{' '}
                  {sorts.map(([s, label], i) => (
                    <>
                      {i > 0 && ' · '}
                      {s === query.sort ? <strong aria-current="true">{label}</strong> : <a href={searchHref({ ...query, sort: s, page: 1 })}>{label}</a>}
                    </>
                  ))}
                </nav>
              </div>
              <LetterList
                letters={items.map((i) => ({ ...i, recipient: { code: i.recipient.code, name: labels.state[i.recipient.code] ?? i.recipient.name ?? i.recipient.code } }))}
                extra={(_l, i) => {
                  const hit = items[i]!;
                  return hit.snippet ? (
                    <p class="snippet">
                      {hit.snippetFrom === 'reply' && <span class="muted">In a reply: </span>}…<SnippetText parts={hit.snippet} />…
                    </p>
                  ) : null;
                }}
              />
              <Pagination page={query.page} total={total} pageSize={query.pageSize} href={(page) => searchHref({ ...query, page })} />
            </>
          )}
        </div>
        <FacetLists facets={facets} labels={labels} query={query} />
      </div>
    </Layout>
  );
}
