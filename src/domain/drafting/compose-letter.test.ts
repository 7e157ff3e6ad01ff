import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instrumentById, instruments, mandateById } from '../../reference-data/index.js';
import { RapError } from '../errors.js';
import { composeLetter, type ComposedLetter } from './compose-letter.js';
import type { DraftingContext } from './drafting-context.js';
import type { LetterDraft, SectionId } from './letter-draft.js';
import { buildDraft } from './testing/build-draft.js';
import { testContext } from './testing/test-context.js';

const compose = (overrides: Partial<LetterDraft> = {}, context: DraftingContext = testContext) => composeLetter(buildDraft(overrides), context);
const section = (l: ComposedLetter, id: SectionId) => l.sections.find((s) => s.id === id);
const paragraphs = (l: ComposedLetter, id: SectionId) => section(l, id)?.paragraphs ?? [];

function refusal(overrides: Partial<LetterDraft>): RapError {
  try {
    compose(overrides);
  } catch (e) {
    if (e instanceof RapError) return e;
    throw e;
  }
  throw new Error('the draft was composed');
}

describe('composeLetter: the anatomy', () => {
  const letter = compose();

  it('prints the sections in the order of a letter, and the text holds them in that order', () => {
    expect(letter.sections.map((s) => s.id)).toEqual([
      'header', 'reference', 'date', 'salutation', 'capacity', 'subject', 'persons', 'earlier', 'facts', 'concerns',
      'questions', 'deadline', 'interim-measures', 'copies', 'closing', 'signatures', 'annex',
    ]);
    let at = 0;
    for (const s of letter.sections) {
      for (const p of s.paragraphs) {
        const i = letter.text.indexOf(p, at);
        expect(i, p).toBeGreaterThanOrEqual(at);
        at = i + p.length;
      }
    }
    expect(letter.text.startsWith(`**Mandates of the ${mandateById('sr-human-rights-defenders')!.title}; `)).toBe(true);
    expect(letter.text).toContain('\n\n## **Annex**\n\n### **Reference to international human rights law**\n\n');
    expect(letter.text.endsWith('.\n')).toBe(true);
  });

  it('names the persons concerned with their honorific, in bold, with what they do and their organisation', () => {
    expect(paragraphs(letter, 'persons')).toEqual([
      'Ms. **Ilsa Varnhold** is a human rights defender and lawyer with "Open Lantern".',
      'Mr. **Teodor Maleski** is one of the persons concerned by this letter.',
    ]);
    // No-break spaces inside the guillemets, as French typography wants: a line never starts with `»`.
    expect(paragraphs(compose({ language: 'fr' }), 'persons')[0]).toBe('Mme **Ilsa Varnhold** est défenseuse des droits humains et avocate au sein de l\'organisation «\u00a0Open Lantern\u00a0».');
    expect(paragraphs(compose({ language: 'es' }), 'persons')[0]).toBe('La Sra. **Ilsa Varnhold** es defensora de derechos humanos y abogada en la organización «Open Lantern».');
  });

  it('tells the facts in date order, each opened by its date as precise as known and its place', () => {
    const facts = paragraphs(compose({ facts: [
      { date: '2024-02-11', precision: 'day', place: 'Velmora', text: 'The police searched the offices.' },
      { date: '2022', precision: 'year', place: null, text: 'Ms. Varnhold founded "Open Lantern"' },
      { date: '2023-11-01', precision: 'month', place: 'Dorn', text: 'She published a report.' },
    ] }), 'facts');
    expect(facts).toEqual([
      'According to the information received:',
      'In 2022, Ms. Varnhold founded "Open Lantern".',
      'In November 2023, in Dorn, she published a report.',
      'On 11 February 2024, in Velmora, the police searched the offices.',
    ]);
    expect(paragraphs(compose({ language: 'fr' }), 'facts')[1]).toBe('En novembre 2023, Mme Varnhold a publié un rapport sur les conditions de détention à la prison de Velmora.');
    expect(paragraphs(compose({ language: 'es' }), 'facts')[2]).toMatch(/^El 11 de febrero de 2024, en Velmora, agentes de policía/);
  });

  it('cites earlier letters with their dates and replies, to this recipient or to another State', () => {
    expect(paragraphs(letter, 'earlier')).toEqual([
      "We refer to an earlier communication to your Excellency's Government, sent on 5 September 2022 (AL XAB 7/2022). A reply was received on 30 November 2022.",
      'We refer to an earlier communication to the Government of the Kingdom of Calvera, sent on 20 April 2023 (UA XAC 2/2023). No reply to it has been received to date.',
    ]);
  });

  it('numbers the questions and asks for a reply within 60 days', () => {
    expect(paragraphs(letter, 'questions').slice(1)).toEqual(buildDraft().questions.map((q, k) => `${k + 1}. ${q}`));
    expect(letter.questions).toEqual(buildDraft().questions);
    expect(paragraphs(letter, 'deadline')[0]).toContain('within 60 days');
  });

  it('sends copies to the Governments of other States, by their names in the letter\u2019s language', () => {
    expect(paragraphs(letter, 'copies')).toEqual(['Please note that a copy of this letter will be sent to the Governments of the Kingdom of Calvera and the Republic of Aldovia.']);
    expect(paragraphs(compose({ language: 'fr' }), 'copies')[0]).toContain('aux Gouvernements du Royaume de Calvera et de la République d\'Aldovie.');
    expect(paragraphs(compose({ language: 'es' }), 'copies')[0]).toContain('a los Gobiernos del Reino de Calvera y de la República de Aldovia.');
  });

  it('fills the annex with articles and the date the recipient ratified or acceded', () => {
    expect(section(letter, 'annex')).toMatchObject({ heading: 'Annex', subheading: 'Reference to international human rights law' });
    expect(paragraphs(letter, 'annex').slice(1)).toEqual([
      `We wish to recall articles 9, 14 and 19 of the ${instrumentById('iccpr')!.title} (ICCPR), ratified by Borelia on 2 June 1994.`,
      `We also recall articles 1, 2 and 12 of the ${instrumentById('declaration-hrd')!.title} (Declaration on Human Rights Defenders).`,
      'We also recall the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (CAT), to which Borelia acceded on 9 October 2001.',
    ]);
    const fr = paragraphs(compose({ language: 'fr' }), 'annex');
    expect(fr[1]).toBe('Nous souhaitons rappeler les articles 9, 14 et 19 du Pacte international relatif aux droits civils et politiques (PIDCP), ratifié par la Borélie le 2 juin 1994.');
    expect(fr[3]).toBe('Nous rappelons également la Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants, à laquelle la Borélie a adhéré le 9 octobre 2001.');
    const es = paragraphs(compose({ language: 'es', recipient: { code: 'XAC' }, reference: 'AL XAC 3/2024', copiesTo: [], legalReferences: [{ instrumentId: 'cedaw', articles: ['7'] }, { instrumentId: 'iccpr', articles: ['19'] }] }), 'annex');
    expect(es[1]).toBe('Deseamos recordar el artículo 7 de la Convención sobre la Eliminación de Todas las Formas de Discriminación contra la Mujer, ratificada por el Reino de Calvera el 20 de mayo de 2003.');
    expect(es[2]).toBe('Recordamos asimismo el artículo 19 del Pacto Internacional de Derechos Civiles y Políticos (PIDCP), respecto del cual el Reino de Calvera notificó su sucesión el 1 de enero de 1993.');
  });

  it('prints the note an officer adds after a citation, in the same paragraph', () => {
    const l = compose({ legalReferences: [{ instrumentId: 'iccpr', articles: ['19'], note: 'This article protects the freedom to seek and impart information.' }] });
    expect(paragraphs(l, 'annex')[1]).toBe(`We wish to recall article 19 of the ${instrumentById('iccpr')!.title} (ICCPR), ratified by Borelia on 2 June 1994. This article protects the freedom to seek and impart information.`);
  });

  it('gives no ratification date the State did not have on the letter\u2019s date, nor any to a non-State recipient', () => {
    const before = compose({ date: '1994-05-01', reference: null, facts: [], earlierLetters: [] });
    expect(paragraphs(before, 'annex')[1]).toBe('We wish to recall articles 9, 14 and 19 of the International Covenant on Civil and Political Rights (ICCPR).');
    const company = compose({ recipient: { code: 'OTH', name: 'Halvard Mining Corporation' }, reference: null });
    expect(paragraphs(company, 'annex').join(' ')).not.toMatch(/ratified|acceded/);
  });
});

