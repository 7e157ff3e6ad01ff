import { mandateById } from '../../../reference-data/index.js';
import type { AccountView } from '../../../services/accounts.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { dateTime } from './format.js';

export function UsersListPage({ staff, accounts }: { staff: StaffSession; accounts: AccountView[] }) {
  return (
    <StaffLayout title="Accounts" staff={staff}>
      <h1>Accounts</h1>
      <p>
        <a href="/staff/users/new">Create an account</a>
      </p>
      <table>
        <caption class="visually-hidden">Every account of the workspace</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Mandates</th>
            <th scope="col">Second factor</th>
            <th scope="col">State</th>
            <th scope="col">Last sign-in</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr>
              <th scope="row">
                <a href={`/staff/users/${a.id}`}>{a.email}</a>
              </th>
              <td>{a.displayName}</td>
              <td>{a.roleLabel}</td>
              <td>{a.mandates.map((id) => mandateById(id)?.shortNames[0] ?? mandateById(id)?.title ?? id).join('; ')}</td>
              <td>{a.secondFactorEnrolled ? 'Set up' : 'None'}</td>
              <td>{[a.disabled && 'Disabled', a.lockedUntil && `Locked until ${dateTime(a.lockedUntil)}`].filter(Boolean).join(', ') || 'Active'}</td>
              <td>{dateTime(a.lastSignInAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </StaffLayout>
  );
}
