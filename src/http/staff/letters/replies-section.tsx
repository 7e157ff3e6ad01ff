/** Where a letter's reply stands, the replies received, and the form that registers one. */
import { daysLeft, replyStanding } from '../../../domain/deadlines.js';
import type { StaffLetter } from '../../../store/staff-letters.repo.js';
import { FieldError, fieldId, stateOf } from '../components/form-state.js';
import { fieldAttrs, type LetterFormState } from './letter-form-state.js';
import { letterHref } from './letter-hrefs.js';

const LANGUAGES: Array<[string, string]> = [['', 'Not said'], ['en', 'English'], ['fr', 'French'], ['es', 'Spanish'], ['ar', 'Arabic'], ['ru', 'Russian'], ['zh', 'Chinese']];

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** The standing of a sent letter on `today`, in words. */
export function standingText(dueDate: string, replyDates: Array<string | null>, today: string): string {
  const standing = replyStanding({ dueDate, replyDates }, today);
  const left = daysLeft(dueDate, today);
  if (standing === 'replied') return 'Replied';
  if (standing === 'overdue') return `Overdue by ${days(-left)}`;
  return left === 0 ? 'Awaiting a reply: due today' : `Awaiting a reply: ${days(left)} left`;
}

function ReplyForm({ letter, csrfToken, state, today }: { letter: StaffLetter; csrfToken: string; state: LetterFormState | undefined; today: string }) {
  const s = stateOf(state, 'reply');
  const v = (field: string) => s?.values[field] ?? '';
  return (
    // A multipart body is read by the route after the guard, so the token travels in the address.
    <form method="post" action={`${letterHref(letter.referenceText)}/replies?_csrf=${encodeURIComponent(csrfToken)}`} encType="multipart/form-data" id="reply" class="letter-form">
      <h3>Register a reply</h3>
      <p class="field">
        <label for={fieldId('reply', 'date')}>Date of the reply</label>
        <FieldError state={s} field="date" />
        <input type="date" required max={today} value={v('date')} {...fieldAttrs(s, 'reply', 'date')} />
      </p>
      <p class="field">
        <label for={fieldId('reply', 'sender')}>Sent by</label>
        <span class="hint" id={`${fieldId('reply', 'sender')}-hint`}>For example: Permanent Mission of the State to the United Nations Office at Geneva.</span>
        <FieldError state={s} field="sender" />
        <input type="text" required maxLength={300} value={v('sender')} {...fieldAttrs(s, 'reply', 'sender', true)} />
      </p>
      <p class="field">
        <label for={fieldId('reply', 'language')}>Language</label>
        <FieldError state={s} field="language" />
        <select {...fieldAttrs(s, 'reply', 'language')}>
          {LANGUAGES.map(([code, label]) => (
            <option value={code} selected={v('language') === code}>
              {label}
            </option>
          ))}
        </select>
      </p>
      <p class="field">
        <label for={fieldId('reply', 'file')}>File of the reply</label>
        <span class="hint" id={`${fieldId('reply', 'file')}-hint`}>PDF, Word (DOCX), PNG or JPEG. Its text is read from it unless you type the text below.</span>
        <FieldError state={s} field="file" />
        <input type="file" accept=".pdf,.docx,.png,.jpg,.jpeg" {...fieldAttrs(s, 'reply', 'file', true)} />
      </p>
      <p class="field">
        <label for={fieldId('reply', 'text')}>Text of the reply</label>
        <span class="hint" id={`${fieldId('reply', 'text')}-hint`}>Needed when there is no file; otherwise used instead of the text read from the file.</span>
        <FieldError state={s} field="text" />
        <textarea rows={8} {...fieldAttrs(s, 'reply', 'text', true)}>{v('text')}</textarea>
      </p>
      <button type="submit">Register the reply</button>
    </form>
  );
}

export interface RepliesSectionProps {
  letter: StaffLetter;
  today: string;
  canRegister: boolean;
  canReadFiles: boolean;
  csrfToken: string;
  state: LetterFormState | undefined;
}

export function RepliesSection({ letter, today, canRegister, canReadFiles, csrfToken, state }: RepliesSectionProps) {
  const due = letter.replyDueDate;
  return (
    <section aria-labelledby="letter-replies">
      <h2 id="letter-replies">Replies</h2>
      {due && (
        <p class="reply-standing">
          Reply due on {due}. <strong>{standingText(due, letter.replies.map((r) => r.date), today)}</strong>
          {letter.replies.some((r) => r.late) && ' (a reply came late)'}.
        </p>
      )}
      {letter.replies.length === 0 ? (
        <p>No reply stored.</p>
      ) : (
        <ul class="letter-replies">
          {letter.replies.map((r) => (
            <li>
              {r.date ?? 'undated'}: {r.title ?? 'Reply'}
              {r.sender && <> from {r.sender}</>}
              {r.late && <span class="badge">late</span>}
              {r.staffFileId !== null && canReadFiles && (
                <>
                  {' '}
                  (<a href={`/staff/files/${r.staffFileId}`}>file</a>)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canRegister && letter.status === 'imported' && <ReplyForm letter={letter} csrfToken={csrfToken} state={state} today={today} />}
    </section>
  );
}
