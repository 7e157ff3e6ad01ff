import { SnippetText } from '../../pages/components/snippet.js';
import type { StaffHit, StaffHitKind } from '../../../store/staff-search.repo.js';
import type { StaffSearchAnswer } from '../../../services/staff-search.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';

export const KIND_LABELS: Record<StaffHitKind, { one: string; many: string }> = {
  case: { one: 'case', many: 'Cases' },
  submission: { one: 'submission', many: 'Submissions' },
  event: { one: 'event', many: 'Events of cases' },
  document: { one: 'document', many: 'Documents' },
  letter: { one: 'letter', many: 'Letters' },
};

function hitHref(hit: StaffHit): string {
  switch (hit.kind) {
    case 'letter':
      return `/staff/letters/${encodeURIComponent(hit.label)}`;
    case 'submission':
      return `/staff/submissions/${hit.id}`;
    case 'case':
      return `/staff/cases/${hit.id}`;
    case 'event':
      return `/staff/cases/${hit.caseId}#event-${hit.id}`;
    case 'document':
      return `/staff/files/${hit.id}`;
  }
}

const searchHref = (words: string, kind: StaffHitKind | null, page = 1) =>
  `/staff/search?${new URLSearchParams({ q: words, ...(kind ? { kind } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;

function Hit({ hit }: { hit: StaffHit }) {
  return (
    <li>
      <a href={hitHref(hit)}>{hit.label}</a>
      {hit.date && hit.kind !== 'event' && <span class="meta"> · {hit.date}</span>}
      {hit.published !== null && <span class="meta"> · {hit.published ? 'published' : 'not published'}</span>}
      {hit.caseId && hit.kind !== 'case' && (
        <span class="meta">
          {' '}
          · case <a href={`/staff/cases/${hit.caseId}`}>{hit.caseTitle}</a>
        </span>
      )}
      {hit.snippet.length > 0 && (
        <p class="snippet">
          <SnippetText parts={hit.snippet} />
        </p>
      )}
    </li>
  );
}

export interface StaffSearchPageProps {
  staff: StaffSession;
  answer: StaffSearchAnswer;
  kinds: StaffHitKind[];
  problem?: string;
}

export function StaffSearchPage({ staff, answer, kinds, problem }: StaffSearchPageProps) {
  const { words, kind, page, pageSize, sections } = answer;
  return (
    <StaffLayout title={words ? `Search: ${words}` : 'Search'} staff={staff}>
      <h1>Search the workspace</h1>
      <p>Letters (published or not), submissions, cases, their events and documents. Confidential events and documents are never searched.</p>
      <form role="search" method="get" action="/staff/search" class="staff-search">
        <label for="staff-q">Words</label>
        <input id="staff-q" name="q" type="search" value={words} maxLength={300} />
        <label for="staff-kind">In</label>
        <select id="staff-kind" name="kind">
          <option value="" selected={!kind}>
            Everything
          </option>
          {kinds.map((k) => (
            <option value={k} selected={k === kind}>
              {KIND_LABELS[k].many}
            </option>
          ))}
        </select>
        <button type="submit">Search</button>
      </form>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {words && sections.every((s) => s.total === 0) && <p>Nothing matches “{words}”.</p>}
      {sections
        .filter((s) => s.total > 0)
        .map((s) => (
          <section aria-labelledby={`results-${s.kind}`}>
            <h2 id={`results-${s.kind}`}>
              {KIND_LABELS[s.kind].many} <span class="count">({s.total})</span>
            </h2>
            <ol class="staff-hits">
              {s.hits.map((hit) => (
                <Hit hit={hit} />
              ))}
            </ol>
            {!kind && s.total > s.hits.length && (
              <p>
                <a href={searchHref(words, s.kind)}>
                  All {s.total} {KIND_LABELS[s.kind].many.toLowerCase()}
                </a>
              </p>
            )}
            {kind && s.total > pageSize && (
              <nav aria-label="Pages" class="pagination">
                {page > 1 && <a href={searchHref(words, kind, page - 1)}>Previous</a>}
                <span>
                  Page {page} of {Math.ceil(s.total / pageSize)}
                </span>
                {page * pageSize < s.total && <a href={searchHref(words, kind, page + 1)}>Next</a>}
              </nav>
            )}
          </section>
        ))}
    </StaffLayout>
  );
}
