/**
 * Every public door, walked with one letter not yet public: no page, API answer, export or count
 * may show its reference, its words, the person it names, or count it. A door whose URL carries
 * one of those secrets (a search for its words, its reference) is compared with its twin: the same
 * URL with a made-up token of the same shape in place of each secret. Once each secret in the
 * answer is replaced by its token, the two answers must be the same bytes, so an echo of what was
 * typed is allowed and anything more is a leak.
 *
 * To add a door, add a line to PAGE_DOORS or API_DOORS.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Communication } from '../src/domain/communication.js';
import { buildPublicApp } from '../src/http/public-app.js';
import { publishDue } from '../src/services/publish.js';
import { storeRecord } from '../src/services/store-record.js';
import { buildLetter, person } from './db/build-letter.js';
import { openTestDatabase, type TestDatabase } from './db/test-database.js';

const TODAY = '2025-06-01';
const HIDDEN_REFERENCE = 'UA XAL 9173/2025';
const HIDDEN_MANDATE = 'ie-albinism';
/** Each secret of the hidden letter, and the made-up token its twin URL uses instead. */
const SECRETS: Record<string, string> = {
  Zorblatt: 'Xqwvmpkt',
  quindecagon: 'plorbfenzik',
  Vesna: 'Yxena',
  Quorthalune: 'Kradvelnoth',
  9173: '9174',
};
const PUBLISHED_LETTERS = 2;

interface Door {
  url: string;
  /** The same URL with each secret it carries replaced by its token; omitted when it carries none. */
  twin?: string;
}

const twinOf = (url: string): string => Object.entries(SECRETS).reduce((u, [secret, token]) => u.replaceAll(secret, token), url);
const withTwin = (url: string): Door => ({ url, twin: twinOf(url) });
const enc = encodeURIComponent;

let t: TestDatabase;
let app: FastifyInstance;
let hiddenPersonId = 0;
let sharedPersonId = 0;
let nobodyId = 0;

const PAGE_DOORS = (): Door[] => [
  { url: '/' },
  { url: '/letters' },
  withTwin('/search?q=Zorblatt+quindecagon'),
  withTwin('/search?q=Vesna+Quorthalune'),
  withTwin(`/search?q=${enc(HIDDEN_REFERENCE)}`),
  withTwin('/search?q=XAL+9173%2F2025'),
  { url: '/search?state=XAL' },
  { url: `/search?mandate=${HIDDEN_MANDATE}` },
  withTwin(`/letters/${enc(HIDDEN_REFERENCE)}`),
  withTwin(`/letters/${enc('XAL 9173/2025')}`),
  withTwin(`/letters/${enc(HIDDEN_REFERENCE)}/original`),
  { url: `/letters/${enc('AL XAA 1/2025')}` },
  { url: '/states' },
  { url: '/states/XAL' },
  { url: '/mandates' },
  { url: `/mandates/${HIDDEN_MANDATE}` },
  withTwin('/people?q=Vesna+Quorthalune'),
  { url: `/people/${hiddenPersonId}`, twin: `/people/${nobodyId}` },
  { url: `/people/${sharedPersonId}` },
];

const API_DOORS = (): Door[] => [
  { url: '/api/v1/communications' },
  withTwin('/api/v1/communications?q=Zorblatt+quindecagon'),
  withTwin('/api/v1/communications?q=Vesna+Quorthalune'),
  withTwin(`/api/v1/communications?q=${enc(HIDDEN_REFERENCE)}`),
  { url: '/api/v1/communications?state=XAL' },
  { url: `/api/v1/communications?mandate=${HIDDEN_MANDATE}` },
  { url: '/api/v1/communications?year=2025&limit=100' },
  withTwin(`/api/v1/communications/${enc(HIDDEN_REFERENCE)}`),
  withTwin(`/api/v1/communications/${enc(HIDDEN_REFERENCE)}/replies`),
  withTwin('/api/v1/communications/UA-XAL-9173-2025'),
  withTwin(`/api/v1/communications/${enc('XAL 9173/2025')}`),
  { url: `/api/v1/communications/${enc('AL XAA 1/2025')}` },
  { url: `/api/v1/communications/${enc('AL XAA 1/2025')}/replies` },
  { url: '/api/v1/states' },
  { url: '/api/v1/states/XAL' },
  { url: '/api/v1/mandates' },
  { url: `/api/v1/mandates/${HIDDEN_MANDATE}` },
  withTwin('/api/v1/people?q=Vesna+Quorthalune'),
  { url: `/api/v1/people/${hiddenPersonId}`, twin: `/api/v1/people/${nobodyId}` },
  { url: `/api/v1/people/${sharedPersonId}` },
  { url: '/api/v1/export.jsonl' },
  { url: '/api/v1/export.csv' },
  withTwin('/api/v1/export.jsonl?q=Zorblatt'),
  withTwin('/api/v1/export.csv?q=Vesna+Quorthalune'),
  { url: '/api/v1/export.csv?state=XAL' },
  { url: '/api/openapi.json' },
];

async function store(record: Communication, n: number) {
  await t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256: `sha-doors-${n}`, path: `/archive/private/doors-${n}.md`, format: 'markdown', pages: null, bytes: 100, kind: record.kind }),
  );
}

