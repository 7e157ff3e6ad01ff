import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { CommunicationSchema, type Communication } from '../../domain/communication.js';
import { openData } from '../../services/public-export.js';
import { publishDue } from '../../services/publish.js';
import { storeRecord } from '../../services/store-record.js';
import { buildLetter, buildReply, person } from '../../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../../test/db/test-database.js';
import { buildPublicApp } from '../public-app.js';
import type { CommunicationList, ReplyList } from './communications.js';

const TODAY = '2025-06-01';
const ONE_MANDATE = [{ id: 'sr-freedom-of-expression', title: 'Special Rapporteur on freedom of opinion and expression' }];
let t: TestDatabase;
let app: FastifyInstance;
let n = 0;

async function store(record: Communication) {
  const sha256 = `sha-api-${++n}`;
  await t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256, path: `/archive/private/${n}.md`, format: 'markdown', pages: null, bytes: 100, kind: record.kind }),
  );
}

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
const enc = encodeURIComponent;

beforeAll(async () => {
  t = await openTestDatabase();
  await store(buildLetter({
    reference: 'AL XAA 1/2025', date: '2025-01-10', title: 'detention of a defender in Aldovia',
    persons: [person('Ilona Varga')], text: 'Excellency,\n\nMs. **Ilona Varga** was detained after a peaceful vigil.',
  }));
  await store(buildReply('AL XAA 1/2025', { date: '2025-02-20', text: 'The Government rejects the allegations.' }));
  await store(buildLetter({
    reference: 'UA XAB 3/2025', date: '2025-02-02', language: 'fr', joint: false, mandates: ONE_MANDATE,
    title: 'arrestation de "Nadia Orlova", journaliste, à Berel', persons: [person('Nadia Orlova')],
    text: 'Excellence,\n\nMme **Nadia Orlova**, journaliste, a été arrêtée à Berel.',
  }));
  await store(buildLetter({
    reference: 'OL XAC 2/2024', date: '2024-11-05', title: '=HYPERLINK("http://evil.example","draft law on associations")',
    persons: [person('@Petra Kolar')], text: 'Excellency,\n\nThe draft law on associations would restrict their registration.',
  }));
  // Not public yet on TODAY.
  await store(buildLetter({
    reference: 'UA XAB 2/2025', date: '2025-05-12', title: 'secret relocation of a witness',
    persons: [person('Tomasz Hidden')], text: 'Excellency,\n\nMr. **Tomasz Hidden** hides in the northern valley.',
  }));
  await publishDue(t.db, { asOf: TODAY });
  app = await buildPublicApp(t.db);
});

afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

const references = (body: CommunicationList) => body.items.map((i) => i.reference?.text);

describe('GET /api/v1/communications', () => {
  it('lists published records, newest first, each a valid interchange record', async () => {
    const res = await get('/api/v1/communications');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json() as CommunicationList;
    expect(body.total).toBe(3);
    expect(references(body)).toEqual(['UA XAB 3/2025', 'AL XAA 1/2025', 'OL XAC 2/2024']);
    for (const item of body.items) expect(() => CommunicationSchema.strict().parse(item)).not.toThrow();
    expect(res.body).not.toContain('/archive/private');
    expect(body.links).toMatchObject({ self: '/api/v1/communications', next: null, prev: null, jsonl: '/api/v1/export.jsonl' });
    expect(body.facets.state.map((f) => f.value).sort()).toEqual(['XAA', 'XAB', 'XAC']);
  });

  it.each([
    ['state=XAA', ['AL XAA 1/2025']],
    ['state=xab,XAC', ['UA XAB 3/2025', 'OL XAC 2/2024']],
    ['state=XAB&state=XAC', ['UA XAB 3/2025', 'OL XAC 2/2024']],
    ['type=OL', ['OL XAC 2/2024']],
    ['joint=no', ['UA XAB 3/2025']],
    ['joint=yes', ['AL XAA 1/2025', 'OL XAC 2/2024']],
    ['year=2024', ['OL XAC 2/2024']],
    ['reply=yes', ['AL XAA 1/2025']],
    ['reply=no', ['UA XAB 3/2025', 'OL XAC 2/2024']],
    ['lang=fr', ['UA XAB 3/2025']],
    ['mandate=sr-freedom-of-expression', ['UA XAB 3/2025']],
    ['sort=oldest', ['OL XAC 2/2024', 'AL XAA 1/2025', 'UA XAB 3/2025']],
    ['q=Orlova', ['UA XAB 3/2025']],
    ['q=associations', ['OL XAC 2/2024']],
    ['q=valley', []],
  ])('filters as the pages do: %s', async (query, expected) => {
    const res = await get(`/api/v1/communications?${query}`);
    expect(res.statusCode).toBe(200);
    expect(references(res.json() as CommunicationList)).toEqual(expected);
  });

  it('pages with page and limit, and links the neighbours', async () => {
    const body = (await get('/api/v1/communications?limit=1&page=2')).json() as CommunicationList;
    expect(body).toMatchObject({ total: 3, page: 2, limit: 1 });
    expect(references(body)).toEqual(['AL XAA 1/2025']);
    expect(body.links.next).toBe('/api/v1/communications?limit=1&page=3');
    expect(body.links.prev).toBe('/api/v1/communications?limit=1');
  });

  it('keeps the order of the search', async () => {
    const body = (await get('/api/v1/communications?q=detention+or+draft+or+journaliste')).json() as CommunicationList;
    const search = await openData(t.db).search(searchOf('detention or draft or journaliste'));
    expect(search.items.length).toBeGreaterThan(1);
    expect(references(body)).toEqual(search.items.map((h) => h.reference));
  });
});

