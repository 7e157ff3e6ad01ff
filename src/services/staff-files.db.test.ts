import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliActor, userActor } from '../domain/actor.js';
import { RapError } from '../domain/errors.js';
import { UPLOAD_LIMITS } from '../domain/uploads.js';
import { docxWithText, ELF_PROGRAM, HTML_PAGE, ONE_PIXEL_PNG, pdfWithText } from '../http/intake/testing/sample-files.js';
import { historyOf } from '../store/audit.repo.js';
import { insertUser } from '../store/users.repo.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { testCipher } from '../../test/staff/workspace.js';
import { listStaffFiles, readStaffFile, readStaffFileText, storeStaffFile } from './staff-files.js';

let t: TestDatabase;
const cipher = testCipher();
const actor = cliActor('test');

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.dispose();
});
beforeEach(async () => {
  await clearData(t.db);
});

async function newCase(title = 'Detention of Ilona Varga'): Promise<number> {
  const { rows } = await t.db.query<{ id: string }>(`insert into cases (title, country_code) values ($1, 'XAA') returning id`, [title]);
  return Number(rows[0]!.id);
}

const store = (fileName: string, bytes: Buffer, caseId: number, confidential = false) =>
  t.db.transaction((tx) => storeStaffFile(tx, cipher, { fileName, bytes }, { caseId }, { actor, confidential }));

async function matches(id: number, word: string): Promise<boolean> {
  const { rows } = await t.db.query<{ hit: boolean | null }>(
    `select search_vector @@ websearch_to_tsquery('rap_simple', $2) as hit from staff_files where id = $1`,
    [id, word],
  );
  return rows[0]?.hit === true;
}

async function counts(): Promise<{ files: number; audit: number }> {
  const { rows } = await t.db.query<{ files: number; audit: number }>(
    `select (select count(*)::int from staff_files) as files, (select count(*)::int from audit_log) as audit`,
  );
  return rows[0]!;
}