async function personId(name: string): Promise<number> {
  const { rows } = await t.db.query<{ id: string }>(
    `select coalesce(p.merged_into, p.id)::text as id from person_names n join persons p on p.id = n.person_id where n.name = $1 limit 1`,
    [name],
  );
  return Number(rows[0]!.id);
}

beforeAll(async () => {
  t = await openTestDatabase();
  await store(buildLetter({
    reference: 'AL XAA 1/2025', date: '2025-01-10', title: 'detention of a defender',
    persons: [person('Ilona Varga')], text: 'Excellency,\n\nMs. **Ilona Varga** was detained after a vigil.',
  }), 1);
  await store(buildLetter({
    reference: 'UA XAB 3/2025', date: '2025-02-02', title: 'travel ban on a defender',
    persons: [person('Ilona Varga')], text: 'Excellency,\n\nMs. **Ilona Varga** may not leave the country.',
  }), 2);
  // Not public on TODAY (dated 20 days before): to a State with no other letter, from a mandate
  // that signed no other, naming a person named nowhere else and one named in public letters.
  await store(buildLetter({
    reference: HIDDEN_REFERENCE, date: '2025-05-12', title: 'Zorblatt quindecagon relocation',
    mandates: [{ id: HIDDEN_MANDATE, title: 'Independent Expert on the enjoyment of human rights by persons with albinism' }],
    persons: [person('Vesna Quorthalune'), person('Ilona Varga', [], 'mentioned')],
    text: 'Excellency,\n\nMs. **Vesna Quorthalune** hides near the Zorblatt quindecagon.',
    relatedCommunications: [{ reference: 'AL XAA 1/2025', date: '2025-01-10' }],
  }), 3);
  await publishDue(t.db, { asOf: TODAY });
  hiddenPersonId = await personId('Vesna Quorthalune');
  sharedPersonId = await personId('Ilona Varga');
  const { rows } = await t.db.query<{ n: string }>('select (max(id) + 1000)::text as n from persons');
  nobodyId = Number(rows[0]!.n);
  app = await buildPublicApp(t.db);
});

afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

const hide = (body: string) => Object.entries(SECRETS).reduce((b, [secret, token]) => b.replaceAll(secret, token), body);
const leaks = (body: string) => Object.keys(SECRETS).filter((s) => body.includes(s));

async function walk(door: Door): Promise<LightMyRequestResponse> {
  const res = await app.inject({ method: 'GET', url: door.url });
  expect(res.statusCode, door.url).toBeLessThan(500);
  if (door.twin) {
    const twin = await app.inject({ method: 'GET', url: door.twin });
    expect(res.statusCode, door.url).toBe(twin.statusCode);
    expect(hide(res.body), door.url).toBe(twin.body);
  } else {
    expect(leaks(res.body), door.url).toEqual([]);
  }
  return res;
}

describe('the public doors, with a letter not yet public', () => {
  it('the hidden letter exists and its persons were stored', () => {
    expect(hiddenPersonId).toBeGreaterThan(0);
    expect(sharedPersonId).toBeGreaterThan(0);
  });

  it.each(['pages', 'api'] as const)('no %s door shows it', async (kind) => {
    // The doors are listed after setup, when the person ids are known.
    for (const door of kind === 'pages' ? PAGE_DOORS() : API_DOORS()) await walk(door);
  });

  it('no count includes it', async () => {
    const list = (await app.inject('/api/v1/communications')).json() as { total: number; facets: Record<string, Array<{ value: string; count: number }>> };
    expect(list.total).toBe(PUBLISHED_LETTERS);
    expect(list.facets.state!.map((f) => f.value)).not.toContain('XAL');
    expect(list.facets.mandate!.map((f) => f.value)).not.toContain(HIDDEN_MANDATE);
    expect(list.facets.year!.find((f) => f.value === '2025')?.count).toBe(PUBLISHED_LETTERS);

    for (const url of ['/api/v1/export.jsonl', '/api/v1/export.csv']) {
      expect((await app.inject(url)).headers['x-total-count']).toBe(String(PUBLISHED_LETTERS));
    }
    expect((await app.inject('/api/v1/export.jsonl?state=XAL')).headers['x-total-count']).toBe('0');

    const states = (await app.inject('/api/v1/states')).json() as { items: Array<{ code: string }> };
    expect(states.items.map((s) => s.code)).not.toContain('XAL');
    const xal = await app.inject('/api/v1/states/XAL');
    if (xal.statusCode === 200) expect((xal.json() as { letters: { total: number } }).letters.total).toBe(0);

    const mandates = (await app.inject('/api/v1/mandates')).json() as { items: Array<{ id: string; letters: number }> };
    expect(mandates.items.find((m) => m.id === HIDDEN_MANDATE)?.letters ?? 0).toBe(0);
    const mandate = await app.inject(`/api/v1/mandates/${HIDDEN_MANDATE}`);
    if (mandate.statusCode === 200) expect((mandate.json() as { letters: { total: number } }).letters.total).toBe(0);

    const shared = (await app.inject(`/api/v1/people/${sharedPersonId}`)).json() as { timeline: Array<{ letters: unknown[] }> };
    expect(shared.timeline.flatMap((y) => y.letters)).toHaveLength(PUBLISHED_LETTERS);
    const people = (await app.inject('/api/v1/people?q=Ilona+Varga')).json() as { items: Array<{ id: number; letters: number }> };
    expect(people.items.find((p) => p.id === sharedPersonId)?.letters).toBe(PUBLISHED_LETTERS);
  });
});
