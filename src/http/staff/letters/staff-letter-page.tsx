import type { AuditEntry } from '../../../domain/audit-chain.js';
import type { StaffLetter } from '../../../store/staff-letters.repo.js';
import { HistoryList } from '../components/history-list.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';

export interface StaffLetterPageProps {
  staff: StaffSession;
  letter: StaffLetter;
  /** Null when the role may not read histories. */
  history: AuditEntry[] | null;
}

function PublicationState({ letter }: { letter: StaffLetter }) {
  if (letter.status === 'placeholder') return <>Cited by another letter; not imported yet.</>;
  if (letter.publishedAt) {
    return (
      <>
        Published on {letter.publishedAt.toISOString().slice(0, 10)}: <a href={`/letters/${encodeURIComponent(letter.referenceText)}`}>public page</a>.
      </>
    );
  }
  return <>Not published{letter.publicationDate ? `; due on ${letter.publicationDate}` : ''}. Confidential until then.</>;
}

/** A letter as staff see it, published or not, with its people, replies, cases and history. */
export function StaffLetterPage({ staff, letter, history }: StaffLetterPageProps) {
  return (
    <StaffLayout title={letter.referenceText} staff={staff}>
      <h1>{letter.referenceText}</h1>
      {letter.title && <p class="lead">{letter.title}</p>}
      <dl class="facts">
        <dt>Date</dt>
        <dd>{letter.letterDate ?? 'unknown'}</dd>
        <dt>Recipient</dt>
        <dd>
          {letter.recipientName ?? letter.recipientCode} ({letter.recipientCode})
        </dd>
        <dt>Publication</dt>
        <dd>
          <PublicationState letter={letter} />
        </dd>
        {letter.mandates.length > 0 && (
          <>
            <dt>Mandates</dt>
            <dd>{letter.mandates.join('; ')}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="letter-people">
        <h2 id="letter-people">People</h2>
        {letter.persons.length === 0 ? (
          <p>No person is named.</p>
        ) : (
          <ul>
            {letter.persons.map((p) => (
              <li>
                <a href={`/staff/people/${p.personId}`}>{p.name}</a> ({p.role})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="letter-cases">
        <h2 id="letter-cases">Cases</h2>
        {letter.cases.length === 0 ? (
          <p>No case is linked to this letter.</p>
        ) : (
          <ul>
            {letter.cases.map((c) => (
              <li>
                <a href={`/staff/cases/${c.id}`}>{c.title}</a> ({c.status})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="letter-replies">
        <h2 id="letter-replies">Replies</h2>
        {letter.replies.length === 0 ? (
          <p>No reply stored.</p>
        ) : (
          <ul>
            {letter.replies.map((r) => (
              <li>
                {r.date ?? 'undated'}: {r.title ?? 'Reply'}
              </li>
            ))}
          </ul>
        )}
      </section>
      {letter.body && (
        <section aria-labelledby="letter-text">
          <h2 id="letter-text">Text</h2>
          <div class="letter-text-plain">
            {letter.body.split(/\n{2,}/).map((para) => (
              <p>{para}</p>
            ))}
          </div>
        </section>
      )}
      {history && (
        <section aria-labelledby="letter-history">
          <h2 id="letter-history">History</h2>
          <HistoryList entries={history} />
        </section>
      )}
    </StaffLayout>
  );
}
