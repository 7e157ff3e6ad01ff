import type { AuditEntry } from '../../../domain/audit-chain.js';
import type { ConfidentialPassage } from '../../../store/publication.repo.js';
import type { StaffLetter } from '../../../store/staff-letters.repo.js';
import { HistoryList } from '../components/history-list.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { FollowUpForm } from './follow-up-form.js';
import { LetterErrorSummary, type LetterFormState } from './letter-form-state.js';
import { PassagesSection } from './passages-section.js';
import { RepliesSection } from './replies-section.js';

/** What the signed-in staff member may do on the page. */
export interface LetterPageAbilities {
  registerReply: boolean;
  markPassage: boolean;
  followUp: boolean;
  readFiles: boolean;
}

export interface StaffLetterPageProps {
  staff: StaffSession;
  letter: StaffLetter;
  /** Null when the role may not read histories. */
  history: AuditEntry[] | null;
  /** The passages marked confidential: for a letter sent from Rapporteur. */
  passages: ConfidentialPassage[];
  may: LetterPageAbilities;
  today: string;
  notice?: string | undefined;
  /** A form sent back with its problems. */
  form?: LetterFormState | undefined;
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

/** A letter as staff see it, published or not, with its people, replies, public copy, cases and history. */
export function StaffLetterPage({ staff, letter, history, passages, may, today, notice, form }: StaffLetterPageProps) {
  const stored = letter.status === 'imported';
  const sent = stored && letter.origin === 'sent';
  return (
    <StaffLayout title={letter.referenceText} staff={staff} notice={notice}>
      <LetterErrorSummary state={form} />
      <h1>{letter.referenceText}</h1>
      {letter.title && <p class="lead">{letter.title}</p>}
      {sent && (
        <p class="letter-files">
          The letter as sent: <a href={`/staff/letters/${encodeURIComponent(letter.referenceText)}/letter.pdf`}>PDF</a>,{' '}
          <a href={`/staff/letters/${encodeURIComponent(letter.referenceText)}/letter.docx`}>Word (DOCX)</a>
        </p>
      )}
      <dl class="facts">
        <dt>Date</dt>
        <dd>{letter.letterDate ?? 'unknown'}</dd>
        <dt>Recipient</dt>
        <dd>
          {letter.recipientName ?? letter.recipientCode} ({letter.recipientCode})
        </dd>
        <dt>Origin</dt>
        <dd>{sent ? 'Sent from Rapporteur' : 'Imported from the archive'}</dd>
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
      <RepliesSection letter={letter} today={today} canRegister={may.registerReply} canReadFiles={may.readFiles} csrfToken={staff.csrfToken} state={form} />
      {sent && <PassagesSection letter={letter} passages={passages} canMark={may.markPassage} csrfToken={staff.csrfToken} state={form} />}
      {stored && may.followUp && <FollowUpForm reference={letter.referenceText} csrfToken={staff.csrfToken} />}
      {letter.body && (
        <section aria-labelledby="letter-text">
          <h2 id="letter-text">Text{sent ? ' (private: as sent, nothing hidden)' : ''}</h2>
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
