/** Sent letters by where their reply stands: awaiting, overdue, replied; a page at a time. */
import type { ReplyStanding } from '../../../domain/deadlines.js';
import type { DeadlineList, TrackedLetter } from '../../../services/deadlines.js';
import { letterHref } from '../letters/letter-hrefs.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';

export const TAB_LABELS: Record<ReplyStanding, string> = { awaiting: 'Awaiting a reply', overdue: 'Overdue', replied: 'Replied' };

export interface DeadlinesPageProps {
  staff: StaffSession;
  standing: ReplyStanding;
  list: DeadlineList;
  /** How many letters each tab holds. */
  totals: Record<ReplyStanding, number>;
  page: number;
  pageSize: number;
}

const tabHref = (standing: ReplyStanding, page = 1) => `/staff/deadlines?list=${standing}${page > 1 ? `&page=${page}` : ''}`;
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function Days({ letter }: { letter: TrackedLetter }) {
  if (letter.standing === 'replied') return <>{letter.lateReplies > 0 ? 'replied late' : 'replied in time'}</>;
  if (letter.daysLeft < 0) return <>overdue by {days(-letter.daysLeft)}</>;
  return <>{letter.daysLeft === 0 ? 'due today' : `${days(letter.daysLeft)} left`}</>;
}

function Replies({ letter }: { letter: TrackedLetter }) {
  if (letter.replies === 0) return <>none</>;
  return (
    <>
      {letter.replies}
      {letter.lastReplyDate && `, latest ${letter.lastReplyDate}`}
      {letter.lateReplies > 0 && <span class="badge">{letter.lateReplies} late</span>}
    </>
  );
}

export function DeadlinesPage({ staff, standing, list, totals, page, pageSize }: DeadlinesPageProps) {
  const pages = Math.max(1, Math.ceil(list.total / pageSize));
  return (
    <StaffLayout title={`Reply deadlines: ${TAB_LABELS[standing]}`} staff={staff}>
      <h1>Reply deadlines</h1>
      <p>Letters sent from Rapporteur, as of {list.asOf}. A reply is due 60 days after the letter unless the letter said otherwise.</p>
      <nav class="tabs" aria-label="Where the reply stands">
        {(Object.keys(TAB_LABELS) as ReplyStanding[]).map((s) => (
          <a href={tabHref(s)} aria-current={s === standing ? 'page' : undefined}>
            {TAB_LABELS[s]} ({totals[s]})
          </a>
        ))}
      </nav>
      {list.letters.length === 0 ? (
        <p>No letter here.</p>
      ) : (
        <table class="deadlines">
          <caption class="visually-hidden">{TAB_LABELS[standing]}</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Recipient</th>
              <th scope="col">Sent</th>
              <th scope="col">Reply due</th>
              <th scope="col">Standing</th>
              <th scope="col">Replies</th>
            </tr>
          </thead>
          <tbody>
            {list.letters.map((l) => (
              <tr class={l.standing === 'overdue' ? 'overdue' : undefined}>
                <th scope="row">
                  <a href={letterHref(l.referenceText)}>{l.referenceText}</a>
                </th>
                <td>{l.recipientName ?? l.recipientCode}</td>
                <td>{l.letterDate}</td>
                <td>{l.replyDueDate}</td>
                <td>
                  <Days letter={l} />
                </td>
                <td>
                  <Replies letter={l} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label="Pages">
          {page > 1 && <a href={tabHref(standing, page - 1)} rel="prev">Previous page</a>}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages && <a href={tabHref(standing, page + 1)} rel="next">Next page</a>}
        </nav>
      )}
    </StaffLayout>
  );
}
