import type { Mandate } from '../../../reference-data/index.js';
import { CsrfField } from '../csrf-field.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';

export interface MandateSettingsPageProps {
  staff: StaffSession;
  mandates: Array<{ mandate: Mandate; olPublicationDays: number | null }>;
  notice?: string | undefined;
  problem?: { mandateId: string; message: string } | undefined;
}

/** Per mandate: how soon its letters on legislation (OL) are published; 60 days unless set. */
export function MandateSettingsPage({ staff, mandates, notice, problem }: MandateSettingsPageProps) {
  return (
    <StaffLayout title="Mandate settings" staff={staff} notice={notice}>
      <h1>Mandate settings</h1>
      <p>
        A letter is published 60 days after it is sent. Some mandates publish their letters on legislation (OL) sooner: the setting of
        the letter's lead mandate decides. Leave the field empty for the default of 60 days.
      </p>
      {problem && (
        <p class="error" role="alert">
          <a href={`#days-${problem.mandateId}`}>{problem.message}</a>
        </p>
      )}
      <table class="mandate-settings">
        <caption>Days from sending to publication for letters on legislation</caption>
        <thead>
          <tr>
            <th scope="col">Mandate</th>
            <th scope="col">Days (0 to 60)</th>
          </tr>
        </thead>
        <tbody>
          {mandates.map(({ mandate, olPublicationDays }) => (
            <tr>
              <th scope="row">
                <label for={`days-${mandate.id}`}>{mandate.title}</label>
              </th>
              <td>
                <form method="post" action="/staff/settings/mandates" class="inline">
                  <CsrfField token={staff.csrfToken} />
                  <input type="hidden" name="mandate_id" value={mandate.id} />
                  <input
                    id={`days-${mandate.id}`}
                    name="ol_publication_days"
                    type="text"
                    inputMode="numeric"
                    pattern="[0-9]*"
                    size={3}
                    maxLength={2}
                    value={olPublicationDays === null ? '' : String(olPublicationDays)}
                    placeholder="60"
                    aria-invalid={problem?.mandateId === mandate.id ? 'true' : undefined}
                  />{' '}
                  <button type="submit">Save</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </StaffLayout>
  );
}
