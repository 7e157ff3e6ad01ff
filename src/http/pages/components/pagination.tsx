import { count } from '../format.js';

export interface PaginationProps {
  page: number;
  total: number;
  pageSize: number;
  /** The address of page n. */
  href: (page: number) => string;
  /** What is counted, singular: `letter`. */
  noun?: string;
}

/** Previous and next links around "Page 2 of 7"; nothing when everything fits on one page. */
export function Pagination({ page, total, pageSize, href, noun = 'letter' }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav class="pages" aria-label="Pages">
      {page > 1 ? <a href={href(page - 1)} rel="prev">← Previous</a> : <span aria-hidden="true" class="muted">← Previous</span>}
      <span>
        Page {page} of {pages} <span class="muted">({from.toLocaleString('en')}–{to.toLocaleString('en')} of {count(total, noun)})</span>
      </span>
      {page < pages ? <a href={href(page + 1)} rel="next">Next →</a> : <span aria-hidden="true" class="muted">Next →</span>}
    </nav>
  );
}
