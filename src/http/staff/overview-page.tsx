import { can, ROLE_LABELS, type Action } from '../../domain/permissions.js';
import type { WorkspaceOverview } from '../../services/workspace-overview.js';
import { StaffLayout } from './staff-layout.js';
import type { StaffSession } from './workspace.js';

const SECTIONS: Array<{ href: string; label: string; what: string; action: Action }> = [
  { href: '/staff/submissions', label: 'Submissions', what: 'information received through the public form, to triage', action: 'submission.read' },
  { href: '/staff/cases', label: 'Cases', what: 'people, organisations, events, documents and letters of each case', action: 'case.read' },
  { href: '/staff/search', label: 'Search', what: 'submissions, cases, documents and letters', action: 'search.staff' },
  { href: '/staff/users', label: 'Accounts', what: 'who may use the workspace, their roles and second factors', action: 'user.manage' },
  { href: '/staff/audit', label: 'Audit trail', what: 'every change, by whom and when', action: 'audit.read' },
];

const figure = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function OverviewPage({ staff, overview }: { staff: StaffSession; overview: WorkspaceOverview }) {
  const figures = [
    overview.newSubmissions !== undefined && { href: '/staff/submissions', text: figure(overview.newSubmissions, 'new submission', 'new submissions') },
    overview.openCases !== undefined && { href: '/staff/cases', text: figure(overview.openCases, 'open case', 'open cases') },
    overview.letters !== undefined && { href: '/staff/search', text: figure(overview.letters, 'letter stored', 'letters stored') },
  ].filter((f): f is { href: string; text: string } => !!f);
  return (
    <StaffLayout title="Overview" staff={staff}>
      <h1>Workspace</h1>
      <p>
        Signed in as <strong>{staff.displayName || staff.email}</strong> ({staff.email}), {ROLE_LABELS[staff.role]}.{' '}
        <a href="/staff/account">Your account</a>
      </p>
      {figures.length > 0 && (
        <ul class="figures" aria-label="At a glance">
          {figures.map((f) => (
            <li>
              <a href={f.href}>{f.text}</a>
            </li>
          ))}
        </ul>
      )}
      <h2>Sections</h2>
      <ul>
        {SECTIONS.filter((s) => can(staff.role, s.action)).map((s) => (
          <li>
            <a href={s.href}>{s.label}</a>: {s.what}
          </li>
        ))}
      </ul>
    </StaffLayout>
  );
}
