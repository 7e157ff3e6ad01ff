import { StaffLayout } from './staff-layout.js';
import type { StaffSession } from './workspace.js';

/** A staff page for a record that does not exist. */
export function StaffNotFoundPage({ staff, what }: { staff: StaffSession; what: string }) {
  return (
    <StaffLayout title="Not found" staff={staff}>
      <h1>Not found</h1>
      <p>{what}</p>
    </StaffLayout>
  );
}