describe('storeStaffFile', () => {
  it('keeps a PDF sealed, its text searchable, and audits its arrival without the text', async () => {
    const caseId = await newCase();
    const pdf = await pdfWithText('Ilona Varga was detained at the Zarkov checkpoint on 3 March.');
    const stored = await store('../../statement of Ilona.pdf', pdf, caseId);

    expect(stored).toMatchObject({ fileName: 'statement of Ilona.pdf', mediaType: 'application/pdf', size: pdf.length });
    const raw = await t.db.query<{ bytes_sealed: Uint8Array; text: string }>('select bytes_sealed, text from staff_files where id = $1', [stored.id]);
    const sealed = Buffer.from(raw.rows[0]!.bytes_sealed);
    expect(sealed.includes(Buffer.from('%PDF-'))).toBe(false);
    expect(raw.rows[0]!.text).toContain('Zarkov checkpoint');
    expect(await matches(stored.id, 'zarkov')).toBe(true);

    const back = await readStaffFile(t.db, cipher, stored.id);
    expect(back).toMatchObject({ fileName: 'statement of Ilona.pdf', mediaType: 'application/pdf', caseId, submissionId: null, confidential: false });
    expect(back!.bytes.equals(pdf)).toBe(true);

    const [entry] = await historyOf(t.db, 'staff_file', String(stored.id));
    expect(entry).toMatchObject({ action: 'file.add', actor: 'cli:test', after: { name: 'statement of Ilona.pdf', type: 'application/pdf', size: pdf.length, owner: { caseId } } });
    expect(JSON.stringify(entry!.after)).not.toContain('Zarkov');
  });

  it('names the account that uploaded', async () => {
    const caseId = await newCase();
    const userId = await t.db.transaction((tx) => insertUser(tx, { email: 'ana@staff.example', displayName: 'Ana', role: 'officer', passwordHash: 'x', mandates: [] }));
    const stored = await t.db.transaction((tx) =>
      storeStaffFile(tx, cipher, { fileName: 'pixel.png', bytes: ONE_PIXEL_PNG }, { caseId }, { actor: userActor(userId, 'ana@staff.example') }),
    );
    const { rows } = await t.db.query<{ uploaded_by: string }>('select uploaded_by::text from staff_files where id = $1', [stored.id]);
    expect(rows[0]!.uploaded_by).toBe(String(userId));
  });

  it('refuses a web page named .pdf and a program, naming the file, and writes nothing', async () => {
    const caseId = await newCase();
    for (const [name, bytes, says] of [['report.pdf', HTML_PAGE, 'looks like HTML'], ['photo.jpg', ELF_PROGRAM, 'looks like an executable program']] as const) {
      const error = await store(name, bytes, caseId).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RapError);
      expect((error as RapError).code).toBe('RAP_ERR_INVALID');
      expect((error as RapError).location).toEqual({ file: name, field: 'attachments' });
      expect((error as RapError).message).toContain(`${name} ${says}`);
    }
    expect(await counts()).toEqual({ files: 0, audit: 0 });
  });

  it('refuses a file over the limit and an empty file', async () => {
    const caseId = await newCase();
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(UPLOAD_LIMITS.fileBytes)]);
    await expect(store('big.pdf', big, caseId)).rejects.toMatchObject({ code: 'RAP_ERR_FILE_TOO_LARGE', location: { file: 'big.pdf', field: 'attachments' } });
    await expect(store('nothing.pdf', Buffer.alloc(0), caseId)).rejects.toThrow(/nothing\.pdf is empty/);
    expect(await counts()).toEqual({ files: 0, audit: 0 });
  });

  it('keeps an image with no text and says why', async () => {
    const caseId = await newCase();
    const stored = await store('pixel', ONE_PIXEL_PNG, caseId);
    expect(stored).toMatchObject({ fileName: 'pixel.png', mediaType: 'image/png' });
    const [file] = await listStaffFiles(t.db, { caseId });
    expect(file).toMatchObject({ id: stored.id, hasText: false, textNote: 'no text (image)' });
  });

  it('keeps a truncated PDF as sent, with no text and a note that it is damaged', async () => {
    const caseId = await newCase();
    const pdf = await pdfWithText('Statement of the family of Ilona Varga about the night of the arrest.');
    const truncated = pdf.subarray(0, Math.floor(pdf.length * 0.6));
    const stored = await store('statement.pdf', truncated, caseId);
    const [file] = await listStaffFiles(t.db, { caseId });
    expect(file).toMatchObject({ id: stored.id, hasText: false, textNote: 'no text: the PDF is damaged or truncated' });
    expect((await readStaffFile(t.db, cipher, stored.id))!.bytes.equals(truncated)).toBe(true);
  });

  it('keeps the text of a confidential file out of the database and out of search', async () => {
    const caseId = await newCase();
    const docx = await docxWithText('The witness Marek Olsen hides in the village of Tarnow.');
    const stored = await store('witness.docx', docx, caseId, true);
    const { rows } = await t.db.query<{ text: string | null; search_vector: string | null; confidential: boolean }>(
      'select text, search_vector::text, confidential from staff_files where id = $1',
      [stored.id],
    );
    expect(rows[0]).toEqual({ text: null, search_vector: null, confidential: true });
    expect(await readStaffFileText(t.db, cipher, stored.id)).toContain('Marek Olsen hides');
    const trail = await t.db.query<{ after: Record<string, unknown> }>(`select after from audit_log where entity = 'staff_file' and entity_id = $1`, [String(stored.id)]);
    expect(trail.rows[0]!.after).toMatchObject({ name: '[confidential]', confidential: true });
  });

  it('reads the text of a Word document for search', async () => {
    const caseId = await newCase();
    const stored = await store('notes.docx', await docxWithText('Interview with Petra Lindqvist in Calvera.'), caseId);
    expect(stored.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await matches(stored.id, 'lindqvist')).toBe(true);
    expect(await readStaffFileText(t.db, cipher, stored.id)).toContain('Petra Lindqvist');
  });
});

describe('listStaffFiles and readStaffFile', () => {
  it('lists the files of one case only, and finds no file that is not there', async () => {
    const [a, b] = [await newCase('A'), await newCase('B')];
    const first = await store('one.png', ONE_PIXEL_PNG, a);
    await store('two.png', ONE_PIXEL_PNG, b);
    expect((await listStaffFiles(t.db, { caseId: a })).map((f) => f.id)).toEqual([first.id]);
    expect(await listStaffFiles(t.db, {})).toEqual([]);
    expect(await readStaffFile(t.db, cipher, first.id + 1000)).toBeNull();
  });
});
