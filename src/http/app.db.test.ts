import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Communication } from '../domain/communication.js';
import { storeRecord } from '../services/store-record.js';
import { buildLetter, buildReply, person } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { publishDue } from '../services/publish.js';
import { buildPublicApp } from './public-app.js';

const TODAY = '2025-06-01';
const HRD = { id: 'sr-human-rights-defenders', title: 'Special Rapporteur on the situation of human rights defenders' };
const TORTURE = { id: 'sr-torture', title: 'Special Rapporteur on torture' };
let t: TestDatabase;
let app: FastifyInstance;
let n = 0;

async function store(record: Communication) {
  const sha256 = `sha-${++n}`;
  await t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256, path: `/archive/private/${n}.md`, format: 'markdown', pages: null, bytes: 100, kind: record.kind, content: Buffer.from(record.text ?? '', 'utf8') }),
  );
}

async function personId(name: string): Promise<string> {
  const { rows } = await t.db.query<{ id: string }>('select person_id::text as id from person_names where name = $1', [name]);
  return rows[0]!.id;
}

const get = (url: string) => app.inject(url);
const letterUrl = (ref: string) => `/letters/${encodeURIComponent(ref)}`;

beforeAll(async () => {
  t = await openTestDatabase();
  // Published: dated well over 60 days before "today".
  await store(buildLetter({
    reference: 'AL XAA 1/2025', date: '2025-01-10', title: 'detention of <script>alert(1)</script> a defender', mandates: [HRD],
    persons: [person('Ilona Varga', ['Ilona Warga'])], text: 'Excellency,\n\nMs. **Ilona Varga** was detained in Aldovia city.',
    relatedCommunications: [{ reference: 'AL XAA 3/2024', date: '2024-04-02' }],
    source: { file: '/archive/private/1.md', sha256: null, format: 'markdown', pages: null },
  }));
  await store(buildReply('AL XAA 1/2025', { date: '2025-02-20', text: 'The Government rejects the allegations.' }));
  await store(buildLetter({ reference: 'AL XAA 3/2024', date: '2024-04-02', mandates: [HRD], persons: [person('Ilona Varga')] }));
  // Not yet public: dated 20 days before "today", with a person and a mandate named nowhere else.
  await store(buildLetter({
    reference: 'UA XAB 2/2025', date: '2025-05-12', title: 'secret relocation of a witness', mandates: [HRD, TORTURE],
    persons: [person('Tomasz Hidden')], text: 'Excellency,\n\nMr. **Tomasz Hidden** hides in the northern valley.',
    relatedCommunications: [{ reference: 'AL XAA 1/2025', date: '2025-01-10' }],
  }));
  await publishDue(t.db, { asOf: TODAY });
  app = await buildPublicApp(t.db);
});

afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

describe('home', () => {
  it('has a search box, the counts of what is published and the latest letters', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<label for="q">Search letters<\/label>/);
    expect(res.body).toMatch(/<strong>2<\/strong> letters/);
    expect(res.body).toMatch(/<strong>1<\/strong> replies/);
    expect(res.body).toMatch(/<strong>1<\/strong> States and other recipients/);
    expect(res.body).toMatch(/<strong>1<\/strong> mandates/);
    expect(res.body).toMatch(/<strong>1<\/strong> people named/);
    expect(res.body).toContain(`href="${letterUrl('AL XAA 1/2025')}"`);
    expect(res.body).not.toContain('XAB 2/2025');
    expect(res.body.length).toBeLessThan(100_000);
  });
});

describe('search', () => {
  it('answers a search page, and a 400 page naming the parameter that is wrong', async () => {
    expect((await get('/search?q=detention&state=XAA&sort=oldest')).statusCode).toBe(200);
    const bad = await get('/search?year=soon');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('query parameter &quot;year&quot; is a year, not &quot;soon&quot;');
  });

  it('sends the old list address to the search with its parameters', async () => {
    const res = await get('/letters?q=eviction&page=2');
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/search?q=eviction&page=2');
  });
});