describe('composeLetter: the mandates that joined', () => {
  it('prints the header, capacity paragraph and signatures for exactly the joined mandates, in their order', () => {
    const letter = compose({ mandateIds: ['wg-arbitrary-detention', 'sr-human-rights-defenders'] });
    expect(paragraphs(letter, 'header')).toEqual(['**Mandates of the Working Group on Arbitrary Detention and the Special Rapporteur on the situation of human rights defenders**']);
    expect(paragraphs(letter, 'capacity')).toEqual(['We have the honour to write to you in our capacities as Working Group on Arbitrary Detention and Special Rapporteur on the situation of human rights defenders, pursuant to Human Rights Council resolutions 42/22 and 52/4.']);
    expect(paragraphs(letter, 'signatures')).toEqual([
      'Elina Steinerte\nChair-Rapporteur of the Working Group on Arbitrary Detention',
      'Mary Lawlor\nSpecial Rapporteur on the situation of human rights defenders',
    ]);
    expect(letter.text).not.toContain('peaceful assembly');
    expect(letter.signatories.map((s) => s.mandateId)).toEqual(['wg-arbitrary-detention', 'sr-human-rights-defenders']);
  });

  it('writes in the first person singular for one mandate', () => {
    const letter = compose({ mandateIds: ['sr-human-rights-defenders'] });
    expect(paragraphs(letter, 'header')).toEqual(['**Mandate of the Special Rapporteur on the situation of human rights defenders**']);
    expect(paragraphs(letter, 'capacity')[0]).toMatch(/^I have the honour to write to you in my capacity as Special Rapporteur on the situation of human rights defenders, pursuant to Human Rights Council resolution 52\/4\.$/);
    expect(paragraphs(letter, 'closing')).toEqual(['Please accept, Excellency, the assurances of my highest consideration.']);
    expect(paragraphs(compose({ language: 'fr', mandateIds: ['sr-human-rights-defenders'] }), 'capacity')[0]).toMatch(/^J’ai l’honneur de m’adresser à vous en ma qualité de Rapporteuse spéciale/);
  });

  it('signs with the holders of the letter\u2019s date: the same mandate, two years, two holders', () => {
    const ids = ['sr-freedom-of-assembly-association'];
    expect(compose({ mandateIds: ids, date: '2019-05-02', reference: null }).signatories[0]!.name).toBe('Clément Nyaletsossi Voule');
    expect(compose({ mandateIds: ids, date: '2025-05-02', reference: null }).signatories[0]!.name).toBe('Gina Romero');
  });

  it('prints a visible placeholder where the registry has no holder or resolution for the date', () => {
    const gaps: DraftingContext = { ...testContext, mandate: (id, date, lang) => ({ ...testContext.mandate(id, date, lang)!, signatory: null, resolution: null }) };
    const letter = compose({ mandateIds: ['sr-human-rights-defenders'] }, gaps);
    expect(paragraphs(letter, 'signatures')[0]).toBe('[holder missing from the registry]\nSpecial Rapporteur on the situation of human rights defenders');
    expect(paragraphs(letter, 'capacity')[0]).toContain('resolution [resolution missing from the registry].');
  });
});

