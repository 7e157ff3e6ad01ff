import { FACETS, type SearchQuery } from '../../../domain/search-query.js';
import type { SearchView } from '../../../services/public-views.js';
import { searchHref } from '../hrefs.js';
import { FACET_NAMES, facetValueLabel } from '../search-labels.js';
import { isSelected, toggled } from '../search-toggle.js';

const SHOWN_PER_FACET = 12;

export interface FacetListsProps {
  facets: SearchView['facets'];
  labels: SearchView['labels'];
  query: SearchQuery;
}

/**
 * Each facet as a list of links with their counts: a link adds its value to the search, or takes
 * it away when it is already chosen (`aria-current` marks those).
 */
export function FacetLists({ facets, labels, query }: FacetListsProps) {
  const present = FACETS.filter((f) => facets[f].length > 0);
  if (present.length === 0) return null;
  return (
    <aside class="facets" aria-labelledby="facets-title">
      <h2 id="facets-title">Narrow the results</h2>
      {present.map((facet) => {
        const values = [...facets[facet]].sort((a, b) => (facet === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count));
        return (
          <section aria-labelledby={`facet-${facet}`}>
            <h3 id={`facet-${facet}`}>{FACET_NAMES[facet]}</h3>
            <ul>
              {values.slice(0, SHOWN_PER_FACET).map((v) => {
                const on = isSelected(query, facet, v.value);
                const label = facetValueLabel(facet, v.value, labels);
                return (
                  <li>
                    <a href={searchHref(toggled(query, facet, v.value))} aria-current={on ? 'true' : undefined} class={on ? 'on' : undefined}>
                      {on && <span class="visually-hidden">Remove filter: </span>}
                      {label}
                    </a>{' '}
                    <span class="count">{v.count.toLocaleString('en')}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
