import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';

/** A submission or file that does not exist, or that this account may not see: the same answer for both. */
export function NothingHerePage({ staff, what }: { staff: StaffSession; what: string }) {
  return (
    <StaffLayout title="Not found" staff={staff}>
      <h1>Not found</h1>
      <p>{what}</p>
    </StaffLayout>
  );
}
