/** The form of an event: its date as precise as known, place, what happened, where it comes from, and whether it is confidential. */
import { partsOf } from '../../../domain/case-event.js';
import type { CaseDocument, TimelineEvent } from '../../../services/case-file-view.js';
import type { CaseSubmission } from '../../../store/cases.repo.js';
import { CsrfField } from '../csrf-field.js';
import { FieldError, fieldId, invalidAttrs, valueOf, type FormName, type FormState } from '../components/form-state.js';

export const EVENT_FIELDS = ['year', 'month', 'day', 'place', 'description', 'source', 'source_note', 'confidential'] as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The value of the source select for a stored event. */
function sourceValue(event: TimelineEvent | null): string {
  if (!event) return 'none';
  const s = event.source;
  return s.kind === 'submission' ? `submission:${s.id}` : s.kind === 'file' ? `file:${s.id}` : s.kind;
}

export interface EventFormProps {
  caseId: number;
  csrfToken: string;
  /** The event edited; null for a new one. */
  event: TimelineEvent | null;
  state: FormState | undefined;
  submissions: CaseSubmission[];
  documents: CaseDocument[];
}

export function EventForm({ caseId, csrfToken, event, state, submissions, documents }: EventFormProps) {
  const form: FormName = event ? `event-${event.id}` : 'event-new';
  const id = (field: string) => fieldId(form, field);
  const parts = event ? partsOf(event) : { year: '', month: '', day: '' };
  const month = valueOf(state, 'month', parts.month);
  const source = valueOf(state, 'source', sourceValue(event));
  const note = valueOf(state, 'source_note', event?.source.kind === 'note' ? event.source.note : '');
  const confidential = state ? state.values.confidential === 'yes' : (event?.confidential ?? false);
  return (
    <form method="post" action={event ? `/staff/cases/${caseId}/events/${event.id}` : `/staff/cases/${caseId}/events`} id={form} class="event-form">
      <CsrfField token={csrfToken} />
      <fieldset class="date-parts" aria-describedby={`${id('date')}-hint`}>
        <legend>Date</legend>
        <p class="hint" id={`${id('date')}-hint`}>
          As precise as is known: the year alone, the year and month, or the full date. Leave all three empty if the date is unknown.
        </p>
        <FieldError state={state} field="day" />
        <FieldError state={state} field="month" />
        <FieldError state={state} field="year" />
        <span class="date-part">
          <label for={id('day')}>Day</label>
          <input id={id('day')} name="day" type="text" inputMode="numeric" pattern="[0-9]*" maxLength={2} size={2} value={valueOf(state, 'day', parts.day)} {...invalidAttrs(state, 'day')} />
        </span>
        <span class="date-part">
          <label for={id('month')}>Month</label>
          <select id={id('month')} name="month" {...invalidAttrs(state, 'month')}>
            <option value="">—</option>
            {MONTHS.map((name, i) => (
              <option value={String(i + 1)} selected={month === String(i + 1)}>
                {name}
              </option>
            ))}
          </select>
        </span>
        <span class="date-part">
          <label for={id('year')}>Year</label>
          <input id={id('year')} name="year" type="text" inputMode="numeric" pattern="[0-9]*" maxLength={4} size={4} value={valueOf(state, 'year', parts.year)} {...invalidAttrs(state, 'year')} />
        </span>
      </fieldset>
      <p class="field">
        <label for={id('place')}>Place</label>
        <FieldError state={state} field="place" />
        <input id={id('place')} name="place" type="text" maxLength={200} value={valueOf(state, 'place', event?.place ?? '')} {...invalidAttrs(state, 'place')} />
      </p>
      <p class="field">
        <label for={id('description')}>What happened</label>
        <FieldError state={state} field="description" />
        <textarea id={id('description')} name="description" rows={4} required maxLength={5000} {...invalidAttrs(state, 'description')}>
          {valueOf(state, 'description', event?.description ?? '')}
        </textarea>
      </p>
      <p class="field">
        <label for={id('source')}>Source</label>
        <FieldError state={state} field="source" />
        <select id={id('source')} name="source" {...invalidAttrs(state, 'source')}>
          <option value="none" selected={source === 'none'}>Not given</option>
          <option value="note" selected={source === 'note'}>Described in the note below</option>
          {submissions.map((s) => (
            <option value={`submission:${s.id}`} selected={source === `submission:${s.id}`}>
              Submission {s.receiptCode}
            </option>
          ))}
          {documents
            .filter((d) => !d.hidden)
            .map((d) => (
              <option value={`file:${d.id}`} selected={source === `file:${d.id}`}>
                Document: {d.fileName}
              </option>
            ))}
        </select>
      </p>
      <p class="field">
        <label for={id('source_note')}>Note on the source</label>
        <FieldError state={state} field="source_note" />
        <input id={id('source_note')} name="source_note" type="text" maxLength={500} value={note} {...invalidAttrs(state, 'source_note')} />
      </p>
      <p class="field checkbox">
        <input id={id('confidential')} name="confidential" type="checkbox" value="yes" checked={confidential} />
        <label for={id('confidential')}>Confidential: the description, place and note are encrypted, kept out of search, and shown only to those who may read confidential material</label>
      </p>
      <button type="submit">{event ? 'Save the event' : 'Add the event'}</button>
    </form>
  );
}
