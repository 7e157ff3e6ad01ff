/** Starting a letter from a case: its settings, and what of the case the draft will copy and what it leaves out. */
import type { CaseRow } from '../../../store/cases.repo.js';
import { ErrorSummary } from '../auth/error-summary.js';
import { CsrfField } from '../csrf-field.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import type { CaseCopy } from './draft-from-case.js';
import { problemsOf, valueIn, type DraftFormState } from './draft-form-state.js';
import { SettingsFields } from './settings-fields.js';

export interface NewDraftPageProps {
  staff: StaffSession;
  caseRow: CaseRow;
  copy: CaseCopy;
  state?: DraftFormState;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function NewDraftPage({ staff, caseRow, copy, state }: NewDraftPageProps) {
  const problems = problemsOf(state, 'new');
  const v = (field: string, stored: string) => valueIn(state, 'new', field, stored);
  const { content } = copy;
  return (
    <StaffLayout title="New letter" staff={staff}>
      <ErrorSummary problems={problems} />
      <p class="breadcrumb">
        <a href={`/staff/cases/${caseRow.id}`}>Case #{caseRow.id}</a>
      </p>
      <h1>New letter from the case “{caseRow.title}”</h1>
      <section aria-labelledby="copied" class="draft-copied">
        <h2 id="copied">What the draft takes from the case</h2>
        <ul>
          <li>Subject: {content.subject}</li>
          <li>
            {plural(content.persons.length, 'person concerned', 'persons concerned')}
            {content.persons.length > 0 && `: ${content.persons.map((p) => p.name).join(', ')}`}
          </li>
          <li>{plural(content.facts.length, 'fact', 'facts')} from the timeline, in date order</li>
        </ul>
        {copy.withheldPersons.length > 0 && (
          <p class="draft-left-out">
            Left out: {copy.withheldPersons.join(', ')}. They did not consent to their name being given to the State.
          </p>
        )}
        {copy.confidentialEvents > 0 && (
          <p class="draft-left-out">{plural(copy.confidentialEvents, 'confidential event is', 'confidential events are')} not copied into the letter.</p>
        )}
        {copy.undatedEvents > 0 && (
          <p class="draft-left-out">{plural(copy.undatedEvents, 'event has', 'events have')} no known date and {copy.undatedEvents === 1 ? 'is' : 'are'} not copied: add {copy.undatedEvents === 1 ? 'it' : 'them'} to the facts by hand if needed.</p>
        )}
      </section>
      <form method="post" action={`/staff/cases/${caseRow.id}/drafts/new`} class="draft-form" id="new">
        <CsrfField token={staff.csrfToken} />
        <SettingsFields
          form="new"
          problems={problems}
          values={{
            type: v('type', 'AL'),
            recipientCode: v('recipient_code', caseRow.countryCode ?? ''),
            recipientName: v('recipient_name', ''),
            language: v('language', 'en'),
            leadMandateId: v('lead_mandate', staff.mandates[0] ?? ''),
            invited: v('invited', '').split('\n').filter(Boolean),
          }}
        />
        <button type="submit">Start the draft</button>
      </form>
    </StaffLayout>
  );
}
