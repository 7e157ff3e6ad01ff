/** A known person the case's person may be, with the rule's reason, and the officer's two answers. */
import type { MatchSuggestion } from '../../../services/case-people-view.js';
import { CsrfField } from '../csrf-field.js';
import { keepApartAction, matchAction, staffPersonHref } from './people-hrefs.js';
import { knownFrom } from './person-format.js';

export function MatchSuggestionBox({ personId, caseId, suggestion: s, csrf }: { personId: number; caseId: number; suggestion: MatchSuggestion; csrf: string | null }) {
  const headingId = `suggestion-${s.suggestionId}`;
  return (
    <section class="match-suggestion" aria-labelledby={headingId}>
      <h4 id={headingId}>Possible match</h4>
      <p>
        This looks like <a href={staffPersonHref(s.otherId)}>{s.otherName}</a> ({knownFrom(s.otherLetters, s.otherCases)}): {s.ruleText}
        {s.detail && <> — <span class="match-detail">{s.detail}</span></>}.
      </p>
      <p class="hint">
        Compared: <span class="spelling">{s.spelling}</span> and <span class="spelling">{s.otherSpelling}</span>.
      </p>
      {csrf && (
        <div class="match-actions">
          <form method="post" action={matchAction(personId)}>
            <CsrfField token={csrf} />
            <input type="hidden" name="other_id" value={String(s.otherId)} />
            <input type="hidden" name="case_id" value={String(caseId)} />
            <button type="submit">Same person: merge with {s.otherName}</button>
          </form>
          <form method="post" action={keepApartAction(personId)}>
            <CsrfField token={csrf} />
            <input type="hidden" name="other_id" value={String(s.otherId)} />
            <input type="hidden" name="case_id" value={String(caseId)} />
            <button type="submit" class="secondary">Not the same person</button>
          </form>
        </div>
      )}
    </section>
  );
}
