import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS } from '../../domain/uploads.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../../test/db/test-database.js';
import { workspaceApp } from '../../../test/staff/workspace.js';
import { ELF_PROGRAM, HTML_PAGE, ONE_PIXEL_PNG, pdfWithText } from './testing/sample-files.js';
import { openForm, postForm, validFields } from './testing/post-form.js';

let t: TestDatabase;
let app: FastifyInstance;
let address = 0;
/** A new client address per test: the rate limit counts per address. */
let ip: string;

beforeAll(async () => {
  t = await openTestDatabase();
  ({ app } = await workspaceApp(t.db));
});
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});
beforeEach(async () => {
  await clearData(t.db);
  ip = `10.0.0.${++address}`;
});

async function stored(): Promise<{ submissions: number; files: number; audit: number }> {
  const { rows } = await t.db.query<{ submissions: number; files: number; audit: number }>(
    `select (select count(*)::int from submissions) as submissions, (select count(*)::int from staff_files) as files,
            (select count(*)::int from audit_log) as audit`,
  );
  return rows[0]!;
}
const NOTHING = { submissions: 0, files: 0, audit: 0 };

const receiptOf = (html: string) => /R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(html)?.[0];

describe('choosing the language', () => {
  it('sends /submit to the form in the browser’s preferred language', async () => {
    const go = (accept?: string) => app.inject({ url: '/submit', headers: accept ? { 'accept-language': accept } : {} });
    expect((await go('fr-BE,fr;q=0.9,en;q=0.5')).headers.location).toBe('/submit/fr');
    expect((await go('de,es;q=0.8')).headers.location).toBe('/submit/es');
    const plain = await go();
    expect(plain.statusCode).toBe(303);
    expect(plain.headers.location).toBe('/submit/en');
  });

  it('shows the form in French and in Spanish, with links to the other languages', async () => {
    const fr = await app.inject({ url: '/submit/fr' });
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('<html lang="fr">');
    expect(fr.body).toContain('Les victimes présumées');
    expect(fr.body).toContain('Le nom peut-il être communiqué au Gouvernement ?');
    expect(fr.body).toContain('Confidentiel : votre identité');
    expect(fr.body).toMatch(/<a href="\/submit\/es" lang="es" hreflang="es">Español<\/a>/);
    expect(fr.body).toContain('<option value="FRA">France</option>');

    const es = await app.inject({ url: '/submit/es' });
    expect(es.body).toContain('<html lang="es">');
    expect(es.body).toContain('Las presuntas víctimas');
    expect(es.body).toContain('Todavía no se ha preguntado');
    expect(es.body).toContain('<option value="DEU">Alemania</option>');
    expect(es.body).toContain('>marzo</option>');

    expect((await app.inject({ url: '/submit/de' })).statusCode).toBe(404);
  });

  it('sets the form cookie HttpOnly, SameSite=Strict and Secure, and keeps the page out of caches', async () => {
    const res = await app.inject({ url: '/submit/en' });
    const cookie = res.cookies.find((c) => c.name === 'rap_form');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true, path: '/submit' });
    expect(res.body).toContain(`name="_form" value="${cookie!.value}"`);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('has a label for every input and the honeypot hidden from people', async () => {
    const html = (await app.inject({ url: '/submit/en' })).body;
    const ids = [...html.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(15);
    for (const id of ids) expect(html, id).toContain(`for="${id}"`);
    expect(html).toMatch(/<div class="hp" aria-hidden="true"><label for="f-website">Leave this field empty<\/label><input id="f-website" name="website" type="text" value tabindex="-1"/);
  });
});

describe('sending the form', () => {
  it('stores a valid submission with a PDF and gives a receipt code', async () => {
    const form = await openForm(app, 'en', ip);
    const pdf = await pdfWithText('Medical report: bruises consistent with beatings, examined in Marlow hospital.');
    const res = await postForm(app, 'en', validFields(), { form, remoteAddress: ip, files: [{ name: 'medical report.pdf', bytes: pdf, type: 'application/pdf' }] });

    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('Your information has been received');
    const code = receiptOf(res.body);
    expect(code).toBeDefined();
    expect(res.body).toContain(`<strong class="notranslate">${code}</strong>`);

    const { rows } = await t.db.query<{ id: string; row: string; language: string }>(
      'select id::text, s::text as row, language from submissions s where receipt_code = $1',
      [code],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.language).toBe('en');
    expect(rows[0]!.row).toContain('Zarkov');
    expect(rows[0]!.row).not.toContain('tomas.berg@example.org');
    expect(rows[0]!.row).not.toContain('Tomas Berg');

    const file = await t.db.query<{ file_name: string; hit: boolean }>(
      `select file_name, search_vector @@ websearch_to_tsquery('rap_simple', 'Marlow hospital') as hit from staff_files where submission_id = $1`,
      [rows[0]!.id],
    );
    expect(file.rows).toEqual([{ file_name: 'medical report.pdf', hit: true }]);

    const audit = await t.db.query<{ action: string; after: Record<string, unknown> }>('select action, after from audit_log order by seq');
    expect(audit.rows.map((r) => r.action)).toEqual(['submission.receive', 'file.add']);
    expect(audit.rows[0]!.after).toMatchObject({ receiptCode: code, language: 'en', victims: 1, files: 1, submitter: '[confidential]' });
    expect(JSON.stringify(audit.rows)).not.toMatch(/tomas|Berg/i);
  });

  it('refuses the same form sent twice (a reload after sending)', async () => {
    const form = await openForm(app, 'en', ip);
    const first = await postForm(app, 'en', validFields(), { form, remoteAddress: ip });
    expect(first.statusCode).toBe(200);
    const renewed = first.cookies.find((c) => c.name === 'rap_form');
    expect(renewed?.value).not.toBe(form.cookie.slice('rap_form='.length));
    // The browser now holds the new cookie, the old page still has the old token.
    const again = await postForm(app, 'en', validFields(), { form: { cookie: `rap_form=${renewed!.value}`, token: form.token }, remoteAddress: ip });
    expect(again.statusCode).toBe(403);
    expect((await stored()).submissions).toBe(1);
  });

  it('refuses a form without its token, or with another token, in the form’s language, storing nothing', async () => {
    const form = await openForm(app, 'fr', ip);
    const missing = await postForm(app, 'fr', validFields(), { form, token: null, remoteAddress: ip });
    expect(missing.statusCode).toBe(403);
    expect(missing.body).toContain('Le formulaire a expiré');
    const other = await postForm(app, 'fr', validFields(), { form, token: 'x'.repeat(43), remoteAddress: ip });
    expect(other.statusCode).toBe(403);
    const noCookie = await postForm(app, 'fr', validFields(), { form: null, token: form.token, remoteAddress: ip });
    expect(noCookie.statusCode).toBe(403);
    const crossSite = await postForm(app, 'fr', validFields(), { form, remoteAddress: ip, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);
    expect(await stored()).toEqual(NOTHING);
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const form = await openForm(app, 'es', ip);
    const res = await postForm(app, 'es', validFields({ website: 'http://spam.example' }), { form, remoteAddress: ip });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Hemos recibido su información');
    expect(receiptOf(res.body)).toBeDefined();
    expect(await stored()).toEqual(NOTHING);
  });

  it('refuses a sixth submission from one address within the hour', async () => {
    const form = await openForm(app, 'en', ip);
    let current = form;
    for (let i = 0; i < 5; i++) {
      const res = await postForm(app, 'en', validFields({ place: `Place ${i}` }), { form: current, remoteAddress: ip });
      expect(res.statusCode).toBe(200);
      const next = res.cookies.find((c) => c.name === 'rap_form')!.value;
      current = { cookie: `rap_form=${next}`, token: next };
    }
    const sixth = await postForm(app, 'en', validFields(), { form: current, remoteAddress: ip });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.body).toContain('Too many forms have been sent from your connection');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect((await stored()).submissions).toBe(5);
    // Another address is not held back.
    const elsewhere = await openForm(app, 'en', '10.9.9.9');
    expect((await postForm(app, 'en', validFields(), { form: elsewhere, remoteAddress: '10.9.9.9' })).statusCode).toBe(200);
  });

  it('refuses a file over the limit with 413, naming the file and the limit, storing nothing', async () => {
    const form = await openForm(app, 'fr', ip);
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(UPLOAD_LIMITS.fileBytes)]);
    const res = await postForm(app, 'fr', validFields(), { form, remoteAddress: ip, files: [{ name: 'scan complet.pdf', bytes: big }] });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('« scan complet.pdf » dépasse 10 Mo');
    expect(res.body).toContain('value="Ilona Varga"');
    expect(res.body).toContain('choisissez-les de nouveau');
    expect(await stored()).toEqual(NOTHING);
  });

  it('refuses files that together pass the limit of one form, with 413', async () => {
    const form = await openForm(app, 'en', ip);
    const nine = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(9 * 1024 * 1024)]);
    const files = [1, 2, 3].map((n) => ({ name: `part ${n}.pdf`, bytes: nine }));
    const res = await postForm(app, 'en', validFields(), { form, remoteAddress: ip, files });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('The files add up to more than 25 MB, the limit for one form');
    expect(await stored()).toEqual(NOTHING);
  });

  it('refuses more than five files with 413', async () => {
    const form = await openForm(app, 'en', ip);
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.png`, bytes: ONE_PIXEL_PNG }));
    const res = await postForm(app, 'en', validFields(), { form, remoteAddress: ip, files });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('At most 5 files can be sent with one form');
    expect(await stored()).toEqual(NOTHING);
  });

  it('refuses a .pdf that is a web page, and a program, naming the file, storing nothing', async () => {
    const form = await openForm(app, 'en', ip);
    const html = await postForm(app, 'en', validFields(), { form, remoteAddress: ip, files: [{ name: 'report.pdf', bytes: HTML_PAGE, type: 'application/pdf' }] });
    expect(html.statusCode).toBe(400);
    expect(html.body).toContain('“report.pdf” looks like a web page (HTML), not a document');
    expect(html.body).not.toContain('<script>alert(1)</script>');
    const elf = await postForm(app, 'en', validFields(), { form, remoteAddress: ip, files: [{ name: '../../photo.jpg', bytes: ELF_PROGRAM }] });
    expect(elf.statusCode).toBe(400);
    expect(elf.body).toContain('“photo.jpg” looks like an executable program');
    expect(await stored()).toEqual(NOTHING);
  });

  it('shows the form again with every error in its language, linked from a summary, values kept', async () => {
    const form = await openForm(app, 'es', ip);
    const res = await postForm(
      app,
      'es',
      validFields({ 'victims.0.name': '', summary: '', 'submitter.email': 'no es correo', incidentYear: '2999', incidentMonth: '', incidentDay: '', 'victims.0.role': 'periodista' }),
      { form, remoteAddress: ip },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<html lang="es">');
    expect(res.body).toMatch(/<div class="error-summary" role="alert"[^>]*><h2 id="error-summary-title">Hay un problema<\/h2>/);
    expect(res.body).toContain('<a href="#f-victims-0-name">Persona 1: Nombre completo: Este campo es obligatorio.</a>');
    expect(res.body).toContain('<a href="#f-summary">Lo que ocurrió: Este campo es obligatorio.</a>');
    expect(res.body).toContain('<a href="#f-submitter-email">Correo electrónico: Indique un correo electrónico como nombre@example.org.</a>');
    expect(res.body).toContain('<a href="#f-incidentYear">Fecha de los hechos: Año: Esta fecha está en el futuro.</a>');
    expect(res.body).toMatch(/<p class="field-error" id="f-summary-error">Este campo es obligatorio.<\/p><textarea id="f-summary" name="summary" rows="10" maxlength="20000" aria-describedby="f-summary-hint f-summary-error" aria-invalid="true">/);
    expect(res.body).toContain('value="periodista"');
    expect(res.body).toContain('value="no es correo"');
    expect(res.body).toMatch(/id="f-victims-0-consentToState-yes" name="victims.0.consentToState" value="yes" checked/);
    expect(await stored()).toEqual(NOTHING);
  });

  it('adds a block for another person, keeping what was typed and saying files must be chosen again', async () => {
    const form = await openForm(app, 'en', ip);
    const res = await postForm(app, 'en', validFields({ action: 'add-victim' }), { form, remoteAddress: ip, files: [{ name: 'p.png', bytes: ONE_PIXEL_PNG }] });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<legend>Person 2</legend>');
    expect(res.body).toContain('name="victims.1.name"');
    expect(res.body).toContain('name="victimCount" value="2"');
    expect(res.body).toContain('value="Ilona Varga"');
    expect(res.body).toContain('Border police, northern district</textarea>');
    expect(res.body).toContain('choose them again before you send');
    expect(res.body).not.toContain('class="error-summary"');
    expect(await stored()).toEqual(NOTHING);

    const two = await postForm(
      app,
      'en',
      validFields({ victimCount: '2', 'victims.1.name': 'Marek Olsen', 'victims.1.consentToState': 'unknown', 'victims.1.consentPublic': 'unknown' }),
      { form, remoteAddress: ip },
    );
    expect(two.statusCode).toBe(200);
    const { rows } = await t.db.query<{ victims: Array<{ name: string; consentToState: boolean | null }> }>('select victims from submissions');
    expect(rows[0]!.victims.map((v) => [v.name, v.consentToState])).toEqual([['Ilona Varga', true], ['Marek Olsen', null]]);
  });

  it('stops offering another person at ten', async () => {
    const form = await openForm(app, 'en', ip);
    const res = await postForm(app, 'en', validFields({ action: 'add-victim', victimCount: '10' }), { form, remoteAddress: ip });
    expect(res.body).toContain('name="victimCount" value="10"');
    expect(res.body).not.toContain('value="add-victim"');
    expect(res.body).toContain('You have described 10 people');
  });
});
