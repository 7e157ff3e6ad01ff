import type { ComponentChildren } from 'preact';
import type { LetterSummary } from '../../../services/public-views.js';
import { count, longDate } from '../format.js';
import { letterHref, stateHref } from '../hrefs.js';

export interface LetterListProps {
  letters: LetterSummary[];
  /** Leave out the recipient (on a State's own page). */
  hideRecipient?: boolean;
  /** Something more under one letter (a search snippet, the spelling used for a person). */
  extra?: (letter: LetterSummary, index: number) => ComponentChildren;
}

/** Published letters as a list: reference, date, recipient, subject, replies. */
export function LetterList({ letters, hideRecipient, extra }: LetterListProps) {
  return (
    <ol class="letters">
      {letters.map((l, i) => (
        <li>
          <p class="letter-head">
            <a class="ref" href={letterHref(l.reference)}>{l.reference}</a>
            <time dateTime={l.date ?? undefined}>{longDate(l.date)}</time>
            {!hideRecipient && <a href={stateHref(l.recipient.code)}>{l.recipient.name}</a>}
          </p>
          <p class="subject">{l.title ?? <span class="muted">No subject line</span>}</p>
          <p class="meta">
            {[l.joint === true ? 'Joint letter' : l.joint === false ? 'One mandate' : null, l.replyCount === 0 ? 'No reply' : count(l.replyCount, 'reply', 'replies')]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {extra?.(l, i)}
        </li>
      ))}
    </ol>
  );
}
