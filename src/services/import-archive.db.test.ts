import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { RapError } from '../domain/errors.js';
import { buildLetter, buildReply, person } from '../../test/db/build-letter.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { citationsFrom, citationsTo, findCommunicationForReference, listCommunications } from '../store/communications.repo.js';
import { entitiesOfCommunication } from '../store/people.repo.js';
import { repliesOf } from '../store/replies.repo.js';
import { extractFile } from './extract-file.js';
import { importArchive, type ExtractFile } from './import-archive.js';

let t: TestDatabase;
let dir: string;
let fakeRecords: Map<string, Communication>;
const fakeExtract: ExtractFile = async (path) => {
  const r = fakeRecords.get(path);
  if (!r) throw new RapError('RAP_ERR_PDF_BROKEN', 'truncated');
  return { record: r };
};

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rap-import-'));
  fakeRecords = new Map();
  await clearData(t.db);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeRecord(name: string, record: unknown): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, JSON.stringify(record));
  return p;
}
const run = (paths: string[], options = {}) => importArchive({ db: t.db, extractFile: fakeExtract }, paths, options);
const letter = async (ref: string) => (await findCommunicationForReference(t.db, ref, ref.slice(3)))!;

describe('import', () => {
  it('stores letters from a folder, recursively, and changes nothing on a second run', async () => {
    writeRecord('a.json', buildLetter({ reference: 'AL XAA 1/2024' }));
    writeRecord('sub/b.json', buildLetter({ reference: 'UA XAB 2/2024', date: '2024-04-01' }));
    const first = await run([dir]);
    expect(first.imported).toBe(2);
    expect(first.failed).toEqual([]);
    const again = await run([dir]);
    expect(again.imported).toBe(0);
    expect(again.unchanged).toBe(2);
    const { rows, total } = await listCommunications(t.db, { limit: 10, offset: 0 });
    expect(total).toBe(2);
    expect(rows.map((r) => r.reference_text)).toEqual(['UA XAB 2/2024', 'AL XAA 1/2024']);
    const a = await letter('AL XAA 1/2024');
    expect(a.publication_date).toBe('2024-05-17');
    expect(a.record?.mandates).toHaveLength(2);
    expect(a.body).toContain('arbitrary detention');
    expect(a.record?.source?.file).toBe(join(dir, 'a.json'));
  });

  it('keeps a cited letter as a placeholder and fills it in when it arrives, citations linked both ways', async () => {
    writeRecord('later.json', buildLetter({
      reference: 'AL XAC 2/2024',
      date: '2024-08-20',
      relatedCommunications: [{ reference: 'AL XAA 1/2024', date: '2024-03-18' }],
    }));
    const first = await run([join(dir, 'later.json')]);
    expect(first.placeholdersCreated).toBe(1);
    expect((await letter('AL XAA 1/2024')).status).toBe('placeholder');

    writeRecord('earlier.json', buildLetter({ reference: 'AL XAA 1/2024' }));
    const second = await run([join(dir, 'earlier.json')]);
    expect(second.placeholdersFilled).toBe(1);
    const earlier = await letter('AL XAA 1/2024');
    expect(earlier.status).toBe('imported');
    expect((await citationsTo(t.db, earlier.id)).map((c) => c.reference_text)).toEqual(['AL XAC 2/2024']);
    const later = await letter('AL XAC 2/2024');
    expect((await citationsFrom(t.db, later.id)).map((c) => [c.reference_text, c.status])).toEqual([['AL XAA 1/2024', 'imported']]);
  });

  it('keeps a letter cited without its type as a placeholder under its key, filled in by the letter of any type', async () => {
    writeRecord('later.json', buildLetter({ reference: 'AL XAC 3/2024', relatedCommunications: [{ reference: 'XAA 5/2023', date: null }] }));
    const first = await run([join(dir, 'later.json')]);
    expect(first.placeholdersCreated).toBe(1);
    const placeholder = (await findCommunicationForReference(t.db, 'XAA 5/2023', 'XAA 5/2023'))!;
    expect([placeholder.status, placeholder.reference_type]).toEqual(['placeholder', null]);

    writeRecord('earlier.json', buildLetter({ reference: 'UA XAA 5/2023', date: '2023-06-01' }));
    expect((await run([join(dir, 'earlier.json')])).placeholdersFilled).toBe(1);
    const earlier = (await findCommunicationForReference(t.db, 'UA XAA 5/2023', 'XAA 5/2023'))!;
    expect([earlier.id, earlier.status, earlier.reference_text]).toEqual([placeholder.id, 'imported', 'UA XAA 5/2023']);
    expect((await citationsTo(t.db, earlier.id)).map((c) => c.reference_text)).toEqual(['AL XAC 3/2024']);
  });

  it('attaches a reply to its letter, even when the reply comes first', async () => {
    writeRecord('1-reply.json', buildReply('AL XAD 3/2023'));
    writeRecord('2-letter.json', buildLetter({ reference: 'AL XAD 3/2023', date: '2023-12-01' }));
    const s = await run([dir]);
    expect(s.byKind).toEqual({ communication: 1, reply: 1, source: 0 });
    expect(s.placeholdersFilled).toBe(1);
    const l = await letter('AL XAD 3/2023');
    expect((await repliesOf(t.db, l.id)).map((r) => r.reply_date)).toEqual(['2024-05-02']);
  });

  it('reports the same letter from another file as a duplicate, and replaces it with --replace', async () => {
    const first = writeRecord('first.json', buildLetter({ title: 'first reading' }));
    writeRecord('second.json', buildLetter({ title: 'second reading' }));
    const s = await run([dir]);
    expect(s.imported).toBe(1);
    expect(s.duplicates).toEqual([expect.objectContaining({ reference: 'AL XAA 1/2024', firstFile: first })]);
    expect((await letter('AL XAA 1/2024')).title).toBe('first reading');

    const r = await run([join(dir, 'second.json')], { replace: true });
    expect(r.replaced).toBe(1);
    expect((await letter('AL XAA 1/2024')).title).toBe('second reading');
    expect((await listCommunications(t.db, { limit: 10, offset: 0 })).total).toBe(1);
  });

  it('links a letter to stored and new cited letters, one placeholder per key, and a replacement keeps only its own', async () => {
    writeRecord('old.json', buildLetter({ reference: 'AL XAB 4/2023', date: '2023-06-01' }));
    await run([join(dir, 'old.json')]);
    const cites = [
      { reference: 'AL XAB 4/2023', date: '2023-06-01' },
      { reference: 'UA XAC 9/2023', date: null },
      { reference: 'XAC 9/2023', date: null },
    ];
    const first = writeRecord('a.json', buildLetter({ reference: 'AL XAA 1/2024', relatedCommunications: cites, persons: [person('Ivan Tiskaov')] }));
    const s = await run([first]);
    expect(s.placeholdersCreated).toBe(1);
    const a = await letter('AL XAA 1/2024');
    const cited = await citationsFrom(t.db, a.id);
    expect(cited.map((c) => [c.cited_reference, c.status])).toEqual([
      ['AL XAB 4/2023', 'imported'],
      ['UA XAC 9/2023', 'placeholder'],
      ['XAC 9/2023', 'placeholder'],
    ]);
    expect(cited[0]!.id).toBe((await letter('AL XAB 4/2023')).id);
    expect(cited[2]!.id).toBe(cited[1]!.id); // one placeholder for the key XAC 9/2023

    writeRecord('b.json', buildLetter({
      reference: 'AL XAA 1/2024',
      relatedCommunications: [{ reference: 'AL XAD 2/2023', date: null }],
      mandates: [{ id: null, title: 'Working Group on invented detention' }],
      persons: [person('Olga Marenkova')],
    }));
    const r = await run([join(dir, 'b.json')], { replace: true });
    expect(r.replaced).toBe(1);
    const b = await letter('AL XAA 1/2024');
    expect(b.id).toBe(a.id);
    expect((await citationsFrom(t.db, b.id)).map((c) => [c.reference_text, c.status])).toEqual([['AL XAD 2/2023', 'placeholder']]);
    expect(b.record?.mandates.map((m) => m.title)).toEqual(['Working Group on invented detention']);
    const { rows } = await t.db.query<{ n: number }>('select count(*) as n from communication_mandates where communication_id = $1', [b.id]);
    expect(rows[0]!.n).toBe(1);
    expect((await entitiesOfCommunication(t.db, 'person', b.id)).map((p) => p.name)).toEqual(['Olga Marenkova']);
  });

  it('reports a failing file with its reason and goes on with the others', async () => {
    writeRecord('good.json', buildLetter());
    writeRecord('no-ref.json', buildLetter({ reference: null }));
    writeRecord('bad-field.json', { ...buildLetter({ reference: 'AL XAB 1/2024' }), date: '18 March 2024' });
    writeRecord('unknown-code.json', buildLetter({ reference: 'AL KZA 1/2024' }));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7 truncated');
    const s = await run([dir, join(dir, 'missing.json')]);
    expect(s.imported).toBe(1);
    const reasons = Object.fromEntries(s.failed.map((f) => [f.path.replace(`${dir}/`, ''), f.reason]));
    expect(reasons['no-ref.json']).toContain('no reference');
    expect(reasons['bad-field.json']).toContain('(date)');
    expect(reasons['unknown-code.json']).toContain('KZA is not an ISO 3166-1 alpha-3 code');
    expect(reasons['broken.pdf']).toContain('truncated');
    expect(reasons[join(dir, 'missing.json').replace(`${dir}/`, '')]).toContain('no such file');
  });

  it('reads other formats through the injected extractor', async () => {
    const pdf = join(dir, 'letter.pdf');
    writeFileSync(pdf, '%PDF-1.7 fake');
    fakeRecords.set(pdf, { ...buildLetter({ reference: 'OL XAE 4/2022' }), source: { file: pdf, sha256: null, format: 'pdf', pages: 3 } });
    const s = await run([pdf]);
    expect(s.imported).toBe(1);
    const l = await letter('OL XAE 4/2022');
    expect(l.document_path).toBe(pdf);
    expect(l.record?.source?.pages).toBe(3);
  });

  it('keeps the bytes it hashed and extracted, and refuses a file that changed between the two', async () => {
    const text = (n: number) => `Reference: AL XAF ${n}/2024\n\n12 March 2024\n\nExcellency,\n\nWe write about Ms. Ilse Varga, arrested on 2 March 2024.\n`;
    const steady = join(dir, 'steady.txt');
    const moving = join(dir, 'moving.txt');
    writeFileSync(steady, text(1));
    writeFileSync(moving, text(2));
    const extract: ExtractFile = async (path) => {
      if (path === moving) writeFileSync(moving, text(3)); // rewritten after hashing, before extraction
      return { record: await extractFile(path) };
    };
    const s = await importArchive({ db: t.db, extractFile: extract }, [steady, moving]);
    expect(s.imported).toBe(1);
    expect(s.failed).toEqual([{ path: moving, status: 'failed', reason: expect.stringContaining('changed while it was being imported') }]);
    const { rows } = await t.db.query<{ content: Uint8Array }>('select f.content from document_files f join documents d on d.id = f.document_id where d.path = $1', [steady]);
    expect(Buffer.from(rows[0]!.content).toString('utf8')).toBe(text(1));
    expect(await findCommunicationForReference(t.db, 'AL XAF 3/2024', 'XAF 3/2024')).toBeNull();
  });

  it('stores a source document with its people linked to the same persons as the letters', async () => {
    writeRecord('letter.json', buildLetter({ persons: [person('Zhanar Sekerbayeva')] }));
    writeRecord('source.json', { ...buildLetter({ reference: null }), kind: 'source', persons: [person('Zhanar Sekerbaeva', [], 'mentioned')] });
    const s = await run([dir]);
    expect(s.byKind.source).toBe(1);
    const l = await letter('AL XAA 1/2024');
    const [p] = await entitiesOfCommunication(t.db, 'person', l.id);
    const { rows } = await t.db.query<{ n: number }>('select count(*) as n from person_mentions where person_id = $1', [p!.id]);
    expect(rows[0]!.n).toBe(2);
  });

  it('reports progress through the callback', async () => {
    writeRecord('a.json', buildLetter());
    writeRecord('b.json', buildLetter({ reference: 'AL XAA 2/2024' }));
    const seen: number[] = [];
    await importArchive({ db: t.db, extractFile: fakeExtract, onProgress: (p) => seen.push(p.done) }, [dir]);
    expect(seen).toEqual([1, 2]);
  });
});
