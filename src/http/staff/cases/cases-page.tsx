/** The list of case files: open or closed, filtered by title, most recently changed first; and a form to open one. */
import { stateByCode } from '../../../reference-data/index.js';
import type { CaseStatus } from '../../../domain/case.js';
import type { CaseListItem } from '../../../store/cases.repo.js';
import { Pagination } from '../../pages/components/pagination.js';
import { count } from '../../pages/format.js';
import { CsrfField } from '../csrf-field.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { CaseFieldInputs, CASE_FIELDS } from './case-fields.js';
import { ErrorSummary, stateOf, type FormState } from '../components/form-state.js';

export interface CasesQuery {
  status: CaseStatus | null;
  title: string;
  page: number;
}

export interface CasesPageProps {
  staff: StaffSession;
  query: CasesQuery;
  total: number;
  pageSize: number;
  cases: CaseListItem[];
  canWrite: boolean;
  /** The new-case form sent back with its problems. */
  form?: FormState | undefined;
}

export function casesHref({ status, title, page }: CasesQuery): string {
  const p = new URLSearchParams();
  if (status !== 'open') p.set('status', status ?? 'all');
  if (title) p.set('title', title);
  if (page > 1) p.set('page', String(page));
  const q = p.toString();
  return q ? `/staff/cases?${q}` : '/staff/cases';
}

const STATUS_TABS: Array<{ status: CaseStatus | null; label: string }> = [
  { status: 'open', label: 'Open' },
  { status: 'closed', label: 'Closed' },
  { status: null, label: 'All' },
];

export const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

export function CasesPage({ staff, query, total, pageSize, cases, canWrite, form }: CasesPageProps) {
  const state = stateOf(form, 'new-case');
  return (
    <StaffLayout title="Cases" staff={staff}>
      <ErrorSummary state={state} fields={CASE_FIELDS} />
      <h1>Cases</h1>
      <nav class="tabs" aria-label="Cases by status">
        {STATUS_TABS.map((t) => (
          <a href={casesHref({ ...query, status: t.status, page: 1 })} aria-current={t.status === query.status ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      <form method="get" action="/staff/cases" class="filter" role="search">
        <input type="hidden" name="status" value={query.status ?? 'all'} />
        <label for="cases-title">Title contains</label>
        <input id="cases-title" name="title" type="search" value={query.title} maxLength={200} />
        <button type="submit">Filter</button>
      </form>
      <p class="count">{count(total, 'case')}</p>
      {cases.length === 0 ? (
        <p class="empty">No case matches.</p>
      ) : (
        <table class="cases">
          <caption class="visually-hidden">Cases, most recently changed first</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Country</th>
              <th scope="col">Status</th>
              <th scope="col" class="num">People</th>
              <th scope="col" class="num">Events</th>
              <th scope="col">Changed</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr>
                <th scope="row">
                  <a href={`/staff/cases/${c.id}`}>
                    #{c.id} {c.title}
                  </a>
                </th>
                <td>{c.countryCode ? (stateByCode(c.countryCode)?.name.en ?? c.countryCode) : '—'}</td>
                <td>{c.status === 'open' ? 'Open' : 'Closed'}</td>
                <td class="num">{c.people}</td>
                <td class="num">{c.events}</td>
                <td>
                  <time dateTime={c.updatedAt.toISOString()}>{dateOnly(c.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={query.page} total={total} pageSize={pageSize} href={(page) => casesHref({ ...query, page })} noun="case" />
      {canWrite && (
        <section aria-labelledby="new-case-title">
          <h2 id="new-case-title">Open a new case</h2>
          <form method="post" action="/staff/cases" id="new-case" class="case-form">
            <CsrfField token={staff.csrfToken} />
            <CaseFieldInputs form="new-case" state={state} stored={null} withStatus={false} />
            <button type="submit">Open the case</button>
          </form>
        </section>
      )}
    </StaffLayout>
  );
}
