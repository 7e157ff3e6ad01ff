/**
 * Under a section of the preview, a disclosure to type that section's text by hand: the text
 * replaces what the composer writes until it is taken back. Paragraphs are separated by a blank line.
 */
import type { LetterSection } from '../../../domain/drafting/index.js';
import type { DraftView } from '../../../services/drafting.js';
import { FieldError, invalidAttrs } from '../auth/error-summary.js';
import { CsrfField } from '../csrf-field.js';
import type { StaffSession } from '../workspace.js';
import { inputId, problemsOf, type DraftFormState } from './draft-form-state.js';

export interface SectionEditorProps {
  staff: StaffSession;
  draft: DraftView;
  section: LetterSection;
  state?: DraftFormState;
}

export function SectionEditor({ staff, draft, section, state }: SectionEditorProps) {
  const sentBack = state?.form === 'section' && state.values.section === section.id;
  const problems = sentBack ? problemsOf(state, 'section') : [];
  const id = inputId('section', section.id);
  const hintId = `${id}-hint`;
  const invalid = invalidAttrs(id, problems);
  const describedBy = [hintId, invalid['aria-describedby'] ?? ''].filter(Boolean).join(' ');
  const text = sentBack ? (state.values.text ?? '') : section.paragraphs.join('\n\n');
  return (
    <details class="section-editor" open={sentBack}>
      <summary>Edit this section’s text</summary>
      <form method="post" action={`/staff/drafts/${draft.id}/sections/${section.id}`}>
        <CsrfField token={staff.csrfToken} />
        <input type="hidden" name="version" value={String(draft.version)} />
        <p class="field">
          <label for={id}>Text of the section “{section.id}”</label>
          <span class="hint" id={hintId}>
            Leave a blank line between paragraphs. Saved, this text replaces what is composed from the fields; saved empty, the section is left out.
          </span>
          <FieldError field={id} problems={problems} />
          <textarea id={id} name="text" rows={Math.min(20, Math.max(4, text.split('\n').length + 1))} {...invalid} aria-describedby={describedBy}>
            {text}
          </textarea>
        </p>
        <button type="submit" name="do" value="save">
          Save this section
        </button>
        {section.edited && (
          <>
            {' '}
            <button type="submit" name="do" value="revert">
              Go back to the composed text
            </button>
          </>
        )}
      </form>
    </details>
  );
}
