import type { Paged, PersonSummary } from '../../services/public-views.js';
import { Pagination } from './components/pagination.js';
import { PeopleMatched } from './components/people-matched.js';
import { SearchBox } from './components/search-box.js';
import { Layout } from './layout.js';

export interface PeoplePageProps {
  query: string;
  found: Paged<PersonSummary>;
}

/** Finding a person by any spelling of their name. */
export function PeoplePage({ query, found }: PeoplePageProps) {
  const href = (page: number) => `/people?${new URLSearchParams({ q: query, ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <Layout title={query ? `People named “${query}”` : 'People'}>
      <h1>People named in published letters</h1>
      <SearchBox id="person-q" label="Name" value={query} action="/people" hint="Any spelling: names are matched across transliterations and accents." />
      {query && (found.total === 0 ? (
        <p><strong>No one in the published letters has a name like “{query}”.</strong></p>
      ) : (
        <>
          <PeopleMatched people={found.items} />
          <Pagination page={found.page} total={found.total} pageSize={found.pageSize} href={href} noun="person" />
        </>
      ))}
    </Layout>
  );
}
