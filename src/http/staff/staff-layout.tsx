import type { ComponentChildren } from 'preact';
import { can, ROLE_LABELS, type Action } from '../../domain/permissions.js';
import { CsrfField } from './csrf-field.js';
import type { StaffSession } from './workspace.js';

const NAV: Array<{ href: string; label: string; action: Action }> = [
  { href: '/staff', label: 'Overview', action: 'workspace.view' },
  { href: '/staff/submissions', label: 'Submissions', action: 'submission.read' },
  { href: '/staff/cases', label: 'Cases', action: 'case.read' },
  { href: '/staff/drafts', label: 'Drafts', action: 'draft.read' },
  { href: '/staff/deadlines', label: 'Deadlines', action: 'letter.read' },
  { href: '/staff/search', label: 'Search', action: 'search.staff' },
  { href: '/staff/users', label: 'Accounts', action: 'user.manage' },
  { href: '/staff/settings/mandates', label: 'Mandate settings', action: 'user.manage' },
  { href: '/staff/audit', label: 'Audit trail', action: 'audit.read' },
];

export interface StaffLayoutProps {
  title: string;
  /** Null on the sign-in pages. */
  staff: StaffSession | null;
  children: ComponentChildren;
  /** A confirmation after a change (`?done=`), announced to screen readers. */
  notice?: string | undefined;
}

/** Every workspace page: skip link, the sections this account may open, the account, sign out. */
export function StaffLayout({ title, staff, children, notice }: StaffLayoutProps) {
  const signedIn = staff && staff.secondFactorDone;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} · Rapporteur workspace`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body class="staff">
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <a class="brand" href="/staff">Rapporteur <span class="brand-sub">workspace</span></a>
          {signedIn && (
            <nav aria-label="Workspace">
              {NAV.filter((n) => can(staff.role, n.action)).map((n) => (
                <a href={n.href}>{n.label}</a>
              ))}
            </nav>
          )}
          {staff && (
            <form class="account" method="post" action="/staff/logout">
              <span>
                {signedIn ? <a href="/staff/account">{staff.email}</a> : staff.email} · {ROLE_LABELS[staff.role]}
              </span>
              <CsrfField token={staff.csrfToken} />
              <button type="submit">Sign out</button>
            </form>
          )}
        </header>
        <main id="main" tabIndex={-1}>
          {notice && (
            <p class="notice" role="status">
              {notice}
            </p>
          )}
          {children}
        </main>
        <footer class="site">
          <p>Confidential: the workspace of the secretariat. Every change is recorded in the audit trail.</p>
        </footer>
      </body>
    </html>
  );
}