const searchOf = (text: string) => ({
  text, filters: { state: [], mandate: [], type: [], joint: null, year: [], reply: null, lang: [] }, sort: 'relevance' as const, page: 1, pageSize: 20,
});

describe('GET /api/v1/communications/{reference}', () => {
  it('answers the record with its text, under the reference as printed and looser forms', async () => {
    for (const ref of [enc('AL XAA 1/2025'), 'AL-XAA-1-2025', enc('XAA 1/2025'), enc('al xaa 1/2025')]) {
      const res = await get(`/api/v1/communications/${ref}`);
      expect(res.statusCode, ref).toBe(200);
      const record = CommunicationSchema.strict().parse(res.json());
      expect(record.reference?.text).toBe('AL XAA 1/2025');
      expect(record.text).toContain('peaceful vigil');
      expect(res.headers.link).toBe(`</api/v1/communications/${enc('AL XAA 1/2025')}/replies>; rel="replies"`);
    }
  });

  it('answers its replies as records', async () => {
    const body = (await get(`/api/v1/communications/${enc('AL XAA 1/2025')}/replies`)).json() as ReplyList;
    expect(body.total).toBe(1);
    const reply = CommunicationSchema.strict().parse(body.items[0]);
    expect(reply.kind).toBe('reply');
    expect(reply.text).toContain('rejects the allegations');
  });

  it('answers an unpublished letter byte for byte as one that does not exist', async () => {
    for (const suffix of ['', '/replies']) {
      const hidden = await get(`/api/v1/communications/${enc('UA XAB 2/2025')}${suffix}`);
      const missing = await get(`/api/v1/communications/${enc('UA XAB 99/2025')}${suffix}`);
      const garbage = await get(`/api/v1/communications/not-a-reference${suffix}`);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.body).toBe(missing.body);
      expect(hidden.body).toBe(garbage.body);
      expect(hidden.headers).toMatchObject({ 'cache-control': missing.headers['cache-control'], 'content-length': missing.headers['content-length'] });
      expect(hidden.json()).toEqual({ error: 'not_found', message: 'There is no published communication with this reference.' });
    }
  });
});

describe('errors', () => {
  it.each([
    ['state=X1', 'state'],
    ['mandate=Not%20A%20Mandate', 'mandate'],
    ['type=XX', 'type'],
    ['joint=maybe', 'joint'],
    ['year=1850', 'year'],
    ['reply=perhaps', 'reply'],
    ['lang=eng', 'lang'],
    ['sort=best', 'sort'],
    ['page=0', 'page'],
    ['limit=1000', 'limit'],
    ['limit=ten', 'limit'],
    [`q=${'a'.repeat(201)}`, 'q'],
    ['q=a&q=b', 'q'],
    ['offset=20', 'offset'],
  ])('400 naming the parameter: %s', async (query, name) => {
    const res = await get(`/api/v1/communications?${query}`);
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: string; message: string };
    expect(body.error).toBe('bad_parameter');
    expect(body.message).toContain(`"${name}"`);
    expect(Object.keys(body)).toEqual(['error', 'message']);
    expect(res.body).not.toMatch(/\n\s+at |\.ts:\d/);
  });

  it('400 for a parameter a route does not take, and for exports for page', async () => {
    expect((await get(`/api/v1/communications/${enc('AL XAA 1/2025')}?page=2`)).statusCode).toBe(400);
    const exp = await get('/api/v1/export.csv?page=2');
    expect(exp.statusCode).toBe(400);
    expect(exp.json().message).toContain('"page"');
  });

  it('400 as JSON for a URL the router cannot decode', async () => {
    const res = await get('/api/v1/communications/%E0%A4%A');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json() as object)).toEqual(['error', 'message']);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('404 for an unknown route, 405 for a write, 406 for an Accept it cannot meet', async () => {
    const none = await get('/api/v1/letters');
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ error: 'not_found' });
    const post = await app.inject({ method: 'POST', url: '/api/v1/communications', payload: {} });
    expect(post.statusCode).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(post.json()).toMatchObject({ error: 'method_not_allowed' });
    const html = await get('/api/v1/communications', { accept: 'text/html' });
    expect(html.statusCode).toBe(406);
    expect(html.json()).toMatchObject({ error: 'not_acceptable' });
    expect((await get('/api/v1/communications', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' })).statusCode).toBe(200);
    expect((await get('/api/v1/export.csv', { accept: 'text/csv' })).statusCode).toBe(200);
  });
});