describe('composeLetter: recipients, options and previews', () => {
  it('writes to a company by its name, without "Excellency"', () => {
    const letter = compose({ recipient: { code: 'OTH', name: 'Halvard Mining Corporation' }, reference: 'AL OTH 4/2024' });
    expect(paragraphs(letter, 'addressee')).toEqual(['Halvard Mining Corporation']);
    expect(paragraphs(letter, 'salutation')).toEqual(['Dear Sir or Madam,']);
    expect(letter.text).not.toMatch(/Excellency/);
    expect(paragraphs(compose({ language: 'es', recipient: { code: 'OTH', name: 'Halvard' }, reference: null }), 'salutation')).toEqual(['Estimado/a señor/a:']);
  });

  it('adds interim measures and the press-release notice only when asked', () => {
    const without = compose({ interimMeasures: false, pressRelease: false });
    expect(section(without, 'interim-measures')).toBeUndefined();
    expect(section(without, 'press-release')).toBeUndefined();
    const both = compose({ interimMeasures: true, pressRelease: true });
    expect(paragraphs(both, 'interim-measures')[0]).toMatch(/^Pending a reply, we urge/);
    expect(paragraphs(both, 'press-release')[0]).toMatch(/^We may express our concerns publicly/);
  });

  it('prints a placeholder where the reference will go, and the canonical reference once sent', () => {
    expect(compose({ reference: null }).reference).toBeNull();
    expect(paragraphs(compose({ reference: null }), 'reference')).toEqual(['Ref.: [allocated when the letter is sent]\n(Please use this reference in your reply)']);
    const sent = compose({ reference: 'AL  XAB 3 / 2024' });
    expect(sent.reference).toBe('AL XAB 3/2024');
    expect(paragraphs(sent, 'reference')[0]).toMatch(/^Ref\.: AL XAB 3\/2024\n/);
  });

  it('shows a placeholder subject in a preview of a draft without one', () => {
    expect(paragraphs(compose({ subject: '', reference: null }), 'subject')[0]).toContain('concerning **[subject to be written]**.');
  });
});

