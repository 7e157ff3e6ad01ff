import type { LetterView } from '../../services/public-views.js';
import { CommaList } from './components/comma-list.js';
import { count, LANGUAGE_NAMES, longDate, TYPE_NAMES } from './format.js';
import { letterHref, mandateHref, personHref, stateHref } from './hrefs.js';
import { Layout } from './layout.js';
import { LetterText } from './letter-text.js';

/** One published letter: its facts, the people concerned, its text, its replies and the letters around it. */
export function LetterPage({ letter, reference, recipient, copiedTo, mandates, persons, replies, cites, citedBy, links }: LetterView) {
  const type = letter.reference?.type;
  const victims = persons.filter((p) => p.role === 'victim');
  const others = persons.filter((p) => p.role !== 'victim');
  const personLink = (p: (typeof persons)[number]) => (p.id === null ? p.name : <a href={personHref(p.id)}>{p.name}</a>);
  return (
    <Layout title={letter.title ? `${reference}: ${letter.title}` : reference}>
      <h1>{reference}</h1>
      {letter.title && <p class="lead">{letter.title}</p>}
      <dl class="facts">
        <dt>Type</dt>
        <dd>{type ? TYPE_NAMES[type] : '—'}{letter.joint ? ' (joint)' : ''}</dd>
        <dt>Date</dt>
        <dd><time dateTime={letter.date ?? undefined}>{longDate(letter.date)}</time></dd>
        <dt>Recipient</dt>
        <dd>{recipient ? <a href={stateHref(recipient.code)}>{recipient.name}</a> : '—'}</dd>
        {copiedTo.length > 0 && (
          <>
            <dt>Copied to</dt>
            <dd><CommaList items={copiedTo} render={(c) => <a href={stateHref(c.code)}>{c.name}</a>} /></dd>
          </>
        )}
        <dt>{mandates.length === 1 ? 'Mandate' : 'Mandates'}</dt>
        <dd>
          <ul class="plain">{mandates.map((m) => <li>{m.id ? <a href={mandateHref(m.id)}>{m.title}</a> : m.title}</li>)}</ul>
        </dd>
        {victims.length > 0 && (
          <>
            <dt>Persons concerned</dt>
            <dd><CommaList items={victims} render={personLink} /></dd>
          </>
        )}
        {others.length > 0 && (
          <>
            <dt>Also named</dt>
            <dd><CommaList items={others} render={personLink} /></dd>
          </>
        )}
        {letter.language && (
          <>
            <dt>Language</dt>
            <dd>{LANGUAGE_NAMES[letter.language] ?? letter.language}</dd>
          </>
        )}
        <dt>Replies</dt>
        <dd>{replies.length === 0 ? 'No reply received' : <a href="#replies">{count(replies.length, 'reply', 'replies')}</a>}</dd>
        {letter.resolutions.length > 0 && (
          <>
            <dt>HRC resolutions</dt>
            <dd>{letter.resolutions.join(', ')}</dd>
          </>
        )}
      </dl>
      <p class="downloads">
        <a href={links.json}>This letter as data (JSON)</a>
        {links.original && <> · <a href={links.original}>Original file</a></>}
      </p>

      <h2>Text of the letter</h2>
      {letter.text ? <LetterText text={letter.text} /> : <p>The text of this letter is not available.</p>}

      <h2 id="replies">Replies</h2>
      {replies.length === 0 ? (
        <p>No reply has been received.</p>
      ) : (
        replies.map((r, i) => (
          <article class="reply" aria-labelledby={`reply-${i}`}>
            <h3 id={`reply-${i}`}>
              Reply of <time dateTime={r.date ?? undefined}>{longDate(r.date)}</time>
              {r.title ? <span class="muted">: {r.title}</span> : null}
            </h3>
            {r.text ? <LetterText text={r.text} /> : <p>The text of this reply is not available.</p>}
          </article>
        ))
      )}

      {(cites.length > 0 || citedBy.length > 0) && <h2>Related letters</h2>}
      {cites.length > 0 && (
        <>
          <h3>This letter cites</h3>
          <ul>
            {cites.map((c) => (
              <li>
                {c.publishedAs ? <a href={letterHref(c.publishedAs)}>{c.reference}</a> : <>{c.reference} <span class="muted">(not published here)</span></>}
                {c.date ? `, sent on ${longDate(c.date)}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {citedBy.length > 0 && (
        <>
          <h3>Cited by</h3>
          <ul>{citedBy.map((c) => <li><a href={letterHref(c.reference)}>{c.reference}</a>{c.date ? `, ${longDate(c.date)}` : ''}</li>)}</ul>
        </>
      )}
    </Layout>
  );
}