describe('HTTP conventions', () => {
  it('answers 304 to a matching If-None-Match and a new body to a stale one', async () => {
    const url = `/api/v1/communications/${enc('AL XAA 1/2025')}`;
    const first = await get(url);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const again = await get(url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await get(url, { 'if-none-match': 'W/"stale"' })).statusCode).toBe(200);
    const list = await get('/api/v1/communications');
    expect((await get('/api/v1/communications', { 'if-none-match': list.headers.etag as string })).statusCode).toBe(304);
  });

  it('opens CORS to any origin, on answers, errors and preflights', async () => {
    for (const url of ['/api/v1/communications', '/api/v1/communications?state=1', `/api/v1/communications/${enc('UA XAB 2/2025')}`, '/api/openapi.json', '/api/v1/export.jsonl']) {
      expect((await get(url, { origin: 'https://elsewhere.example' })).headers['access-control-allow-origin'], url).toBe('*');
    }
    const pre = await app.inject({
      method: 'OPTIONS', url: '/api/v1/communications',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-methods']).toContain('GET');
    expect(pre.headers['access-control-allow-headers']).toBe('if-none-match');
  });
});

describe('exports', () => {
  it('exports the whole archive as JSON lines, with texts, without the unpublished letter', async () => {
    const res = await get('/api/v1/export.jsonl');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="rapporteur-archive-\d{4}-\d{2}-\d{2}\.jsonl"$/);
    expect(res.headers['x-total-count']).toBe('3');
    const lines = res.body.trimEnd().split('\n');
    const records = lines.map((l) => CommunicationSchema.strict().parse(JSON.parse(l)));
    expect(records.map((r) => r.reference?.text)).toEqual(['UA XAB 3/2025', 'AL XAA 1/2025', 'OL XAC 2/2024']);
    expect(records[1]!.text).toContain('peaceful vigil');
    expect(res.body).not.toContain('XAB 2/2025');
    expect(res.body).not.toContain('Hidden');
    expect(res.body).not.toContain('/archive/private');
  });

  it('exports a search with its filters and order', async () => {
    const res = await get('/api/v1/export.jsonl?state=XAA&state=XAC&sort=oldest');
    expect(res.headers['content-disposition']).toContain('rapporteur-search-');
    expect(res.body.trimEnd().split('\n').map((l) => JSON.parse(l).reference.text)).toEqual(['OL XAC 2/2024', 'AL XAA 1/2025']);
    const words = await get('/api/v1/export.jsonl?q=Orlova');
    expect(words.body.trimEnd().split('\n').map((l) => JSON.parse(l).reference.text)).toEqual(['UA XAB 3/2025']);
  });

  it('exports CSV with RFC 4180 quoting and no formula a spreadsheet would run', async () => {
    const res = await get('/api/v1/export.csv', { host: 'rapporteur.example' });
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows = res.body.split('\r\n');
    expect(rows[0]).toBe('reference,date,type,recipient_code,recipient_name,joint,mandate_ids,mandates,title,language,reply_count,first_reply_date,persons,url');
    expect(rows).toHaveLength(5); // header, 3 letters, the empty string after the last CRLF
    expect(rows[1]).toBe(
      'UA XAB 3/2025,2025-02-02,UA,XAB,Republic of XAB,no,sr-freedom-of-expression,Special Rapporteur on freedom of opinion and expression,' +
        '"arrestation de ""Nadia Orlova"", journaliste, à Berel",fr,0,,Nadia Orlova,http://rapporteur.example/letters/UA%20XAB%203%2F2025',
    );
    expect(rows[2]).toContain(',en,1,2025-02-20,Ilona Varga,');
    expect(rows[2]).toContain('sr-human-rights-defenders,Special Rapporteur on the situation of human rights defenders;Working Group on invented detention,');
    expect(rows[3]).toContain(`,"'=HYPERLINK(""http://evil.example"",""draft law on associations"")",`);
    expect(rows[3]).toContain(`,'@Petra Kolar,`);
    expect(res.body).not.toContain('XAB 2/2025');
  });
});
