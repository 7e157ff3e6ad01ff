import type { SubmissionPage } from '../../../services/intake.js';
import type { SubmissionStatus } from '../../../store/submissions.repo.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { FORM_LANGUAGE_NAMES, receivedAt, stateName, submissionUrl } from './format.js';

export type StatusFilter = SubmissionStatus | 'all';

const TABS: Array<{ status: StatusFilter; label: string }> = [
  { status: 'new', label: 'New' },
  { status: 'triaged', label: 'Triaged' },
  { status: 'rejected', label: 'Rejected' },
  { status: 'all', label: 'All' },
];

export const listUrl = (status: StatusFilter, page = 1) => `/staff/submissions?status=${status}${page > 1 ? `&page=${page}` : ''}`;

export interface SubmissionsPageProps {
  staff: StaffSession;
  status: StatusFilter;
  counts: Record<SubmissionStatus, number>;
  list: SubmissionPage;
}

/** Submissions received through the public form, newest first, by state. */
export function SubmissionsPage({ staff, status, counts, list }: SubmissionsPageProps) {
  const total = counts.new + counts.triaged + counts.rejected;
  const countOf = (s: StatusFilter) => (s === 'all' ? total : counts[s]);
  const current = TABS.find((t) => t.status === status)!;
  return (
    <StaffLayout title="Submissions" staff={staff}>
      <h1>Submissions</h1>
      <nav class="tabs" aria-label="Submissions by state">
        {TABS.map((t) => (
          <a href={listUrl(t.status)} aria-current={t.status === status ? 'page' : undefined}>
            {t.label} ({countOf(t.status)})
          </a>
        ))}
      </nav>
      {list.rows.length === 0 ? (
        <p class="empty">No {status === 'all' ? '' : `${current.label.toLowerCase()} `}submissions{list.page > 1 ? ' on this page' : ''}.</p>
      ) : (
        <table>
          <caption class="visually-hidden">
            {current.label} submissions, page {list.page} of {list.pages}, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Receipt code</th>
              <th scope="col">Alleged victims</th>
              <th scope="col">Where</th>
              <th scope="col">When</th>
              <th scope="col" class="num">Files</th>
              <th scope="col">Language</th>
              {status === 'all' && <th scope="col">State</th>}
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr>
                <td>{receivedAt(r.receivedAt)}</td>
                <th scope="row">
                  <a href={submissionUrl(r.id)}>{r.receiptCode}</a>
                </th>
                <td>{r.victimNames.join('; ') || '—'}</td>
                <td>{[r.place, r.countryCode ? stateName(r.countryCode) : null].filter(Boolean).join(', ') || '—'}</td>
                <td>{r.incidentDate ?? '—'}</td>
                <td class="num">{r.fileCount}</td>
                <td>{FORM_LANGUAGE_NAMES[r.language] ?? r.language}</td>
                {status === 'all' && <td>{r.status}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.pages > 1 && (
        <nav class="pages" aria-label="Pages">
          {list.page > 1 && <a href={listUrl(status, list.page - 1)}>Newer</a>}
          <span>
            Page {list.page} of {list.pages}
          </span>
          {list.page < list.pages && <a href={listUrl(status, list.page + 1)}>Older</a>}
        </nav>
      )}
    </StaffLayout>
  );
}
