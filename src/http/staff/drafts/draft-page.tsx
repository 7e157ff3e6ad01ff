/**
 * A draft letter: where it stands, its mandates and their answers, what the viewer may do now,
 * what still stops it from being sent, the preview of the letter, the edit form and its history.
 */
import type { AuditEntry } from '../../../domain/audit-chain.js';
import { FIXED_SECTIONS } from '../../../domain/drafting/index.js';
import { can } from '../../../domain/permissions.js';
import type { DraftView } from '../../../services/drafting.js';
import { ErrorSummary } from '../auth/error-summary.js';
import { HistoryList } from '../components/history-list.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { DraftActions } from './draft-actions.js';
import { DraftEditForm } from './draft-edit-form.js';
import { problemsOf, type DraftFormState } from './draft-form-state.js';
import type { Preview } from './draft-preview.js';
import { LetterPreview } from './letter-preview.js';
import { SectionEditor } from './section-editor.js';
import { ANSWER_WORDS, mandateTitle, STATUS_WORDS } from './mandate-words.js';

export interface DraftPageProps {
  staff: StaffSession;
  draft: DraftView;
  caseTitle: string | null;
  preview: Preview;
  /** Null when the role may not read histories. */
  history: AuditEntry[] | null;
  today: string;
  state?: DraftFormState;
  notice?: string;
}

function Mandates({ draft }: { draft: DraftView }) {
  return (
    <table class="draft-mandates">
      <caption>Mandates on this letter</caption>
      <thead>
        <tr>
          <th scope="col">Mandate</th>
          <th scope="col">Role</th>
          <th scope="col">Answer</th>
        </tr>
      </thead>
      <tbody>
        {draft.mandates.map((m) => (
          <tr>
            <td>{mandateTitle(m.mandateId)}</td>
            <td>{m.role === 'lead' ? 'Lead' : 'Invited'}</td>
            <td>
              {ANSWER_WORDS[m.answer]}
              {m.answeredAt && ` on ${m.answeredAt.toISOString().slice(0, 10)}`}
              {m.onBehalf && ' (recorded by the secretariat)'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DraftPage({ staff, draft, caseTitle, preview, history, today, state, notice }: DraftPageProps) {
  const problems = [...problemsOf(state, 'action'), ...problemsOf(state, 'edit'), ...problemsOf(state, 'section')];
  const editable = can(staff.role, 'draft.write') && draft.status !== 'sent';
  return (
    <StaffLayout title={`Draft #${draft.id}`} staff={staff} notice={notice}>
      <ErrorSummary problems={problems} />
      <p class="breadcrumb">
        <a href="/staff/drafts">Draft letters</a>
        {draft.caseId !== null && (
          <>
            {' · '}
            <a href={`/staff/cases/${draft.caseId}`}>Case #{draft.caseId}{caseTitle ? `: ${caseTitle}` : ''}</a>
          </>
        )}
      </p>
      <h1>
        Draft #{draft.id}: {draft.type} to {draft.recipientCode} <span class="draft-status">{STATUS_WORDS[draft.status]}</span>
      </h1>
      <dl class="facts">
        <dt>Language</dt>
        <dd>{{ en: 'English', fr: 'French', es: 'Spanish' }[draft.language]}</dd>
        <dt>Version</dt>
        <dd>{draft.version}</dd>
        {draft.follows && (
          <>
            <dt>Follows up</dt>
            <dd>
              <a href={`/staff/letters/${encodeURIComponent(draft.follows.reference)}`}>{draft.follows.reference}</a>
            </dd>
          </>
        )}
      </dl>
      <Mandates draft={draft} />
      <DraftActions staff={staff} draft={draft} today={today} state={state} />
      <section aria-labelledby="draft-problems" class="draft-problems">
        <h2 id="draft-problems">Before it can be sent</h2>
        {preview.problems.length === 0 ? (
          <p>Nothing stops this letter from being sent once the lead mandate has approved it.</p>
        ) : (
          <ul>
            {preview.problems.map((p) => (
              <li>
                {p.section && <span class="draft-problem-section">{p.section}: </span>}
                {p.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="draft-preview">
        <h2 id="draft-preview">Preview</h2>
        {editable && draft.status === 'approved' && <p>Saving a section’s text takes the letter back to consultation, as any other change does.</p>}
        {preview.letter ? (
          <LetterPreview
            letter={preview.letter}
            editorOf={editable ? (s) => (FIXED_SECTIONS.includes(s.id) ? null : <SectionEditor staff={staff} draft={draft} section={s} state={state} />) : undefined}
          />
        ) : (
          <p>The letter cannot be composed until the problems above are corrected.</p>
        )}
      </section>
      {editable && (
        <section aria-labelledby="draft-edit">
          <h2 id="draft-edit">Edit the draft</h2>
          {draft.status === 'approved' && <p>Saving a change takes the letter back to consultation: the lead and the mandates that joined are asked again.</p>}
          <DraftEditForm staff={staff} draft={draft} state={state} />
        </section>
      )}
      {history && (
        <section aria-labelledby="draft-history">
          <h2 id="draft-history">History</h2>
          <HistoryList entries={history} />
        </section>
      )}
    </StaffLayout>
  );
}
