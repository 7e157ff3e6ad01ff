/** Addresses of the workspace pages and forms of people and organisations in cases. */
import { withSignedNotice } from '../notice.js';

export const caseHref = (caseId: number) => `/staff/cases/${caseId}`;
export const staffPersonHref = (personId: number) => `/staff/people/${personId}`;
export const staffLetterHref = (reference: string) => `/staff/letters/${encodeURIComponent(reference)}`;

export const casePeopleAction = (caseId: number) => `/staff/cases/${caseId}/people`;
export const casePersonAction = (caseId: number, personId: number, what?: 'spellings' | 'remove') =>
  `/staff/cases/${caseId}/people/${personId}${what ? `/${what}` : ''}`;
export const matchAction = (personId: number) => `/staff/people/${personId}/match`;
export const keepApartAction = (personId: number) => `/staff/people/${personId}/keep-apart`;
export const undoMergeAction = (mergeId: number) => `/staff/people/merges/${mergeId}/undo`;
export const caseOrganizationsAction = (caseId: number) => `/staff/cases/${caseId}/organizations`;
export const removeOrganizationAction = (caseId: number, organizationId: number) => `/staff/cases/${caseId}/organizations/${organizationId}/remove`;

/** Back to a page with a confirmation the page shows in its notice, signed for the session (`key`: its CSRF token). */
export const withNotice = (href: string, notice: string, key: string) => withSignedNotice(href, notice, key);
