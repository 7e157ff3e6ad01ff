/**
 * Entries of the audit trail, for people: who, when (UTC), what in words, and the fields that
 * changed, before → after. Confidential values are already written as "[confidential]" in the
 * trail; nothing here opens anything.
 */
import type { AuditEntry } from '../../../domain/audit-chain.js';

/** The actions of the trail in words; an action not listed is shown as its name. */
const ACTION_WORDS: Record<string, string> = {
  'case.create': 'Opened the case',
  'case.update': 'Edited the case',
  'case.triage': 'Took in a submission',
  'case.event.add': 'Added an event',
  'case.event.update': 'Edited an event',
  'case.document.add': 'Added a document',
  'case.letter.link': 'Linked a letter',
  'case.letter.unlink': 'Unlinked a letter',
  'case.person.add': 'Added a person',
  'case.person.update': 'Edited a person',
  'case.person.remove': 'Removed a person',
  'case.person.spelling': 'Added a spelling',
  'case.person.merge': 'Merged two persons',
  'case.person.unmerge': 'Undid a merge of persons',
  'case.organization.add': 'Added an organisation',
  'case.organization.remove': 'Removed an organisation',
  'person.create': 'Created a person',
  'person.merge': 'Merged two persons',
  'person.unmerge': 'Undid a merge of persons',
  'person.keep-apart': 'Kept two persons apart',
  'person.delete': 'Deleted a person',
  'submission.receive': 'Received a submission',
  'submission.triage': 'Triaged a submission',
  'submission.reject': 'Rejected a submission',
  'file.add': 'Stored a file',
  'user.create': 'Created an account',
  'user.sign-in': 'Signed in',
  'user.sign-in-failed': 'Failed to sign in',
  'user.locked': 'Account locked',
  'keys.rotate': 'Rotated the encryption keys',
  'letter.import': 'Imported the letter',
  'letter.import-cited': 'Imported a letter that others cited',
  'letter.replace': 'Replaced the letter from another file',
  'letter.publish': 'Published the letter',
  'letter.republish': 'Published the letter again after a change',
  'letter.withdraw': 'Withdrew the letter from the public record',
  'reply.import': 'Imported a reply',
  'reply.publish': 'Published a reply',
  'source.import': 'Imported a source document',
  'draft.create': 'Started a draft',
  'draft.edit': 'Edited the draft',
  'draft.consultation.open': 'Opened the consultation of the mandates',
  'draft.mandate.answer': 'Answered for a mandate',
  'draft.approve': 'Approved the letter as the lead',
  'draft.approval.clear': 'Asked the mandates again after an edit',
  'draft.send': 'Sent the draft',
  'letter.send': 'Sent the letter',
  'letter.follow-up.start': 'Started a follow-up letter',
  'letter.redact': 'Made the public copy',
  'letter.passage.mark': 'Marked a passage confidential',
  'letter.passage.unmark': 'Unmarked a confidential passage',
  'reply.register': 'Registered a reply',
};

export function actionWords(action: string): string {
  return ACTION_WORDS[action] ?? action;
}

/** `user:12 ana@example.org` → `ana@example.org`; `cli:import` → `command line (import)`. */
export function actorWords(label: string): string {
  const m = /^(user|cli|public|system):(.*)$/.exec(label);
  if (!m) return label;
  const rest = m[2]!.trim();
  switch (m[1]) {
    case 'user':
      return rest.replace(/^\d+\s+/, '') || rest;
    case 'cli':
      return `command line (${rest})`;
    case 'public':
      return `public ${rest.replace(/-/g, ' ')}`;
    default:
      return `system (${rest})`;
  }
}

/** `2025-06-01 14:03:09 UTC`. */
export function utcTime(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const MAX_VALUE_CHARS = 160;

/** A value of the trail in a few words: text as is (cut), lists joined, nothing as a dash. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text =
    typeof value === 'string' ? value
    : typeof value === 'number' || typeof value === 'boolean' ? String(value)
    : Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null) ? value.map((v) => String(v ?? '—')).join(', ') || '—'
    : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

export interface FieldChange {
  field: string;
  /** Absent when the entry records a creation (no value before) or a removal (none after). */
  before?: string;
  after?: string;
}

/** The fields an entry changed: those whose value differs before and after, or every field of a creation or removal. */
export function changesOf(entry: Pick<AuditEntry, 'before' | 'after'>): FieldChange[] {
  const { before, after } = entry;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const out: FieldChange[] = [];
  for (const field of fields) {
    const b = before?.[field];
    const a = after?.[field];
    if (before && after) {
      if (JSON.stringify(b) === JSON.stringify(a)) continue;
      out.push({ field, before: valueWords(b), after: valueWords(a) });
    } else if (after) out.push({ field, after: valueWords(a) });
    else out.push({ field, before: valueWords(b) });
  }
  return out;
}

/** `countryCode` → `country code`, `consent_public` → `consent public`. */
const fieldWords = (field: string) => field.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);

/** Where the record of an entry is shown in the workspace, when it has a page. */
function recordHref(entity: string, id: string): string | null {
  switch (entity) {
    case 'case':
      return `/staff/cases/${encodeURIComponent(id)}`;
    case 'submission':
      return `/staff/submissions/${encodeURIComponent(id)}`;
    case 'person':
      return `/staff/people/${encodeURIComponent(id)}`;
    case 'communication':
      return `/staff/letters/${encodeURIComponent(id)}`;
    case 'user':
      return `/staff/users/${encodeURIComponent(id)}`;
    default:
      return null;
  }
}

function RecordOf({ entry }: { entry: AuditEntry }) {
  const label = `${entry.entity.replace(/_/g, ' ')} ${entry.entityId}`;
  const href = recordHref(entry.entity, entry.entityId);
  return <span class="history-record"> · {href ? <a href={href}>{label}</a> : label}</span>;
}

/** Entries of the trail; `showRecord` names the record of each (the whole trail mixes records). */
export function HistoryList({ entries, empty = 'Nothing recorded yet.', showRecord = false }: { entries: AuditEntry[]; empty?: string; showRecord?: boolean }) {
  if (entries.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ol class="history">
      {entries.map((e) => {
        const changes = changesOf(e);
        return (
          <li>
            <p class="history-head">
              <time dateTime={e.at.toISOString()}>{utcTime(e.at)}</time> <span class="history-who">{actorWords(e.actor)}</span>:{' '}
              <strong>{actionWords(e.action)}</strong>
              {showRecord && <RecordOf entry={e} />}
            </p>
            {changes.length > 0 && (
              <dl class="history-changes">
                {changes.map((c) => (
                  <>
                    <dt>{fieldWords(c.field)}</dt>
                    <dd>
                      {c.before !== undefined && <del>{c.before}</del>}
                      {c.before !== undefined && c.after !== undefined && (
                        <>
                          <span aria-hidden="true"> → </span>
                          <span class="visually-hidden"> changed to </span>
                        </>
                      )}
                      {c.after !== undefined && <ins>{c.after}</ins>}
                    </dd>
                  </>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
