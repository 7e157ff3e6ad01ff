/**
 * Drafts for tests: a complete joint allegation letter to a fictional State, about invented
 * people, in English, French or Spanish; `overrides` changes any field.
 */
import type { Language } from '../../dates.js';
import type { LetterDraft } from '../letter-draft.js';

const WORDING: Record<Language, Pick<LetterDraft, 'subject' | 'persons' | 'facts' | 'concerns' | 'questions'>> = {
  en: {
    subject: 'the detention of the human rights defender Ms. Ilsa Varnhold and the search of the offices of "Open Lantern"',
    persons: [
      { name: 'Ilsa Varnhold', gender: 'female', descriptors: ['human rights defender', 'lawyer'], organization: 'Open Lantern' },
      { name: 'Teodor Maleski', gender: 'male', descriptors: [], organization: null },
    ],
    facts: [
      { date: '2024-02-11', precision: 'day', place: 'Velmora', text: 'Police officers searched the offices of "Open Lantern" and seized its computers.' },
      { date: '2023-11', precision: 'month', place: null, text: 'Ms. Varnhold published a report on conditions in the Velmora remand prison.' },
      { date: '2024-02-12', precision: 'day', place: 'Velmora', text: 'The prosecutor charged Ms. Varnhold with spreading false information' },
    ],
    concerns: ['We are concerned that the charges appear to be linked to her work as a lawyer.'],
    questions: [
      'Please share any further details or comments you may have about these allegations.',
      'Please explain the legal basis for the detention of Ms. Varnhold and the search of the offices of "Open Lantern".',
      'Please indicate the measures taken to allow Ms. Varnhold to see her lawyer and her family.',
    ],
  },
  fr: {
    subject: "la détention de la défenseuse des droits humains Mme Ilsa Varnhold et la perquisition des bureaux de l'association « Open Lantern »",
    persons: [
      { name: 'Ilsa Varnhold', gender: 'female', descriptors: ['défenseuse des droits humains', 'avocate'], organization: 'Open Lantern' },
      { name: 'Teodor Maleski', gender: 'male', descriptors: [], organization: null },
    ],
    facts: [
      { date: '2024-02-11', precision: 'day', place: 'Velmora', text: "Des policiers ont perquisitionné les bureaux de l'association et saisi ses ordinateurs." },
      { date: '2023-11', precision: 'month', place: null, text: 'Mme Varnhold a publié un rapport sur les conditions de détention à la prison de Velmora.' },
      { date: '2024-02-12', precision: 'day', place: 'Velmora', text: 'Le procureur a inculpé Mme Varnhold de diffusion de fausses informations.' },
    ],
    concerns: ["Nous craignons que ces poursuites soient liées à son activité d'avocate."],
    questions: [
      'Veuillez nous communiquer toute information ou tout commentaire complémentaire sur les allégations ci-dessus.',
      'Veuillez préciser le fondement juridique de la détention de Mme Varnhold.',
      'Veuillez indiquer les mesures prises pour que Mme Varnhold puisse voir son avocat et sa famille.',
    ],
  },
  es: {
    subject: 'la detención de la defensora de derechos humanos Sra. Ilsa Varnhold y el registro de las oficinas de «Open Lantern»',
    persons: [
      { name: 'Ilsa Varnhold', gender: 'female', descriptors: ['defensora de derechos humanos', 'abogada'], organization: 'Open Lantern' },
      { name: 'Teodor Maleski', gender: 'male', descriptors: [], organization: null },
    ],
    facts: [
      { date: '2024-02-11', precision: 'day', place: 'Velmora', text: 'Agentes de policía registraron las oficinas de la organización y se llevaron sus ordenadores.' },
      { date: '2023-11', precision: 'month', place: null, text: 'La Sra. Varnhold publicó un informe sobre las condiciones de la prisión de Velmora.' },
      { date: '2024-02-12', precision: 'day', place: 'Velmora', text: 'El fiscal acusó a la Sra. Varnhold de difundir información falsa.' },
    ],
    concerns: ['Nos preocupa que estas acusaciones estén vinculadas a su labor como abogada.'],
    questions: [
      'Sírvanse proporcionar cualquier información o comentario adicional sobre las alegaciones mencionadas.',
      'Sírvanse explicar el fundamento jurídico de la detención de la Sra. Varnhold.',
      'Sírvanse indicar las medidas adoptadas para que la Sra. Varnhold pueda ver a su abogado y a su familia.',
    ],
  },
};

export function buildDraft(overrides: Partial<LetterDraft> = {}): LetterDraft {
  const language = overrides.language ?? 'en';
  return {
    type: 'AL',
    recipient: { code: 'XAB' },
    language,
    date: '2024-04-16',
    reference: 'AL XAB 3/2024',
    leadMandateId: 'sr-human-rights-defenders',
    mandateIds: ['sr-human-rights-defenders', 'sr-freedom-of-assembly-association', 'wg-arbitrary-detention'],
    ...WORDING[language],
    earlierLetters: [
      { reference: 'AL XAB 7/2022', date: '2022-09-05', replies: ['2022-11-30'] },
      { reference: 'UA XAC 2/2023', date: '2023-04-20', replies: [] },
    ],
    interimMeasures: true,
    pressRelease: false,
    copiesTo: ['XAC', 'XAA'],
    legalReferences: [
      { instrumentId: 'iccpr', articles: ['9', '14', '19'] },
      { instrumentId: 'declaration-hrd', articles: ['1', '2', '12'] },
      { instrumentId: 'cat', articles: [] },
    ],
    overrides: {},
    ...overrides,
  };
}
