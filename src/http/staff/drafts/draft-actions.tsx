/**
 * What the viewer may do with the draft now, each a small form carrying the version they read:
 * open the consultation, answer for each mandate they may answer for, approve as the lead, send.
 * Only actions the lifecycle would accept from this person are shown.
 */
import type { ComponentChildren } from 'preact';
import { mayDo, type DraftState, type Participant } from '../../../domain/letter-lifecycle.js';
import { can } from '../../../domain/permissions.js';
import type { DraftView } from '../../../services/drafting.js';
import { FieldError, invalidAttrs } from '../auth/error-summary.js';
import { CsrfField } from '../csrf-field.js';
import type { StaffSession } from '../workspace.js';
import { inputId, problemsOf, valueIn, type DraftFormState } from './draft-form-state.js';
import { mandateTitle } from './mandate-words.js';

function ActionForm({ staff, draft, path, label, children }: { staff: StaffSession; draft: DraftView; path: string; label: string; children?: ComponentChildren }) {
  return (
    <form method="post" action={`/staff/drafts/${draft.id}${path}`} class="draft-action">
      <CsrfField token={staff.csrfToken} />
      <input type="hidden" name="version" value={String(draft.version)} />
      {children}
      <button type="submit">{label}</button>
    </form>
  );
}

export function DraftActions({ staff, draft, today, state }: { staff: StaffSession; draft: DraftView; today: string; state?: DraftFormState }) {
  const who: Participant = { role: staff.role, mandates: staff.mandates };
  const now: DraftState = { status: draft.status, mandates: draft.mandates };
  const holder = staff.role === 'mandate-holder';
  const answerable = draft.mandates.filter((m) => m.role === 'invited' && can(staff.role, 'draft.answer') && mayDo(now, { kind: 'answer', mandateId: m.mandateId, answer: 'joined' }, who));
  const open = can(staff.role, 'draft.write') && mayDo(now, { kind: 'open-consultation' }, who);
  const approve = can(staff.role, 'draft.answer') && mayDo(now, { kind: 'approve' }, who);
  const send = can(staff.role, 'letter.send') && mayDo(now, { kind: 'send' }, who);
  const problems = problemsOf(state, 'action');
  const dateId = inputId('action', 'date');
  const nothing = !open && answerable.length === 0 && !approve && !send;
  return (
    <section aria-labelledby="draft-actions" class="draft-actions">
      <h2 id="draft-actions">What you can do now</h2>
      {nothing && <p>Nothing: {draft.status === 'sent' ? 'the letter has been sent.' : 'the next step is for someone else.'}</p>}
      {open && <ActionForm staff={staff} draft={draft} path="/consultation" label="Open the consultation of the mandates" />}
      {answerable.map((m) => (
        <div class="draft-answer">
          <p>
            <strong>{mandateTitle(m.mandateId)}</strong>
            {!holder && ' (recorded on behalf of the mandate)'}
          </p>
          <ActionForm staff={staff} draft={draft} path={`/mandates/${encodeURIComponent(m.mandateId)}/join`} label="Join the letter" />{' '}
          <ActionForm staff={staff} draft={draft} path={`/mandates/${encodeURIComponent(m.mandateId)}/decline`} label="Decline" />
        </div>
      ))}
      {approve && (
        <ActionForm staff={staff} draft={draft} path="/approve" label={holder ? 'Approve the letter as the lead mandate' : 'Record the lead mandate’s approval'} />
      )}
      {send && (
        <ActionForm staff={staff} draft={draft} path="/send" label="Send the letter">
          <p class="field">
            <label for={dateId}>Date of the letter (YYYY-MM-DD)</label>
            <FieldError field={dateId} problems={problems} />
            <input id={dateId} name="date" type="text" inputMode="numeric" maxLength={10} value={valueIn(state, 'action', 'date', today)} {...invalidAttrs(dateId, problems)} />
          </p>
        </ActionForm>
      )}
    </section>
  );
}
