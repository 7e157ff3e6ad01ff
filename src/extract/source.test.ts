import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSource } from './source.js';

const report = `Aldovia: Blogger Jailed Over Satirical Posts, Rights Group Says

Authorities in the Republic of Aldovia should release the blogger, Oskar Linde, who was sentenced on March 4, 2024, the Voices Without Walls Coalition said today.

Linde, 41, was arrested in 2023 after posting cartoons. “The charges are a pretext,” said Hedda Brask, director at the coalition. Linde’s family told Amnesty International he is held in Borelia.

Leave a Reply`;

describe('extractSource', () => {
  const record = extractSource(report);

  it('is a source with the headline as title and no letter fields', () => {
    expect(record.kind).toBe('source');
    expect(record.title).toBe('Aldovia: Blogger Jailed Over Satirical Posts, Rights Group Says');
    expect(record.language).toBe('en');
    expect(record.reference).toBeNull();
    expect(record.signatories).toEqual([]);
  });
  it('reads a headline wrapped on two lines whole', () => {
    expect(extractSource(report.replace('Rights Group Says', 'Rights\nGroup Says')).title).toBe('Aldovia: Blogger Jailed Over Satirical Posts, Rights Group Says');
  });
  it('gives no language it cannot tell, rather than guess one, and tells one by its script', () => {
    expect(extractSource('Aldovia\n\nBlogger jailed.').language).toBeNull();
    expect(extractSource('Новости\n\nПравозащитница Зарина задержана в столице.').language).toBe('ru');
  });
  it('finds the people named without honorific, and the one the report is about', () => {
    expect(record.persons.map((p) => [p.name, p.role])).toEqual([
      ['Oskar Linde', 'victim'],
      ['Hedda Brask', 'mentioned'],
    ]);
  });
  it('finds organisations, countries and dated facts', () => {
    expect(record.organizations.map((o) => o.name)).toEqual(['Voices Without Walls Coalition', 'Amnesty International']);
    expect(record.countries).toEqual(['XAA', 'XAB']);
    expect(record.events.map((e) => e.date)).toEqual(['2024-03-04', '2023-01-01']);
  });
  it('knows the person a report is about by the surname it uses, the first of two', () => {
    const es = extractSource('Amenazas contra un periodista en Lunavia\n\nEl periodista Tomás Arvelo Quintero denunció amenazas de muerte. Según Arvelo, dos hombres armados fueron a su casa. "Nos dijeron que dejáramos de escribir", afirmó la periodista Lucía Berrocal, compañera de Arvelo.');
    expect(es.persons.map((p) => [p.name, p.role])).toEqual([
      ['Tomás Arvelo Quintero', 'victim'],
      ['Lucía Berrocal', 'mentioned'],
    ]);
  });
  it('is dated by its dateline, not by the facts it reports', () => {
    expect(record.date).toBeNull();
    const dated = (text: string) => extractSource(`Borelia: a defender sentenced\n\n${text}`).date;
    expect(dated('Paris, le 4 juillet 2023 – La Fédération aldorienne dénonce la condamnation de Nadia Osmani.')).toBe('2023-07-04');
    expect(dated('Communiqué de presse – 4 juillet 2023\n\nLa Fédération aldorienne dénonce la condamnation.')).toBe('2023-07-04');
    expect(dated('(Tolvar, 12 March 2024) – Authorities should release the blogger Oskar Linde.')).toBe('2024-03-12');
    expect(dated('Marquena, 18 de mayo de 2022. El periodista Tomás Arvelo denunció amenazas.')).toBe('2022-05-18');
    expect(dated('June 3, 2024 12:00AM EDT\n\nAuthorities should release the blogger.')).toBe('2024-06-03');
    expect(dated('On 12 March 2024, police arrested the blogger Oskar Linde in Tolvar.')).toBeNull();
    expect(dated('Arrested on 3 May 2023\n\nThe blogger Oskar Linde was arrested at his home.')).toBeNull();
  });
  it('reads the dateline of a press release, which is not one of the facts it reports', () => {
    const r = extractSource('Borelia: experts alarmed by a conviction\n\nGENEVA (19 July 2023) – UN experts today expressed alarm at the conviction of Oskar Linde, sentenced on 17 July 2023.');
    expect(r.date).toBe('2023-07-19');
    expect(r.events).toEqual([{ date: '2023-07-17', precision: 'day', text: 'UN experts today expressed alarm at the conviction of Oskar Linde, sentenced on 17 July 2023.' }]);
    expect(extractSource('Borelia: a defender sentenced\n\nCommuniqué de presse – 4 juillet 2023\n\nLa militante Awa Diallo a été condamnée le 3 mai 2023.').events.map((e) => e.date)).toEqual(['2023-05-03']);
  });
  it('reads a French report', () => {
    const fr = extractSource(
      'Lunavie : une militante condamnée\n\nLa militante Awa Diallo a été condamnée le 3 mai 2023, selon la Fondation Terre Libre. « C’est injuste », a déclaré Jean Moreau, avocat de la militante.',
    );
    expect(fr.language).toBe('fr');
    expect(fr.persons.map((p) => p.name)).toEqual(['Awa Diallo', 'Jean Moreau']);
    expect(fr.organizations.map((o) => o.name)).toEqual(['Fondation Terre Libre']);
    expect(fr.countries).toEqual(['XAL']);
  });
});

const corpus = new URL('../../../shared/corpus/', import.meta.url);
const real = new URL('HRW_2024_smailova.txt', corpus);

describe.skipIf(!existsSync(real))('extractSource on the real news report in ../shared/corpus', () => {
  it('finds what the expected file lists', () => {
    const gold = JSON.parse(readFileSync(new URL('HRW_2024_smailova.expected.json', corpus), 'utf8'));
    const record = extractSource(readFileSync(real, 'utf8'));
    expect(record.title).toBe(gold.title);
    expect(record.persons.map((p) => p.name)).toEqual(gold.people);
    const orgNames = record.organizations.map((o) => o.name);
    for (const o of gold.organizations) expect(orgNames).toContain(o);
    expect(record.countries).toEqual(expect.arrayContaining(gold.countries));
  });
});
