import type { Communication } from '../../domain/communication.js';
import { Layout } from './layout.js';
import { letterHref } from './letters-page.js';
import { LetterText } from './letter-text.js';

export interface ReplySummary {
  date: string | null;
  title: string | null;
  text: string | null;
}

export interface CitingLetter {
  reference: string;
  date: string | null;
}

export interface LetterPageProps {
  letter: Communication;
  replies: ReplySummary[];
  citedBy: CitingLetter[];
  /** References of cited letters that are published here, so they can be linked. */
  publishedCitations: Set<string>;
}

const TYPE_NAMES = { UA: 'Urgent appeal', AL: 'Allegation letter', OL: 'Other letter' } as const;

export function LetterPage({ letter, replies, citedBy, publishedCitations }: LetterPageProps) {
  const ref = letter.reference?.text ?? 'Letter';
  const victims = letter.persons.filter((p) => p.role === 'victim');
  const others = letter.persons.filter((p) => p.role !== 'victim');
  return (
    <Layout title={ref}>
      <h1>{ref}</h1>
      {letter.title && <p class="lead">{letter.title}</p>}
      <dl class="facts">
        <dt>Type</dt>
        <dd>{letter.reference ? TYPE_NAMES[letter.reference.type] : '—'}{letter.joint ? ' (joint)' : ''}</dd>
        <dt>Date</dt>
        <dd><time dateTime={letter.date ?? undefined}>{letter.date ?? '—'}</time></dd>
        <dt>Recipient</dt>
        <dd>{letter.recipient ? letter.recipient.name ?? letter.recipient.code : '—'}</dd>
        {letter.copiedTo.length > 0 && (
          <>
            <dt>Copies</dt>
            <dd>{letter.copiedTo.map((c) => c.name ?? c.code).join(', ')}</dd>
          </>
        )}
        <dt>Mandates</dt>
        <dd>
          <ul>{letter.mandates.map((m) => <li>{m.title}</li>)}</ul>
        </dd>
        {letter.resolutions.length > 0 && (
          <>
            <dt>HRC resolutions</dt>
            <dd>{letter.resolutions.join(', ')}</dd>
          </>
        )}
        {victims.length > 0 && (
          <>
            <dt>Persons concerned</dt>
            <dd>{victims.map((p) => p.name).join(', ')}</dd>
          </>
        )}
        {others.length > 0 && (
          <>
            <dt>Also named</dt>
            <dd>{others.map((p) => p.name).join(', ')}</dd>
          </>
        )}
        {letter.replyDeadlineDays !== null && (
          <>
            <dt>Reply requested within</dt>
            <dd>{letter.replyDeadlineDays} days</dd>
          </>
        )}
      </dl>
      <p>
        <a href={`/api/v1/communications/${encodeURIComponent(ref)}`}>This letter as JSON</a>
      </p>

      <h2>Replies</h2>
      {replies.length === 0 ? (
        <p>No reply has been received.</p>
      ) : (
        <ul>{replies.map((r) => <li><time dateTime={r.date ?? undefined}>{r.date ?? 'Undated'}</time>{r.title ? `: ${r.title}` : ''}</li>)}</ul>
      )}

      {(letter.relatedCommunications.length > 0 || citedBy.length > 0) && <h2>Related letters</h2>}
      {letter.relatedCommunications.length > 0 && (
        <>
          <h3>This letter cites</h3>
          <ul>
            {letter.relatedCommunications.map((c) => (
              <li>
                {publishedCitations.has(c.reference) ? <a href={letterHref(c.reference)}>{c.reference}</a> : c.reference}
                {c.date ? ` (${c.date})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {citedBy.length > 0 && (
        <>
          <h3>Cited by</h3>
          <ul>{citedBy.map((c) => <li><a href={letterHref(c.reference)}>{c.reference}</a>{c.date ? ` (${c.date})` : ''}</li>)}</ul>
        </>
      )}

      <h2>Text of the letter</h2>
      {letter.text ? <LetterText text={letter.text} /> : <p>The text of this letter is not available.</p>}
    </Layout>
  );
}
