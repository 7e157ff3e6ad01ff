/**
 * Staff search across what the secretariat holds: letters (published or not), submissions,
 * cases, events and documents. Each kind is a section of the answer; a role sees only the
 * sections it may read (submissions need `submission.read`). Separate from the public index:
 * nothing here is read by a public route.
 */
import { RapError } from '../domain/errors.js';
import { can, type Role } from '../domain/permissions.js';
import type { Queryable } from '../store/database.js';
import { searchStaffKind, type StaffHit, type StaffHitKind } from '../store/staff-search.repo.js';

export const STAFF_HIT_KINDS: StaffHitKind[] = ['case', 'submission', 'event', 'document', 'letter'];
export const MAX_WORDS_LENGTH = 300;
/** Results per kind on the overview; a kind asked for alone shows pages of this many. */
const OVERVIEW = 5;
const PAGE = 25;

export interface StaffSearchSection {
  kind: StaffHitKind;
  total: number;
  hits: StaffHit[];
}

export interface StaffSearchAnswer {
  words: string;
  kind: StaffHitKind | null;
  page: number;
  pageSize: number;
  sections: StaffSearchSection[];
}

export function staffKindsFor(role: Role): StaffHitKind[] {
  if (!can(role, 'search.staff')) return [];
  return STAFF_HIT_KINDS.filter((k) => k !== 'submission' || can(role, 'submission.read'));
}

export async function searchWorkspace(
  db: Queryable,
  words: string,
  { role, kind = null, page = 1 }: { role: Role; kind?: StaffHitKind | null; page?: number },
): Promise<StaffSearchAnswer> {
  const trimmed = words.trim();
  if (trimmed.length > MAX_WORDS_LENGTH) throw new RapError('RAP_ERR_INVALID', `the search is longer than ${MAX_WORDS_LENGTH} characters`, { field: 'q' });
  const allowed = staffKindsFor(role);
  if (kind && !allowed.includes(kind)) throw new RapError('RAP_ERR_FORBIDDEN', `your role does not search ${kind}s`, { field: 'kind' });
  const kinds = kind ? [kind] : allowed;
  const pageSize = kind ? PAGE : OVERVIEW;
  if (!trimmed) return { words: trimmed, kind, page, pageSize, sections: [] };
  const sections: StaffSearchSection[] = [];
  for (const k of kinds) sections.push({ kind: k, ...(await searchStaffKind(db, k, trimmed, { limit: pageSize, offset: (page - 1) * pageSize })) });
  return { words: trimmed, kind, page, pageSize, sections };
}
