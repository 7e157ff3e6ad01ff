import { StaffLayout } from './staff-layout.js';
import type { StaffSession } from './workspace.js';

export function ForbiddenPage({ staff, what }: { staff: StaffSession; what: string }) {
  return (
    <StaffLayout title="Not allowed" staff={staff}>
      <h1>Not allowed</h1>
      <p>
        Your account ({staff.role}) may not {what}. Ask an administrator if your work needs it.
      </p>
    </StaffLayout>
  );
}
