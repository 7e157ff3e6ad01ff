import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CommunicationSchema } from '../domain/communication.js';
import { extractDocument } from './extract.js';
import { ENGLISH_2012, ENGLISH_2024, FRENCH_2023, SPANISH_2022 } from './letter/testing/sample-letters.js';

describe('extractDocument', () => {
  it('reads the frame of an English letter into a valid interchange record', () => {
    const r = extractDocument(ENGLISH_2024);
    expect(CommunicationSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({
      kind: 'communication', reference: { text: 'UA XAB 4/2024' }, date: '2024-02-12', language: 'en', joint: true,
      recipient: { code: 'XAB', name: 'Borelia' }, resolutions: ['51/8', '44/8', '52/7'], replyDeadlineDays: 60, redactions: 1,
      relatedCommunications: [{ reference: 'AL XAB 2/2022', date: '2022-05-03' }],
    });
    expect(r.copiedTo.map((c) => c.code)).toEqual(['XAD', 'XAG']);
    expect(r.questions).toHaveLength(3);
    expect(r.signatories.map((s) => s.mandateId)).toEqual(['wg-arbitrary-detention', 'sr-independence-judges-lawyers', 'sr-torture']);
    expect(r.documentSymbols).toEqual(['CCPR/C/GC/35', 'A/HRC/45/16']);
    expect(r.countries.slice(0, 3)).toEqual(['XAB', 'XAD', 'XAG']);
    expect(r.persons.map((p) => p.name)).not.toContain('Anselm Vey');
  });

  it('cites earlier letters given without their type, never the letter itself', () => {
    const text = ENGLISH_2024.replace('(AL XAB 2/2022)', '(XAB 2/2022)').replace('Excellency,', 'Excellency,\n\nThis letter (XAB 4/2024) follows our earlier ones.');
    expect(text).not.toBe(ENGLISH_2024);
    const r = extractDocument(text);
    expect(r.reference?.text).toBe('UA XAB 4/2024');
    expect(r.relatedCommunications).toEqual([{ reference: 'XAB 2/2022', date: '2022-05-03' }]);
  });

  it('reads the documents and letters its footnotes cite, and keeps the notes out of its paragraphs', () => {
    const note = '<sup>1</sup> <https://example.org/a-footnote>';
    const text = ENGLISH_2024.replace(note, '<sup>1</sup> See A/HRC/47/38, para. 12, and our letter\nAL XAB 5/2023 of 9 June 2023.');
    expect(text).not.toBe(ENGLISH_2024);
    const r = extractDocument(text);
    expect(r.documentSymbols).toContain('A/HRC/47/38');
    expect(r.relatedCommunications).toContainEqual({ reference: 'AL XAB 5/2023', date: '2023-06-09' });
    expect(r.events.map((e) => e.text).join(' ')).not.toContain('A/HRC/47/38');
  });

  it('leaves out the holders of its mandates in its year only: a victim may share a former holder\'s surname', () => {
    const text = [
      'Mandate of the Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression',
      'Ref.: AL XAB 3/2023',
      '2 May 2023',
      'Excellency,',
      'I have the honour to address you in my capacity as Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression, pursuant to Human Rights Council resolution 52/9.',
      'I write to draw your Government’s notice to information I have received concerning the detention of Ms. Hussain, a journalist.',
      'According to the information received:',
      'On 3 April 2023, Ms. Hussain was arrested.',
      'Please accept, Excellency, the assurances of my highest consideration.',
      'Irene Khan',
      'Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression',
    ].join('\n\n');
    expect(extractDocument(text).persons.map((p) => [p.name, p.role])).toEqual([['Hussain', 'victim']]);
  });

  it('reads a French letter', () => {
    const r = extractDocument(FRENCH_2023);
    expect(r).toMatchObject({ kind: 'communication', language: 'fr', reference: { text: 'AL XAI 3/2023' }, date: '2023-03-14', replyDeadlineDays: 60 });
    expect(r.mandates.map((m) => m.id)).toEqual(['wg-arbitrary-detention', 'sr-human-rights-defenders', 'sr-torture']);
    expect(r.copiedTo.map((c) => c.code)).toEqual(['XAJ']);
    expect(r.questions).toHaveLength(2);
    expect(r.title).toBe('la détention de M. Tomas Ferrandel, défenseur des droits humains');
  });

  it('reads a Spanish letter', () => {
    const r = extractDocument(SPANISH_2022);
    expect(r).toMatchObject({ language: 'es', reference: { text: 'UA XAL 5/2022' }, date: '2022-06-07', resolutions: ['43/4', '43/16'] });
    expect(r.signatories.map((s) => s.mandateId)).toEqual(['sr-freedom-of-expression', 'sr-human-rights-defenders']);
    expect(r.relatedCommunications).toEqual([]);
  });

  it('reads an older single-mandate letter with internal codes and a deadline in words', () => {
    const r = extractDocument(ENGLISH_2012);
    expect(r).toMatchObject({ joint: false, date: '2012-06-28', replyDeadlineDays: 60, reference: { text: 'UA XAD 6/2012', internalCodes: ['G/SO 214 (53-24)'] } });
    expect(r.mandates.map((m) => m.id)).toEqual(['sr-extrajudicial-executions']);
    expect(r.questions).toHaveLength(2);
  });

  it('warns about an unknown recipient code and leaves absent values empty', () => {
    const r = extractDocument(ENGLISH_2024.replace('UA XAB 4/2024', 'UA QQQ 4/2024').replace(/Please note that a copy[^\n]*\n/, ''));
    expect(r.warnings).toContain('unknown recipient code QQQ');
    expect(r.recipient).toEqual({ code: 'QQQ', name: null });
    expect(r.copiedTo).toEqual([]);
  });

  it('reads a reply and a source', () => {
    const reply = extractDocument('The Permanent Mission of Dastan to the United Nations Office at Geneva presents its compliments and, with reference to the communication UA XAD 6/2012, has the honour to reply.\n\nGeneva, 9 August 2012');
    expect(reply).toMatchObject({ kind: 'reply', recipient: { code: 'XAD' }, date: '2012-08-09', relatedCommunications: [{ reference: 'UA XAD 6/2012' }] });
    expect(extractDocument('Borelia: lawyer detained, says rights group\n\nThe lawyer Orla Vantrees was arrested in Borelia on Tuesday, her colleagues said.').kind).toBe('source');
  });

  it('reads numbered annexes: the law cited in one, the persons concerned listed in another', () => {
    const letter = [
      'Mandate of the Special Rapporteur on the situation of human rights defenders',
      'Ref.: UA XAA 7/2022', '4 May 2022', 'Excellency,',
      'I have the honour to address you in my capacity as Special Rapporteur on the situation of human rights defenders, pursuant to Human Rights Council resolution 52/4.',
      'I would like to bring to your attention information I have received concerning the detention of the teachers listed in Annex II.',
      'Please accept, Excellency, the assurances of my highest consideration.',
      'Mary Lawlor', 'Special Rapporteur on the situation of human rights defenders',
      'Annex I', 'Reference to international human rights law', 'I refer to articles 9 and 21 of the International Covenant on Civil and Political Rights.',
      'Annex II', 'List of the persons concerned',
      '1. Tamsin Ardell, teacher', '2) Mr. Oskar Lindqvist (union secretary)', '| No. | Full Name | Occupation |', '| 3 | Halina Voss | teacher | detained |',
    ].join('\n\n');
    const r = extractDocument(letter);
    expect(r.legalReferences).toMatchObject([{ instrumentId: 'iccpr', articles: ['9', '21'] }]);
    expect(r.persons.map((p) => [p.name, p.role])).toEqual([['Tamsin Ardell', 'victim'], ['Oskar Lindqvist', 'victim'], ['Halina Voss', 'victim']]);
    expect(r.signatories.map((s) => s.name)).toEqual(['Mary Lawlor']);
  });
});

/** A short letter (the capacity paragraph too short to end the head by itself) with a given salutation. */
function shortLetter(language: 'en' | 'fr' | 'es', salutation: string): string {
  const parts = {
    en: ['Mandate of the Special Rapporteur on the right to food', 'Ref.: AL OTH 4/2023', '9 March 2023',
      'I have the honour to address you in my capacity as Special Rapporteur on the right to food, pursuant to resolution 49/13.'],
    fr: ['Mandat de la Rapporteuse spéciale sur le droit à l’alimentation', 'Réf. : AL OTH 4/2023', '9 mars 2023',
      'J’ai l’honneur de m’adresser à vous en ma qualité de Rapporteuse spéciale sur le droit à l’alimentation.'],
    es: ['Mandato de la Relatora Especial sobre el derecho a la alimentación', 'Referencia: AL XAC 4/2023', '9 de marzo de 2023',
      'Tengo el honor de dirigirme a Usted en mi calidad de Relatora Especial sobre el derecho a la alimentación.'],
  }[language];
  return [...parts.slice(0, 3), salutation, parts[3], 'Quisiera señalar a su atención la información recibida.'].join('\n\n');
}

describe('extractDocument on letters to companies and Spanish letters', () => {
  it.each([
    ['en', 'Dear Sir/Madam,'], ['en', 'Dear Sir or Madam,'], ['fr', 'Madame, Monsieur,'],
    ['es', 'Excelencia:'], ['es', 'Señoras y señores:'], ['es', 'Estimado/a señor/a:'],
  ] as const)('reads the head of a %s letter opening "%s"', (language, salutation) => {
    const r = extractDocument(shortLetter(language, salutation));
    const code = language === 'es' ? 'XAC' : 'OTH';
    expect(r).toMatchObject({ kind: 'communication', reference: { text: `AL ${code} 4/2023` }, date: '2023-03-09', recipient: { code } });
  });

  it('reads a company reply and names the company as the other party', () => {
    const r = extractDocument('Coldmere Mining Ltd\n\n2 June 2023\n\nRe: your letter AL OTH 4/2023 of 9 March 2023\n\nColdmere Mining Ltd acknowledges receipt of the joint communication AL OTH 4/2023 and wishes to provide the following information.\n\n1. The company complies with the law.\n\nYours faithfully,');
    expect(r).toMatchObject({ kind: 'reply', date: '2023-06-02', recipient: { code: 'OTH', name: 'Coldmere Mining Ltd' }, relatedCommunications: [{ reference: 'AL OTH 4/2023' }] });
    expect(r.countries).toEqual([]);
  });
});

// Notes verbales of our own, in the other official languages a Permanent Mission may answer in.
const RUSSIAN_REPLY = `Постоянное представительство Республики Борелия при Отделении ООН в Женеве

Постоянное представительство Республики Борелия свидетельствует свое уважение Управлению Верховного комиссара ООН по правам человека и, ссылаясь на совместное обращение AL XAB 3/2021 от 12 марта 2021 года, имеет честь препроводить ответ Правительства.

Женева, 10 мая 2021 года`;
const ARABIC_REPLY = `البعثة الدائمة لجمهورية بوريليا لدى مكتب الأمم المتحدة في جنيف

تهدي البعثة الدائمة لجمهورية بوريليا أطيب تحياتها إلى مفوضية الأمم المتحدة السامية لحقوق الإنسان، وبالإشارة إلى الرسالة المشتركة UA XAB 7/2022 المؤرخة 3 كانون الأول/ديسمبر 2022، تتشرف بأن تحيل رد الحكومة.

جنيف، ١٥ شباط/فبراير ٢٠٢٣`;
const CHINESE_REPLY = `博雷利亚共和国常驻联合国日内瓦办事处代表团向联合国人权事务高级专员办事处致意，并谨就2023年4月2日联合来函（OL XAB 2/2023）转交博雷利亚政府的答复。

2023年6月1日于日内瓦`;

describe('extractDocument on replies in Russian, Arabic and Chinese', () => {
  it.each([
    ['Russian', RUSSIAN_REPLY, 'ru', 'AL XAB 3/2021', '2021-03-12', '2021-05-10'],
    ['Arabic', ARABIC_REPLY, 'ar', 'UA XAB 7/2022', '2022-12-03', '2023-02-15'],
    ['Chinese', CHINESE_REPLY, 'zh', 'OL XAB 2/2023', '2023-04-02', '2023-06-01'],
  ])('reads a %s note verbale as a reply to its letter, with its language and dates', (_name, text, language, reference, sent, date) => {
    const r = extractDocument(text);
    expect(CommunicationSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({ kind: 'reply', language, date, recipient: { code: 'XAB' }, relatedCommunications: [{ reference, date: sent }] });
  });
});


const corpus = new URL('../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(new URL('AL_MNE_2_2024.txt', corpus));
if (!hasCorpus) console.warn('extract.test: ../shared/corpus not found, the real-letter test is skipped');

describe.skipIf(!hasCorpus)('extractDocument on a real letter (../shared/corpus)', () => {
  it('reads the legal references of the annex', () => {
    const r = extractDocument(readFileSync(new URL('AL_MNE_2_2024.txt', corpus), 'utf8'));
    expect(r.legalReferences.find((l) => l.instrumentId === 'iccpr')?.articles).toEqual(['9', '17', '19', '21', '22', '26']);
  });
});
