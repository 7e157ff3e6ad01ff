/** The letters that concern a case, published or not, with the forms to link and unlink them. */
import type { CaseLetter } from '../../../store/case-letters.repo.js';
import { longDate } from '../../pages/format.js';
import { CsrfField } from '../csrf-field.js';
import { FieldError, fieldId, invalidAttrs, valueOf, type FormState } from '../components/form-state.js';

export const LETTER_FIELDS = ['reference'] as const;

/** The staff page of a letter (published or not). */
export const staffLetterHref = (reference: string) => `/staff/letters/${encodeURIComponent(reference)}`;

export interface LettersSectionProps {
  caseId: number;
  letters: CaseLetter[];
  csrfToken: string;
  canWrite: boolean;
  form: FormState | undefined;
}

export function LettersSection({ caseId, letters, csrfToken, canWrite, form }: LettersSectionProps) {
  const state = form?.form === 'letter' ? form : undefined;
  return (
    <section aria-labelledby="letters-title">
      <h2 id="letters-title">Letters</h2>
      {letters.length === 0 ? (
        <p class="empty">No letter linked yet.</p>
      ) : (
        <table class="case-letters">
          <caption class="visually-hidden">Letters that concern the case</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Date</th>
              <th scope="col">Subject</th>
              <th scope="col">Publication</th>
              {canWrite && <th scope="col"><span class="visually-hidden">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {letters.map((l) => (
              <tr>
                <th scope="row">
                  <a href={staffLetterHref(l.referenceText)}>{l.referenceText}</a>
                </th>
                <td>{l.letterDate ? longDate(l.letterDate) : 'Undated'}</td>
                <td>{l.title ?? '—'}</td>
                <td>{l.published ? 'Published' : 'Not published'}</td>
                {canWrite && (
                  <td>
                    <form method="post" action={`/staff/cases/${caseId}/letters/${l.communicationId}/remove`} class="inline">
                      <CsrfField token={csrfToken} />
                      <button type="submit" class="secondary">
                        Unlink<span class="visually-hidden"> {l.referenceText}</span>
                      </button>
                    </form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite && (
        <form method="post" action={`/staff/cases/${caseId}/letters`} id="letter" class="link-form">
          <CsrfField token={csrfToken} />
          <p class="field">
            <label for={fieldId('letter', 'reference')}>Link a letter by its reference</label>
            <span class="hint" id={`${fieldId('letter', 'reference')}-hint`}>
              For example AL XAA 1/2024, or XAA 1/2024.
            </span>
            <FieldError state={state} field="reference" />
            <input
              id={fieldId('letter', 'reference')}
              name="reference"
              type="text"
              required
              maxLength={100}
              value={valueOf(state, 'reference', '')}
              {...invalidAttrs(state, 'reference')}
              aria-describedby={[`${fieldId('letter', 'reference')}-hint`, state?.errors.reference ? `${fieldId('letter', 'reference')}-error` : ''].join(' ').trim()}
            />
          </p>
          <button type="submit">Link the letter</button>
        </form>
      )}
    </section>
  );
}
