/**
 * The people and organisations of a case, for the case page: each person with their spellings,
 * roles, consents, letters and other cases, the matches offered for them, and the forms to
 * change all of it for those who may (`case.write`; merging and undoing need `person.merge`).
 */
import { can } from '../../../domain/permissions.js';
import type { CasePeopleData } from '../../../services/case-people-view.js';
import type { StaffSession } from '../workspace.js';
import { CaseOrganizationsTable } from './case-organizations-list.js';
import { CasePersonCard } from './case-person-card.js';
import { AddOrganizationForm, AddPersonForm } from './person-forms.js';

export function CasePeopleSection({ caseId, staff, data }: { caseId: number; staff: StaffSession; data: CasePeopleData }) {
  const writeCsrf = can(staff.role, 'case.write') ? staff.csrfToken : null;
  const mergeCsrf = can(staff.role, 'person.merge') ? staff.csrfToken : null;
  return (
    <>
      <section class="case-people" aria-labelledby="case-people-heading">
        <h2 id="case-people-heading">People</h2>
        {data.people.length === 0 && <p class="empty">No one is named in this case yet.</p>}
        {data.people.map((p) => (
          <CasePersonCard caseId={caseId} person={p} can={{ writeCsrf, mergeCsrf }} />
        ))}
        {writeCsrf && (
          <details class="add-person">
            <summary>Add a person to this case</summary>
            <AddPersonForm caseId={caseId} csrf={writeCsrf} />
          </details>
        )}
      </section>
      <section class="case-organizations" aria-labelledby="case-organizations-heading">
        <h2 id="case-organizations-heading">Organisations</h2>
        <CaseOrganizationsTable caseId={caseId} organizations={data.organizations} writeCsrf={writeCsrf} />
        {writeCsrf && (
          <details class="add-organization">
            <summary>Add an organisation to this case</summary>
            <AddOrganizationForm caseId={caseId} csrf={writeCsrf} />
          </details>
        )}
      </section>
    </>
  );
}
