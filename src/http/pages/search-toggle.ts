/** A search with one facet value switched on or off, back on its first page. */
import type { SearchFilters, SearchQuery } from '../../domain/search-query.js';

export function isSelected(q: SearchQuery, facet: keyof SearchFilters, value: string): boolean {
  const current = q.filters[facet];
  if (Array.isArray(current)) return (current as Array<string | number>).map(String).includes(value);
  return current === value;
}

export function toggled(q: SearchQuery, facet: keyof SearchFilters, value: string): SearchQuery {
  const filters: SearchFilters = { ...q.filters };
  const on = isSelected(q, facet, value);
  switch (facet) {
    case 'joint':
    case 'reply':
      filters[facet] = on ? null : (value as 'yes' | 'no');
      break;
    case 'year':
      filters.year = on ? filters.year.filter((y) => String(y) !== value) : [...filters.year, Number(value)];
      break;
    case 'type':
      filters.type = on ? filters.type.filter((t) => t !== value) : [...filters.type, value as SearchFilters['type'][number]];
      break;
    default:
      filters[facet] = on ? filters[facet].filter((v) => v !== value) : [...filters[facet], value];
  }
  return { ...q, filters, page: 1 };
}

/** Every value selected, facet by facet, in the order of the filters. */
export function selectedValues(q: SearchQuery): Array<{ facet: keyof SearchFilters; value: string }> {
  const out: Array<{ facet: keyof SearchFilters; value: string }> = [];
  for (const [facet, v] of Object.entries(q.filters) as Array<[keyof SearchFilters, SearchFilters[keyof SearchFilters]]>) {
    if (Array.isArray(v)) for (const x of v) out.push({ facet, value: String(x) });
    else if (v) out.push({ facet, value: v });
  }
  return out;
}
