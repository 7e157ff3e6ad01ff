/**
 * Every role through every staff route: allowed where the role's work needs it, refused (403,
 * nothing written) everywhere else. The expected table is written here by hand, apart from
 * domain/permissions.ts, so that a change of the rules shows up as a failing line; and every
 * route the server registers must be in it, so that a new route cannot skip the walk.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter, person } from '../../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../../test/db/test-database.js';
import { signIn, workspaceApp, type SignedIn } from '../../../test/staff/workspace.js';
import { cliActor } from '../../domain/actor.js';
import type { Role } from '../../domain/permissions.js';
import { addPersonToCase } from '../../services/case-people-edit.js';
import { addEvent } from '../../services/case-events.js';
import { createCase } from '../../services/cases.js';
import { receiveSubmission } from '../../services/intake.js';
import { storeStaffFile } from '../../services/staff-files.js';
import { storeRecord } from '../../services/store-record.js';
import { insertUser } from '../../store/users.repo.js';
import { ONE_PIXEL_PNG } from '../intake/testing/sample-files.js';
import type { Workspace } from './workspace.js';

const ALL: Role[] = ['admin', 'officer', 'mandate-holder', 'viewer'];
const SECRETARIAT: Role[] = ['admin', 'officer'];
const ADMIN: Role[] = ['admin'];
/** Those who take part in a letter: the secretariat, and mandate holders for their own mandates. */
const DRAFTING: Role[] = ['admin', 'officer', 'mandate-holder'];

/** Routes anyone may reach: signing in, and the public form. */
const OPEN = new Set([
  'GET /submit', 'GET /submit/:lang', 'POST /submit/:lang',
  'GET /staff/login', 'POST /staff/login', 'GET /staff/second-factor', 'POST /staff/second-factor', 'POST /staff/logout',
]);

/** Route → the roles allowed. */
const EXPECTED: Record<string, Role[]> = {
  'GET /staff': ALL,
  'GET /staff/account': ALL,
  'POST /staff/account/password': ALL,
  'GET /staff/account/second-factor': ALL,
  'POST /staff/account/second-factor': ALL,
  'GET /staff/users': ADMIN,
  'GET /staff/users/new': ADMIN,
  'POST /staff/users/new': ADMIN,
  'GET /staff/users/:id': ADMIN,
  'GET /staff/settings/mandates': ADMIN,
  'POST /staff/settings/mandates': ADMIN,
  'POST /staff/users/:id/:change': ADMIN,
  'GET /staff/submissions': SECRETARIAT,
  'GET /staff/submissions/:id': SECRETARIAT,
  'POST /staff/submissions/:id/reject': SECRETARIAT,
  'POST /staff/submissions/:id/triage': SECRETARIAT,
  'GET /staff/files/:id': ALL,
  'GET /staff/cases': ALL,
  'POST /staff/cases': SECRETARIAT,
  'GET /staff/cases/:id': ALL,
  'POST /staff/cases/:id': SECRETARIAT,
  'POST /staff/cases/:id/events': SECRETARIAT,
  'POST /staff/cases/:id/events/:eventId': SECRETARIAT,
  'POST /staff/cases/:id/letters': SECRETARIAT,
  'POST /staff/cases/:id/letters/:communicationId/remove': SECRETARIAT,
  'POST /staff/cases/:id/documents': SECRETARIAT,
  'GET /staff/people/:id': ALL,
  'POST /staff/cases/:id/people': SECRETARIAT,
  'POST /staff/cases/:id/people/:personId': SECRETARIAT,
  'POST /staff/cases/:id/people/:personId/spellings': SECRETARIAT,
  'POST /staff/cases/:id/people/:personId/remove': SECRETARIAT,
  'POST /staff/people/:id/match': SECRETARIAT,
  'POST /staff/people/:id/keep-apart': SECRETARIAT,
  'POST /staff/people/merges/:mergeId/undo': SECRETARIAT,
  'POST /staff/cases/:id/organizations': SECRETARIAT,
  'POST /staff/cases/:id/organizations/:orgId/remove': SECRETARIAT,
  'GET /staff/search': ALL,
  'GET /staff/audit': ADMIN,
  'GET /staff/letters/:reference': ALL,
  'POST /staff/letters/:reference/replies': SECRETARIAT,
  'POST /staff/letters/:reference/passages': SECRETARIAT,
  'POST /staff/letters/:reference/passages/:passageId/remove': SECRETARIAT,
  'POST /staff/letters/:reference/follow-up': SECRETARIAT,
  'GET /staff/deadlines': ALL,
  'GET /staff/letters/:reference/letter.pdf': ALL,
  'GET /staff/letters/:reference/letter.docx': ALL,
  'GET /staff/drafts': DRAFTING,
  'GET /staff/cases/:id/drafts/new': SECRETARIAT,
  'POST /staff/cases/:id/drafts/new': SECRETARIAT,
  'GET /staff/drafts/:id': DRAFTING,
  'POST /staff/drafts/:id': SECRETARIAT,
  'POST /staff/drafts/:id/consultation': SECRETARIAT,
  'POST /staff/drafts/:id/mandates/:mandateId/join': DRAFTING,
  'POST /staff/drafts/:id/mandates/:mandateId/decline': DRAFTING,
  'POST /staff/drafts/:id/approve': DRAFTING,
  'POST /staff/drafts/:id/send': SECRETARIAT,
  'POST /staff/drafts/:id/sections/:sectionId': SECRETARIAT,
};

let t: TestDatabase;
let app: FastifyInstance;
let ws: Workspace;
const staff = new Map<Role, SignedIn>();
let ids: Record<string, string>;

