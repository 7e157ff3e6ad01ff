/**
 * What of a sent letter will be public: the state of its redacted copy, the passages marked
 * confidential (with the forms to mark and unmark one) and the copy itself as the public will read it.
 */
import type { ConfidentialPassage } from '../../../store/publication.repo.js';
import type { StaffLetter } from '../../../store/staff-letters.repo.js';
import { CsrfField } from '../csrf-field.js';
import { FieldError, fieldId, stateOf } from '../components/form-state.js';
import { fieldAttrs, type LetterFormState } from './letter-form-state.js';
import { letterHref } from './letter-hrefs.js';

export function publicCopyState(letter: StaffLetter): string {
  if (letter.publishedAt) return `Published on ${letter.publishedAt.toISOString().slice(0, 10)}.`;
  if (letter.publicCopy) return `Made, not public yet${letter.publicationDate ? `: to be published on ${letter.publicationDate}` : ''}.`;
  return 'Not made yet: the letter cannot be published until it is.';
}

export interface PassagesSectionProps {
  letter: StaffLetter;
  passages: ConfidentialPassage[];
  canMark: boolean;
  csrfToken: string;
  state: LetterFormState | undefined;
}

export function PassagesSection({ letter, passages, canMark, csrfToken, state }: PassagesSectionProps) {
  const s = stateOf(state, 'passage');
  const base = letterHref(letter.referenceText);
  return (
    <section aria-labelledby="letter-public-copy">
      <h2 id="letter-public-copy">Public copy</h2>
      <p>{publicCopyState(letter)}</p>
      <h3>Passages marked confidential</h3>
      {passages.length === 0 ? (
        <p>
          None. Hidden without being marked: the names of people who have not agreed to publication, the names of people the
          letter names who are in none of its cases (add them to the case to record their consent), and the words of the
          cases' confidential events wherever the letter repeats them as written.
        </p>
      ) : (
        <ul class="passages">
          {passages.map((p) => (
            <li>
              <q>{p.text}</q>
              {canMark && (
                <form method="post" action={`${base}/passages/${p.id}/remove`} class="inline">
                  <CsrfField token={csrfToken} />
                  <button type="submit" class="secondary">
                    Unmark<span class="visually-hidden"> this passage</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {canMark && (
        <form method="post" action={`${base}/passages`} id="passage" class="letter-form">
          <CsrfField token={csrfToken} />
          <p class="field">
            <label for={fieldId('passage', 'text')}>Passage to hide</label>
            <span class="hint" id={`${fieldId('passage', 'text')}-hint`}>
              Copy the words exactly as they stand in the letter or one of its replies; they become [REDACTED] in the public copy.
            </span>
            <FieldError state={s} field="text" />
            <textarea rows={3} required {...fieldAttrs(s, 'passage', 'text', true)}>{s?.values.text ?? ''}</textarea>
          </p>
          <button type="submit">Mark as confidential</button>
        </form>
      )}
      <h3>What the public will see</h3>
      {letter.publicCopy?.body ? (
        <div class="letter-text-plain public-preview">
          {letter.publicCopy.body.split(/\n{2,}/).map((para) => (
            <p>{para}</p>
          ))}
        </div>
      ) : (
        <p>No public text yet.</p>
      )}
    </section>
  );
}