describe('letter page', () => {
  it('shows a letter with its text, its reply, links to its recipient, mandate, person, JSON and file, and escapes markup', async () => {
    const res = await get(letterUrl('AL XAA 1/2025'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<strong>Ilona Varga</strong>');
    expect(res.body).toContain('The Government rejects the allegations.');
    expect(res.body).toContain('20 February 2025');
    expect(res.body).toContain('href="/states/XAA">Republic of Aldovia</a>');
    expect(res.body).toContain(`href="/mandates/${HRD.id}"`);
    expect(res.body).toContain(`href="/people/${await personId('Ilona Varga')}">Ilona Varga</a>`);
    expect(res.body).toContain('href="/api/v1/communications/AL%20XAA%201%2F2025"');
    expect(res.body).toContain('href="/letters/AL%20XAA%201%2F2025/original"');
    expect(res.body).toContain(`href="${letterUrl('AL XAA 3/2024')}"`);
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).not.toContain('/archive/private');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('sends a reference or a code typed otherwise to the one address of its page', async () => {
    const res = await get(`/letters/${encodeURIComponent('xaa 1/2025')}`);
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(letterUrl('AL XAA 1/2025'));
    expect((await get('/states/xaa?page=2')).headers.location).toBe('/states/XAA?page=2');
  });

  it('lists the letters citing it, leaving out those not yet published', async () => {
    const cited = await get(letterUrl('AL XAA 3/2024'));
    expect(cited.body).toContain('Cited by');
    expect(cited.body).toContain(`href="${letterUrl('AL XAA 1/2025')}"`);
    expect((await get(letterUrl('AL XAA 1/2025'))).body).not.toContain('XAB 2/2025');
  });
});

describe('State, mandate and person pages', () => {
  it('shows a State with its reply rate, letters awaiting a reply and a chart of letters per year', async () => {
    const res = await get('/states/XAA');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Republic of Aldovia</h1>');
    expect(res.body).toContain('a reply rate of <strong>50%</strong>');
    expect(res.body).toContain('Awaiting a reply (1)');
    expect(res.body).toContain('<svg');
    expect(res.body).toMatch(/<th scope="row">2024<\/th><td>1<\/td><td>0<\/td><td>1<\/td>/);
  });

  it('shows a mandate with its holders and its letters', async () => {
    const res = await get(`/mandates/${HRD.id}`);
    expect(res.body).toContain(`<h1>${HRD.title}</h1>`);
    expect(res.body).toContain('Mary Lawlor');
    expect(res.body).toContain(`href="${letterUrl('AL XAA 3/2024')}"`);
  });

  it('shows a person with both spellings and their letters by year', async () => {
    const res = await get(`/people/${await personId('Ilona Varga')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Ilona Varga</h1>');
    expect(res.body).toContain('Ilona Warga');
    expect(res.body.indexOf('<h3>2024</h3>')).toBeLessThan(res.body.indexOf('<h3>2025</h3>'));
  });

  it('finds a person by a variant spelling', async () => {
    const res = await get('/people?q=Warga');
    expect(res.body).toContain(`href="/people/${await personId('Ilona Varga')}">Ilona Varga</a>`);
  });

  it('lists States and mandates', async () => {
    expect((await get('/states')).body).toContain('href="/states/XAA"');
    expect((await get('/mandates')).body).toContain(`href="/mandates/${HRD.id}"`);
  });
});

describe('what is not yet public', () => {
  it('answers an unpublished letter exactly as a letter that does not exist', async () => {
    const hidden = await get(letterUrl('UA XAB 2/2025'));
    const missing = await get(letterUrl('UA XAB 99/2025'));
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
    const apiHidden = await get(`/api/v1/communications/${encodeURIComponent('UA XAB 2/2025')}`);
    const apiMissing = await get(`/api/v1/communications/${encodeURIComponent('UA XAB 99/2025')}`);
    expect(apiHidden.statusCode).toBe(404);
    expect(apiHidden.body).toBe(apiMissing.body);
  });

  it('gives every not-found page the same body, whatever was looked for', async () => {
    const bodies = await Promise.all(
      [letterUrl('UA XAB 2/2025'), '/states/XZZ', '/mandates/no-such-mandate', `/people/${await personId('Tomasz Hidden')}`, '/people/999999', '/no/such/page']
        .map(async (url) => {
          const res = await get(url);
          expect(res.statusCode, url).toBe(404);
          return res.body;
        }),
    );
    expect(new Set(bodies).size).toBe(1);
  });

  it('reaches no State count, mandate page, person search or citation', async () => {
    const xab = await get('/states/XAB');
    expect(xab.statusCode).toBe(200);
    expect(xab.body).toContain('No letter to Borelia has been published.');
    expect(xab.body).not.toContain('XAB 2/2025');
    const torture = await get(`/mandates/${TORTURE.id}`);
    expect(torture.body).toContain('No letter of this mandate has been published.');
    expect((await get('/states')).body).not.toContain('/states/XAB');
    expect((await get('/people?q=Tomasz+Hidden')).body).toContain('No one in the published letters has a name like');
    expect((await get('/search?q=Hidden')).body).not.toContain('XAB 2/2025');
  });
});
