/** The timeline of a case: its events in date order, each with its precision, place and source; and the forms to add and edit them. */
import { formatEventDate, type EventPrecision } from '../../../domain/case-event.js';
import type { CaseFileView, TimelineEvent } from '../../../services/case-file-view.js';
import { EventForm } from './event-form.js';
import { stateOf, type FormState } from '../components/form-state.js';

const PRECISION_NOTE: Record<EventPrecision, string | null> = {
  day: null,
  month: 'day not known',
  year: 'month and day not known',
  unknown: null,
};

function SourceLine({ event }: { event: TimelineEvent }) {
  const s = event.source;
  if (s.kind === 'none') return null;
  return (
    <p class="meta">
      Source:{' '}
      {s.kind === 'submission' ? (
        <a href={`/staff/submissions/${s.id}`}>submission {s.receiptCode}</a>
      ) : s.kind === 'file' ? (
        s.fileName === null ? <>a confidential document</> : <a href={`/staff/files/${s.id}`}>{s.fileName}</a>
      ) : (
        <span class="source-note">{s.note}</span>
      )}
    </p>
  );
}

function EventItem({ event }: { event: TimelineEvent }) {
  const note = PRECISION_NOTE[event.precision];
  return (
    <>
      <p class="event-when">
        <strong>{event.date === null ? 'Date unknown' : formatEventDate(event)}</strong>
        {note && <span class="muted"> ({note})</span>}
        {event.place && <> · {event.place}</>}
        {event.confidential && <span class="badge">Confidential</span>}
      </p>
      {event.hidden ? (
        <p class="hidden-detail">Confidential event (details hidden)</p>
      ) : (
        <>
          <p class="event-text">{event.description}</p>
          <SourceLine event={event} />
        </>
      )}
    </>
  );
}

export interface TimelineSectionProps {
  view: CaseFileView;
  csrfToken: string;
  canWrite: boolean;
  form: FormState | undefined;
}

export function TimelineSection({ view, csrfToken, canWrite, form }: TimelineSectionProps) {
  const caseId = view.case.id;
  const newState = stateOf(form, 'event-new');
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {view.events.length === 0 ? (
        <p class="empty">No event recorded yet.</p>
      ) : (
        <ol class="case-timeline">
          {view.events.map((event) => {
            const editState = stateOf(form, `event-${event.id}`);
            return (
              <li id={`event-${event.id}-item`}>
                <EventItem event={event} />
                {canWrite && !event.hidden && (
                  <details open={editState !== undefined}>
                    <summary>Edit this event</summary>
                    <EventForm caseId={caseId} csrfToken={csrfToken} event={event} state={editState} submissions={view.submissions} documents={view.documents} />
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {canWrite && (
        <>
          <h3 id="add-event-title">Add an event</h3>
          <EventForm caseId={caseId} csrfToken={csrfToken} event={null} state={newState} submissions={view.submissions} documents={view.documents} />
        </>
      )}
    </section>
  );
}
