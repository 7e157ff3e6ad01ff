/** How the values of each search facet read on the page. */
import type { SearchFilters } from '../../domain/search-query.js';
import type { SearchView } from '../../services/public-views.js';
import { LANGUAGE_NAMES, TYPE_NAMES } from './format.js';

export const FACET_NAMES: Record<keyof SearchFilters, string> = {
  state: 'Recipient',
  mandate: 'Mandate',
  type: 'Type',
  joint: 'Joint or single',
  year: 'Year',
  reply: 'Reply',
  lang: 'Language',
};

export function facetValueLabel(facet: keyof SearchFilters, value: string, labels: SearchView['labels']): string {
  switch (facet) {
    case 'state': return labels.state[value] ?? value;
    case 'mandate': return labels.mandate[value] ?? value;
    case 'type': return TYPE_NAMES[value as keyof typeof TYPE_NAMES] ?? value;
    case 'joint': return value === 'yes' ? 'Joint letters' : 'One mandate';
    case 'reply': return value === 'yes' ? 'Replied to' : 'No reply';
    case 'lang': return LANGUAGE_NAMES[value] ?? value;
    default: return value;
  }
}
