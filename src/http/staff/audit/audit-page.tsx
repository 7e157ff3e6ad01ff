import type { AuditEntry } from '../../../domain/audit-chain.js';
import { HistoryList } from '../components/history-list.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';

export interface AuditPageProps {
  staff: StaffSession;
  /** Newest first. */
  entries: AuditEntry[];
  /** The `before` of the next (older) page, if there is one. */
  older: number | null;
}

/** The whole audit trail, newest first, a page at a time (admins). */
export function AuditPage({ staff, entries, older }: AuditPageProps) {
  return (
    <StaffLayout title="Audit trail" staff={staff}>
      <h1>Audit trail</h1>
      <p>
        Every change, by anyone, in the order it was made. Entries cannot be edited here; each is chained to the one before it by a hash,
        so that <code>rapporteur audit verify</code> finds any change made directly in the database.
      </p>
      <HistoryList entries={entries} showRecord />
      {older !== null && (
        <nav aria-label="Pages" class="pagination">
          <a href={`/staff/audit?before=${older}`}>Older entries</a>
        </nav>
      )}
    </StaffLayout>
  );
}
