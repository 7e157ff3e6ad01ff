/** A person as the workspace knows them: every spelling and its source, their cases, every letter naming them, the merges that made them. */
import { can } from '../../../domain/permissions.js';
import { roleLabel } from '../../../domain/person-roles.js';
import type { PersonFile } from '../../../services/case-people-view.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { MergeList } from './merge-list.js';
import { caseHref, staffLetterHref } from './people-hrefs.js';
import { consentText, genderText, letterDate } from './person-format.js';

const SOURCE_WORDS: Record<string, string> = { letter: 'letter', reply: 'reply to', source: 'source document' };

function SpellingSources({ sources }: { sources: PersonFile['spellings'][number]['sources'] }) {
  if (sources.length === 0) return <span class="muted">merged from another record</span>;
  return (
    <>
      {sources.map((s, i) => (
        <>
          {i > 0 && ', '}
          {s.kind === 'case' && s.caseId !== null ? (
            <>
              entered in <a href={caseHref(s.caseId)}>case #{s.caseId}</a>
            </>
          ) : s.kind === 'letter' && s.reference ? (
            <>
              letter <a href={staffLetterHref(s.reference)}>{s.reference}</a>
            </>
          ) : (
            <>
              {SOURCE_WORDS[s.kind] ?? s.kind} {s.reference ?? ''}
            </>
          )}
        </>
      ))}
    </>
  );
}

export function PersonFilePage({ staff, person: p, notice }: { staff: StaffSession; person: PersonFile; notice?: string | undefined }) {
  const mergeCsrf = can(staff.role, 'person.merge') ? staff.csrfToken : null;
  return (
    <StaffLayout title={p.displayName} staff={staff} notice={notice}>
      <h1>{p.displayName}</h1>
      <dl class="facts">
        <dt>Gender</dt>
        <dd>{genderText(p.gender)}</dd>
        <dt>Record</dt>
        <dd>person #{p.personId}</dd>
      </dl>

      <h2>Spellings</h2>
      <table class="person-spellings">
        <thead>
          <tr>
            <th scope="col">Spelling</th>
            <th scope="col">Where it comes from</th>
          </tr>
        </thead>
        <tbody>
          {p.spellings.map((s) => (
            <tr>
              <th scope="row" class="spelling">{s.name}</th>
              <td>
                <SpellingSources sources={s.sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Cases</h2>
      {p.cases.length === 0 ? (
        <p class="empty">In no case file.</p>
      ) : (
        <table class="person-cases">
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Roles</th>
              <th scope="col">Name to the State</th>
              <th scope="col">Name made public</th>
            </tr>
          </thead>
          <tbody>
            {p.cases.map((c) => (
              <tr>
                <th scope="row">
                  <a href={caseHref(c.caseId)}>
                    #{c.caseId} {c.title}
                  </a>
                  {c.status === 'closed' && <span class="muted"> (closed)</span>}
                </th>
                <td>{c.roles.length > 0 ? c.roles.map(roleLabel).join(', ') : 'None given'}</td>
                <td>{consentText(c.consentToState)}</td>
                <td>{consentText(c.consentPublic)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Letters</h2>
      {p.letters.length === 0 ? (
        <p class="empty">Named in no letter.</p>
      ) : (
        <ul class="plain person-letters">
          {p.letters.map((l) => (
            <li>
              <a href={staffLetterHref(l.reference)}>{l.reference}</a> <span class="muted">({letterDate(l.date)})</span>
              {l.role === 'victim' ? ' concerned by the letter' : ' mentioned in the letter'}
              {l.spelling !== p.displayName && (
                <>
                  , as <span class="spelling">{l.spelling}</span>
                </>
              )}
              {l.status === 'placeholder' && <span class="muted"> (cited, not imported)</span>}
            </li>
          ))}
        </ul>
      )}

      <h2>Merges</h2>
      {p.merges.length === 0 ? <p class="empty">No merge: this record was never joined with another.</p> : <MergeList merges={p.merges} csrf={mergeCsrf} />}
    </StaffLayout>
  );
}
