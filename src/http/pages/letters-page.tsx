import { Layout } from './layout.js';

/** One row of the list of letters. */
export interface LetterSummary {
  reference: string;
  date: string | null;
  recipient: { code: string; name: string | null } | null;
  title: string | null;
  joint: boolean | null;
  mandateCount: number;
  replyCount: number;
}

export interface LettersPageProps {
  letters: LetterSummary[];
  total: number;
  page: number;
  pageSize: number;
  query?: string;
}

export const letterHref = (reference: string) => `/letters/${encodeURIComponent(reference)}`;

export function LettersPage({ letters, total, page, pageSize, query }: LettersPageProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => `/letters?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(p) })}`;
  return (
    <Layout title={query ? `Letters matching “${query}”` : 'Letters'} query={query}>
      <h1>{query ? `Letters matching “${query}”` : 'Published letters'}</h1>
      <p class="muted">
        {total === 0 ? 'No published letter matches.' : `${total.toLocaleString('en')} letter${total === 1 ? '' : 's'}, newest first.`}
      </p>
      {letters.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Date</th>
              <th scope="col">Recipient</th>
              <th scope="col">Subject</th>
              <th scope="col">Replies</th>
            </tr>
          </thead>
          <tbody>
            {letters.map((l) => (
              <tr>
                <td><a href={letterHref(l.reference)}>{l.reference}</a>{l.joint ? <span class="muted"> (joint)</span> : null}</td>
                <td><time dateTime={l.date ?? undefined}>{l.date ?? '—'}</time></td>
                <td>{l.recipient ? l.recipient.name ?? l.recipient.code : '—'}</td>
                <td>{l.title ?? <span class="muted">No subject line</span>}</td>
                <td>{l.replyCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav class="pages" aria-label="Pages">
          {page > 1 && <a href={href(page - 1)} rel="prev">Previous</a>}
          <span>Page {page} of {pages}</span>
          {page < pages && <a href={href(page + 1)} rel="next">Next</a>}
        </nav>
      )}
    </Layout>
  );
}
