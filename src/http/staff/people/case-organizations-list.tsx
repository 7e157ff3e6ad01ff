/** The organisations of a case: a table, each with a Remove button for those who may edit. */
import type { CaseOrganization } from '../../../services/case-people-view.js';
import { count } from '../../pages/format.js';
import { CsrfField } from '../csrf-field.js';
import { removeOrganizationAction } from './people-hrefs.js';

export function CaseOrganizationsTable({ caseId, organizations, writeCsrf }: { caseId: number; organizations: CaseOrganization[]; writeCsrf: string | null }) {
  if (organizations.length === 0) return <p class="empty">No organisation is named in this case yet.</p>;
  return (
    <table class="case-organizations">
      <caption class="visually-hidden">Organisations of this case</caption>
      <thead>
        <tr>
          <th scope="col">Organisation</th>
          <th scope="col">Part in the case</th>
          <th scope="col">Also known from</th>
          {writeCsrf && <th scope="col"><span class="visually-hidden">Actions</span></th>}
        </tr>
      </thead>
      <tbody>
        {organizations.map((o) => {
          const others = o.spellings.filter((s) => s !== o.displayName);
          return (
            <tr>
              <th scope="row">
                {o.displayName}
                {others.length > 0 && <span class="also"> (also {others.join(', ')})</span>}
              </th>
              <td>{o.role ?? '—'}</td>
              <td>
                {count(o.letterCount, 'letter')}, {count(o.otherCaseCount, 'other case')}
              </td>
              {writeCsrf && (
                <td>
                  <form class="inline-form" method="post" action={removeOrganizationAction(caseId, o.organizationId)}>
                    <CsrfField token={writeCsrf} />
                    <button type="submit" class="secondary">
                      Remove<span class="visually-hidden"> {o.displayName}</span>
                    </button>
                  </form>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
