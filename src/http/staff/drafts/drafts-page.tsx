/** Draft letters by status; a mandate holder first sees those waiting for their answer. */
import { DRAFT_STATUSES, type DraftStatus } from '../../../domain/letter-lifecycle.js';
import type { DraftView } from '../../../services/drafting.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { mandateTitle, STATUS_WORDS } from './mandate-words.js';

export type ListedDraft = DraftView & { caseTitle: string | null };

function DraftTable({ drafts, caption }: { drafts: ListedDraft[]; caption: string }) {
  return (
    <table class="draft-list">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Draft</th>
          <th scope="col">Case</th>
          <th scope="col">Recipient</th>
          <th scope="col">Type</th>
          <th scope="col">Lead mandate</th>
          <th scope="col">Changed</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((d) => (
          <tr>
            <td>
              <a href={`/staff/drafts/${d.id}`}>#{d.id}</a>
            </td>
            <td>{d.caseId === null ? '—' : <a href={`/staff/cases/${d.caseId}`}>{d.caseTitle ?? `#${d.caseId}`}</a>}</td>
            <td>{d.recipientCode}</td>
            <td>{d.type}</td>
            <td>{mandateTitle(d.leadMandateId)}</td>
            <td>{d.updatedAt.toISOString().slice(0, 10)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const HEADINGS: Record<DraftStatus, string> = {
  draft: 'Being drafted',
  consultation: 'In consultation',
  approved: 'Approved, waiting to be sent',
  sent: 'Sent',
};

export function DraftsPage({ staff, drafts, toAnswer }: { staff: StaffSession; drafts: ListedDraft[]; toAnswer: ListedDraft[] | null }) {
  return (
    <StaffLayout title="Draft letters" staff={staff}>
      <h1>Draft letters</h1>
      {toAnswer && (
        <section aria-labelledby="to-answer">
          <h2 id="to-answer">Waiting for your answer</h2>
          {toAnswer.length === 0 ? <p class="empty">No letter is waiting for an answer from your mandates.</p> : <DraftTable drafts={toAnswer} caption="Letters your mandates are asked to join, decline or approve" />}
        </section>
      )}
      {DRAFT_STATUSES.map((status) => {
        const some = drafts.filter((d) => d.status === status);
        return (
          <section aria-labelledby={`status-${status}`}>
            <h2 id={`status-${status}`}>{HEADINGS[status]}</h2>
            {some.length === 0 ? <p class="empty">None.</p> : <DraftTable drafts={some} caption={`${STATUS_WORDS[status]}: ${some.length}`} />}
          </section>
        );
      })}
    </StaffLayout>
  );
}