describe('composeLetter: edited sections', () => {
  it('replaces a section with the officer\u2019s text, paragraph by paragraph, and marks it edited', () => {
    const letter = compose({ overrides: { concerns: 'We are alarmed by the raid.\n\n  We recall   the duty to protect.  ' } });
    expect(section(letter, 'concerns')).toEqual({ id: 'concerns', paragraphs: ['We are alarmed by the raid.', 'We recall   the duty to protect.'], edited: true });
    expect(letter.text).toContain('\n\nWe are alarmed by the raid.\n\nWe recall   the duty to protect.\n\n');
    expect(letter.text).not.toContain('Without prejudging');
    expect(section(letter, 'facts')!.edited).toBe(false);
  });

  it('removes a section edited to nothing, and adds one the draft would not have', () => {
    const letter = compose({ overrides: { copies: '', 'press-release': 'We intend to speak publicly about this case.' }, pressRelease: false });
    expect(section(letter, 'copies')).toEqual({ id: 'copies', paragraphs: [], edited: true });
    expect(letter.text).not.toContain('a copy of this letter');
    expect(paragraphs(letter, 'press-release')).toEqual(['We intend to speak publicly about this case.']);
  });

  it('keeps an edited annex under its headings', () => {
    const letter = compose({ overrides: { annex: 'We recall article 7 of the Covenant.' } });
    expect(letter.text).toContain('## **Annex**\n\n### **Reference to international human rights law**\n\nWe recall article 7 of the Covenant.\n');
  });
});

describe('composeLetter refuses a draft it cannot compose, naming the field', () => {
  it.each<[string, Partial<LetterDraft>, string]>([
    ['an unknown mandate', { mandateIds: ['sr-human-rights-defenders', 'sr-nowhere'] }, 'mandateIds[1]'],
    ['no mandate at all', { mandateIds: [] }, 'mandateIds'],
    ['a day that does not exist', { date: '2024-02-30', reference: null }, 'date'],
    ['a date not written YYYY-MM-DD', { date: '18/03/2024' }, 'date'],
    ['a language letters are not sent in', { language: 'de' as never }, 'language'],
    ['an unknown recipient State', { recipient: { code: 'XQQ' }, reference: null, copiesTo: [] }, 'recipient.code'],
    ['a company without its name', { recipient: { code: 'OTH' }, reference: null }, 'recipient.name'],
    ['a copy to the recipient itself', { copiesTo: ['XAB'] }, 'copiesTo[0]'],
    ['a reference of another recipient', { reference: 'AL XAC 3/2024' }, 'reference'],
    ['a reference that is not one', { reference: 'number three' }, 'reference'],
    ['an unknown instrument', { legalReferences: [{ instrumentId: 'iccpr', articles: ['9'] }, { instrumentId: 'magna-carta', articles: ['1'] }] }, 'legalReferences[1].instrumentId'],
    ['a fact dated to the day without its day', { facts: [{ date: '2024-02', precision: 'day', place: null, text: 'Arrested.' }] }, 'facts[0].date'],
    ['an earlier letter without a reference', { earlierLetters: [{ reference: 'the previous letter', date: '2023-01-04', replies: [] }] }, 'earlierLetters[0].reference'],
    ['an edited reference', { overrides: { reference: 'Ref.: AL XAB 99/2024' } }, 'overrides.reference'],
    ['an edit of a section that does not exist', { overrides: { postscript: 'P.S.' } as never }, 'overrides.postscript'],
  ])('%s', (_, overrides, field) => {
    const e = refusal(overrides);
    expect(e.code).toBe('RAP_ERR_INVALID');
    expect(e.location.field).toBe(field);
  });
});

// Our wording is our own: no passage of 80 characters of the real letters, registry titles aside.
const corpusDir = new URL('../../../../shared/corpus/', import.meta.url);
describe.skipIf(!existsSync(corpusDir))('copy check against the real letters', () => {
  it('composes no 80-character passage of the corpus letters in any language', () => {
    const letters = (['en', 'fr', 'es'] as const).map((language) => compose({ language }));
    const facts = [...new Set(letters.flatMap((l) => [...l.mandates.map((m) => m.title), ...l.signatories.map((s) => s.name)]))]
      .concat(instruments().map((i) => i.title), ['Annex', 'Reference to international human rights law'])
      .map((t) => t.toLowerCase()).sort((a, b) => b.length - a.length);
    const squash = (s: string) => {
      let t = s.replace(/[*#_>\s]+/g, ' ').toLowerCase();
      for (const f of facts) t = t.split(f).join(' \u00a7 ');
      return t;
    };
    const windows = new Set<string>();
    for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) {
      const text = squash(readFileSync(new URL(f, corpusDir), 'utf8'));
      for (let i = 0; i + 80 <= text.length; i++) windows.add(text.slice(i, i + 80));
    }
    const hits: string[] = [];
    for (const l of letters) {
      const text = squash(l.text);
      for (let i = 0; i + 80 <= text.length; i++) {
        const w = text.slice(i, i + 80);
        if (!w.includes('\u00a7') && windows.has(w)) hits.push(w);
      }
    }
    expect(hits.slice(0, 10)).toEqual([]);
  });
});