beforeAll(async () => {
  t = await openTestDatabase();
  ({ app, ws } = await workspaceApp(t.db));
  for (const role of ALL) staff.set(role, await signIn(ws, role));
  const actor = cliActor('test');
  const letter = buildLetter({ reference: 'AL XAA 7/2024', persons: [person('Odile Brannock')] });
  const stored = await t.db.transaction((tx) => storeRecord(tx, letter, { sha256: 'p1', path: 'p1.md', format: 'markdown', pages: null, bytes: 1, kind: 'communication' }));
  await receiveSubmission(t.db, ws.cipher, {
    language: 'en', victims: [{ name: 'Odile Branock', otherNames: [], gender: null, role: 'journalist', consentToState: null, consentPublic: null }],
    perpetrators: '', summary: 'Threatened after an article.', place: 'Port Vella', countryCode: null, incidentDate: '2024',
    submitter: { name: 'Ansel Quist', organization: '', email: 'ansel@example.org', phone: '', relation: '' },
  }, []);
  const { caseId, personId, eventId, fileId } = await t.db.transaction(async (tx) => {
    const caseId = await createCase(tx, { title: 'Threats against Odile Brannock' }, actor);
    const { personId } = await addPersonToCase(tx, { caseId, name: 'Odile Brannock', otherNames: [], gender: null, roles: ['journalist'], affiliation: null, consentToState: null, consentPublic: null, sourceSubmissionId: null }, actor);
    const eventId = await addEvent(tx, ws.cipher, caseId, { year: '2024', description: 'Threatened by telephone', place: 'Port Vella' }, actor);
    const { id: fileId } = await storeStaffFile(tx, ws.cipher, { fileName: 'photo.png', bytes: ONE_PIXEL_PNG }, { caseId }, { actor });
    return { caseId, personId, eventId, fileId };
  });
  const submission = await t.db.query<{ id: string }>('select id::text from submissions limit 1');
  const other = await t.db.transaction((tx) => insertUser(tx, { email: 'someone.else@staff.example', displayName: 'Someone', role: 'viewer', passwordHash: 'x' }));
  ids = {
    ':id@users': String(other), ':change': 'unlock', ':id@submissions': submission.rows[0]!.id, ':id@files': String(fileId),
    ':id@cases': String(caseId), ':eventId': String(eventId), ':communicationId': String(stored.status === 'stored' ? stored.id : 0),
    ':personId': String(personId), ':id@people': String(personId), ':mergeId': '999999', ':orgId': '999999', ':reference': encodeURIComponent('AL XAA 7/2024'),
  };
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

/** The route's address with the seeded records' ids. */
function urlOf(route: string): string {
  const [, url] = route.split(' ') as [string, string];
  const section = url.split('/')[2] ?? '';
  return url.replace(/:[a-zA-Z]+/g, (param) => ids[`${param}@${section}`] ?? ids[param] ?? '1');
}

/** What a refused request must leave as it was. */
async function footprint(): Promise<string> {
  const { rows } = await t.db.query<{ f: string }>(
    `select concat_ws(',', (select count(*) from audit_log), (select count(*) from cases), (select count(*) from case_people), (select count(*) from case_events),
       (select count(*) from users where disabled_at is not null), (select string_agg(status, '') from submissions), (select count(*) from staff_files)) as f`,
  );
  return rows[0]!.f;
}

describe('permissions of every staff route', () => {
  it('lists every route the workspace registers', () => {
    const registered = app.workspaceRoutes.map((r) => `${r.method} ${r.url}`);
    const unlisted = registered.filter((r) => !OPEN.has(r) && !EXPECTED[r]);
    expect(unlisted).toEqual([]);
    expect(Object.keys(EXPECTED).filter((r) => !registered.includes(r))).toEqual([]);
  });

  for (const [route, allowed] of Object.entries(EXPECTED)) {
    it(`${route}: ${allowed.join(', ')} only`, async () => {
      const [method] = route.split(' ');
      // Refused roles first: the allowed ones may change what the route reads.
      for (const role of ALL.filter((r) => !allowed.includes(r))) {
        const s = staff.get(role)!;
        const before = await footprint();
        const res = await app.inject(method === 'GET' ? s.get(urlOf(route)) : s.post(urlOf(route), {}));
        expect(res.statusCode, `${role} on ${route}`).toBe(403);
        expect(res.body).toContain('may not');
        expect(await footprint(), `${role} on ${route} changed nothing`).toBe(before);
      }
      for (const role of allowed) {
        const s = staff.get(role)!;
        const res = await app.inject(method === 'GET' ? s.get(urlOf(route)) : s.post(urlOf(route), {}));
        expect(res.statusCode, `${role} on ${route}`).not.toBe(403);
        expect(res.headers.location ?? '', `${role} on ${route}`).not.toContain('/staff/login');
        expect(res.statusCode, `${role} on ${route}`).toBeLessThan(500);
      }
    });
  }

  it('sends anyone without a session to sign in, and refuses a change without the CSRF token, for every route', async () => {
    const officer = staff.get('officer')!;
    for (const route of Object.keys(EXPECTED)) {
      const [method] = route.split(' ');
      const anonymous = await app.inject({ method: method as 'GET' | 'POST', url: urlOf(route) });
      expect(anonymous.statusCode, route).toBe(303);
      expect(anonymous.headers.location, route).toMatch(/^\/staff\/login\?next=/);
      if (method !== 'POST') continue;
      const before = await footprint();
      const noToken = await app.inject({ method: 'POST', url: urlOf(route), headers: { cookie: officer.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'title=x' });
      expect(noToken.statusCode, route).toBe(403);
      expect(await footprint(), route).toBe(before);
    }
  });
});
