/** One person of a case: what the case says of them, where else they appear, and the officer's forms. */
import { roleLabel } from '../../../domain/person-roles.js';
import type { CasePerson } from '../../../services/case-people-view.js';
import { CsrfField } from '../csrf-field.js';
import { MatchSuggestionBox } from './match-suggestion.js';
import { MergeList } from './merge-list.js';
import { caseHref, casePersonAction, staffLetterHref, staffPersonHref } from './people-hrefs.js';
import type { PersonDraft } from './people-forms.js';
import { consentDraft, consentText, genderText, letterDate } from './person-format.js';
import { EditPersonForm, SpellingForm } from './person-forms.js';

export const draftOfPerson = (p: CasePerson): PersonDraft => ({
  name: p.displayName,
  other_names: '',
  gender: p.gender ?? '',
  roles: p.roles,
  affiliation: p.affiliation ?? '',
  consent_to_state: consentDraft(p.consentToState),
  consent_public: consentDraft(p.consentPublic),
});

export interface CardPermissions {
  /** The CSRF token when the account may edit the case, else null. */
  writeCsrf: string | null;
  /** The CSRF token when the account may merge persons, else null. */
  mergeCsrf: string | null;
}

export function CasePersonCard({ caseId, person: p, can }: { caseId: number; person: CasePerson; can: CardPermissions }) {
  const headingId = `person-${p.personId}`;
  const standing = p.merges.filter((m) => !m.undoneAt);
  return (
    <article class="case-person" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <a href={staffPersonHref(p.personId)}>{p.displayName}</a>
      </h3>
      <dl class="facts">
        <dt>Spellings</dt>
        <dd>
          <ul class="spellings">
            {p.spellings.map((s) => (
              <li class="spelling">{s}</li>
            ))}
          </ul>
        </dd>
        <dt>Gender</dt>
        <dd>{genderText(p.gender)}</dd>
        <dt>Roles</dt>
        <dd>{p.roles.length > 0 ? p.roles.map(roleLabel).join(', ') : 'None given'}</dd>
        <dt>Affiliation</dt>
        <dd>{p.affiliation ?? 'None given'}</dd>
        <dt>Name may be given to the State</dt>
        <dd class={`consent consent-${consentDraft(p.consentToState)}`}>{consentText(p.consentToState)}</dd>
        <dt>Name may be made public</dt>
        <dd class={`consent consent-${consentDraft(p.consentPublic)}`}>{consentText(p.consentPublic)}</dd>
        <dt>Letters</dt>
        <dd>
          {p.letters.length === 0 ? (
            'None'
          ) : (
            <ul class="plain">
              {p.letters.map((l) => (
                <li>
                  <a href={staffLetterHref(l.reference)}>{l.reference}</a> <span class="muted">({letterDate(l.date)})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Other cases</dt>
        <dd>
          {p.otherCases.length === 0 ? (
            'None'
          ) : (
            <ul class="plain">
              {p.otherCases.map((c) => (
                <li>
                  <a href={caseHref(c.caseId)}>
                    #{c.caseId} {c.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {p.suggestions.map((s) => (
        <MatchSuggestionBox personId={p.personId} caseId={caseId} suggestion={s} csrf={can.mergeCsrf} />
      ))}
      {standing.length > 0 && (
        <details class="person-merges">
          <summary>Merges ({standing.length})</summary>
          <MergeList merges={standing} csrf={can.mergeCsrf} caseId={caseId} />
        </details>
      )}
      {can.writeCsrf && (
        <>
          <details class="person-edit">
            <summary>
              Edit roles, consents and affiliation<span class="visually-hidden"> of {p.displayName}</span>
            </summary>
            <EditPersonForm caseId={caseId} personId={p.personId} csrf={can.writeCsrf} draft={draftOfPerson(p)} />
          </details>
          <details class="person-spelling">
            <summary>
              Add a spelling<span class="visually-hidden"> of {p.displayName}</span>
            </summary>
            <SpellingForm caseId={caseId} personId={p.personId} csrf={can.writeCsrf} />
          </details>
          <form class="inline-form" method="post" action={casePersonAction(caseId, p.personId, 'remove')}>
            <CsrfField token={can.writeCsrf} />
            <button type="submit" class="secondary">
              Remove {p.displayName} from this case
            </button>
          </form>
        </>
      )}
    </article>
  );
}
