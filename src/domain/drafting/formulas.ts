/**
 * The fixed wording of a letter in English, French and Spanish: header, reference line,
 * salutation, capacity paragraph, subject, earlier letters, concerns opening, questions intro,
 * deadline and publication notice, interim measures, press release, copies, closing, annex.
 * Written for this project; the short anchors every Special Procedures letter shares ("Ref.:",
 * "Excellency,", "According to the information received:") are kept, the sentences are our own.
 * The letter reader (src/extract/letter) must read back what these write: see round-trip.test.ts.
 */
import type { Language } from '../dates.js';
import { ofState, theState } from './state-phrases.js';
import { joinList, longDate } from './words.js';

/** Who writes and to whom: one mandate says "I", several "we"; a State is "your Excellency's Government". */
export interface Voice {
  joint: boolean;
  toState: boolean;
}

export interface EarlierPhrase {
  reference: string;
  /** ISO date the earlier letter was sent. */
  date: string;
  /** The name of the State it went to when not this letter's recipient; null when it went to the same recipient or to a non-State actor. */
  otherState: string | null;
  sameRecipient: boolean;
  /** ISO dates of its replies. */
  replies: string[];
}

export interface Formulas {
  mandatesHeader(titles: string[]): string;
  /** The reference line; a placeholder the reader cannot take for a reference when there is none yet. */
  referenceLine(reference: string | null): string;
  date(iso: string): string;
  salutation(v: Voice): string;
  capacity(titles: string[], resolutions: string[], v: Voice): string;
  subject(subject: string, v: Voice): string;
  according: string;
  earlier(e: EarlierPhrase, v: Voice): string;
  concernsOpening(subject: string, v: Voice): string;
  annexPointer: string;
  questionsIntro(v: Voice): string;
  deadline(days: number, v: Voice): string;
  interim(v: Voice): string;
  pressRelease(v: Voice): string;
  copy(stateNames: string[]): string;
  closing(v: Voice): string;
  signatureTitle(title: string, body: string): string;
  annexHeading: string;
  annexTitle: string;
  annexIntro(v: Voice): string;
  /** What a preview prints where the draft or the registry has nothing yet. */
  missing: { subject: string; title: string; resolution: string; signatory: string };
}

/** `the A; the B and the C` (English); `du A; de la B et de l'C` (French); `del A; de la B y del C` (Spanish). */
function headerTitles(titles: string[], lang: Language): string {
  const withArticle = titles.map((t) => {
    if (lang === 'en') return `the ${t}`;
    if (lang === 'fr') return /^[AEIOUÉ]/.test(t) ? `de l'${t}` : /^(?:Rapporteuse|Présidente)/.test(t) ? `de la ${t}` : `du ${t}`;
    return /^(?:Relatora|Experta|Presidenta)/.test(t) ? `de la ${t}` : `del ${t}`;
  });
  return joinList(withArticle, lang, '; ');
}

const dates = (isos: string[], lang: Language) => joinList(isos.map((d) => longDate(d, lang)), lang);

const EN: Formulas = {
  mandatesHeader: (t) => `${t.length > 1 ? 'Mandates' : 'Mandate'} of ${headerTitles(t, 'en')}`,
  referenceLine: (ref) => `Ref.: ${ref ?? '[allocated when the letter is sent]'}\n(Please use this reference in your reply)`,
  date: (iso) => longDate(iso, 'en'),
  salutation: (v) => (v.toState ? 'Excellency,' : 'Dear Sir or Madam,'),
  capacity: (t, r, v) =>
    `${v.joint ? 'We have the honour to write to you in our capacities as' : 'I have the honour to write to you in my capacity as'} ${joinList(t, 'en', '; ')}, pursuant to Human Rights Council ${r.length > 1 ? 'resolutions' : 'resolution'} ${joinList(r, 'en')}.`,
  subject: (s, v) =>
    `In this regard, ${v.joint ? 'we' : 'I'} would like to draw ${v.toState ? "the attention of your Excellency's Government" : 'your attention'} to information ${v.joint ? 'we have' : 'I have'} received concerning **${s}**.`,
  according: 'According to the information received:',
  earlier: (e, v) => {
    const to = e.sameRecipient ? (v.toState ? " to your Excellency's Government" : ' to you') : e.otherState ? ` to the Government ${ofState(e.otherState, 'en')}` : '';
    const replies = e.replies.length === 0 ? 'No reply to it has been received to date.'
      : e.replies.length === 1 ? `A reply was received on ${dates(e.replies, 'en')}.`
      : `Replies were received on ${dates(e.replies, 'en')}.`;
    return `${v.joint ? 'We' : 'I'} refer to an earlier communication${to}, sent on ${longDate(e.date, 'en')} (${e.reference}). ${replies}`;
  },
  concernsOpening: (s, v) =>
    `Without prejudging the accuracy of the information received, ${v.joint ? 'we wish to express our' : 'I wish to express my'} serious concern about ${s}.`,
  annexPointer: 'The international standards that bear on these allegations are recalled in the **Annex on Reference to international human rights law** that accompanies this letter.',
  questionsIntro: (v) =>
    `In view of ${v.joint ? 'our' : 'my'} duty, under the ${v.joint ? 'mandates' : 'mandate'} entrusted to ${v.joint ? 'us' : 'me'} by the Human Rights Council, to seek clarification of every case submitted to ${v.joint ? 'us' : 'me'}, ${v.joint ? 'we' : 'I'} would ${v.toState ? "be grateful for your Excellency's Government's" : 'welcome your'} observations on the following matters:`,
  deadline: (days, v) =>
    `${v.joint ? 'We' : 'I'} would appreciate receiving a response within ${days} days. After that period, this letter and any reply from ${v.toState ? "your Excellency's Government" : 'you'} will be published on the communications reporting website, and later included in the regular report to the Human Rights Council.`,
  interim: (v) =>
    `Pending a reply, ${v.joint ? 'we urge' : 'I urge'} that all necessary interim measures be taken to stop the alleged violations and prevent their recurrence and, should the investigations confirm the allegations, to ensure that those responsible are held accountable.`,
  pressRelease: (v) =>
    `${v.joint ? 'We' : 'I'} may express ${v.joint ? 'our' : 'my'} concerns publicly in the near future, as the information received appears sufficiently reliable to indicate a matter warranting immediate attention. Any public statement would indicate that ${v.joint ? 'we have' : 'I have'} been in contact with ${v.toState ? "your Excellency's Government" : 'you'} to clarify the issues in question.`,
  copy: (states) => `Please note that a copy of this letter will be sent to the ${states.length > 1 ? 'Governments' : 'Government'} of ${joinList(states.map((s) => theState(s, 'en')), 'en')}.`,
  closing: (v) => `Please accept, ${v.toState ? 'Excellency' : 'Sir or Madam'}, the assurances of ${v.joint ? 'our' : 'my'} highest consideration.`,
  signatureTitle: (t, body) => (body === 'Working Group' ? `Chair-Rapporteur of the ${t}` : t),
  annexHeading: 'Annex',
  annexTitle: 'Reference to international human rights law',
  annexIntro: (v) => `With regard to the facts and concerns set out above, ${v.joint ? 'we' : 'I'} would like to draw attention to the following international standards.`,
  missing: { subject: '[subject to be written]', title: '[title missing from the registry]', resolution: '[resolution missing from the registry]', signatory: '[holder missing from the registry]' },
};

const FR: Formulas = {
  mandatesHeader: (t) => `${t.length > 1 ? 'Mandats' : 'Mandat'} ${headerTitles(t, 'fr')}`,
  referenceLine: (ref) => `Réf. : ${ref ?? '[attribuée à l\u2019envoi de la lettre]'}\n(Veuillez utiliser cette référence pour toute réponse)`,
  date: (iso) => longDate(iso, 'fr'),
  salutation: (v) => (v.toState ? 'Excellence,' : 'Madame, Monsieur,'),
  capacity: (t, r, v) =>
    `${v.joint ? 'Nous avons l\u2019honneur de nous adresser à vous en notre qualité de' : 'J\u2019ai l\u2019honneur de m\u2019adresser à vous en ma qualité de'} ${joinList(t, 'fr', '; ')}, conformément ${r.length > 1 ? 'aux résolutions' : 'à la résolution'} ${joinList(r, 'fr')} du Conseil des droits de l'homme.`,
  subject: (s, v) =>
    `À cet égard, ${v.joint ? 'nous souhaiterions' : 'je souhaiterais'} attirer ${v.toState ? "l'attention du Gouvernement de votre Excellence" : 'votre attention'} sur des informations reçues concernant **${s}**.`,
  according: 'Selon les informations reçues :',
  earlier: (e, v) => {
    const to = e.sameRecipient ? (v.toState ? ' au Gouvernement de votre Excellence' : ' à votre attention') : e.otherState ? ` au Gouvernement ${ofState(e.otherState, 'fr')}` : '';
    const replies = e.replies.length === 0 ? `Aucune réponse ne ${v.joint ? 'nous est' : "m'est"} parvenue à ce jour.`
      : e.replies.length === 1 ? `Une réponse a été reçue le ${dates(e.replies, 'fr')}.`
      : `Des réponses ont été reçues le ${dates(e.replies, 'fr')}.`;
    return `${v.joint ? 'Nous nous référons' : 'Je me réfère'} à une communication antérieure envoyée${to} le ${longDate(e.date, 'fr')} (${e.reference}). ${replies}`;
  },
  concernsOpening: (s, v) =>
    `Sans préjuger de l'exactitude des informations reçues, ${v.joint ? 'nous tenons à exprimer notre' : 'je tiens à exprimer ma'} vive préoccupation concernant ${s}.`,
  annexPointer: "Les normes internationales applicables sont exposées dans l'**Annexe : Référence au droit international des droits de l'homme** jointe à cette lettre.",
  questionsIntro: (v) =>
    `${v.joint ? 'Nous serions reconnaissants' : 'Je serais reconnaissant'} ${v.toState ? 'au Gouvernement de votre Excellence de ses' : 'de recevoir vos'} observations sur les points suivants :`,
  deadline: (days, v) =>
    `${v.joint ? 'Nous vous serions reconnaissants' : 'Je vous serais reconnaissant'} de bien vouloir ${v.joint ? 'nous' : 'me'} faire parvenir une réponse dans un délai de ${days} jours. Passé ce délai, cette lettre et toute réponse ${v.toState ? 'du Gouvernement de votre Excellence' : 'de votre part'} seront publiées sur le site internet consacré aux communications, puis figureront dans le rapport périodique présenté au Conseil des droits de l'homme.`,
  interim: (v) =>
    `Dans l\u2019attente d\u2019une réponse, ${v.joint ? 'nous prions' : 'je prie'} ${v.toState ? 'le Gouvernement de votre Excellence' : 'votre organisation'} de prendre toutes les mesures provisoires nécessaires pour faire cesser les violations alléguées, en prévenir la répétition et, si les enquêtes confirment les allégations, faire en sorte que les responsables rendent des comptes.`,
  pressRelease: (v) =>
    `${v.joint ? 'Nous pourrions exprimer publiquement nos' : 'Je pourrais exprimer publiquement mes'} préoccupations prochainement, les informations reçues paraissant suffisamment fiables pour justifier une attention immédiate. Toute déclaration publique indiquerait que ${v.joint ? 'nous avons' : "j'ai"} pris contact avec ${v.toState ? 'le Gouvernement de votre Excellence' : 'vous'} afin de clarifier les questions soulevées.`,
  copy: (states) => `Une copie de cette lettre sera transmise pour information ${states.length > 1 ? 'aux Gouvernements' : 'au Gouvernement'} ${joinList(states.map((s) => ofState(s, 'fr')), 'fr')}.`,
  closing: (v) => `Veuillez agréer, ${v.toState ? 'Excellence' : 'Madame, Monsieur'}, l'assurance de ${v.joint ? 'notre' : 'ma'} très haute considération.`,
  signatureTitle: (t, body) => (body === 'Working Group' ? `Président-Rapporteur du ${t}` : t),
  annexHeading: 'Annexe',
  annexTitle: 'Référence au droit international des droits de l\u2019homme',
  annexIntro: (v) => `En relation avec les faits et préoccupations exposés ci-dessus, ${v.joint ? 'nous appelons' : "j'appelle"} l'attention sur les normes internationales suivantes.`,
  missing: { subject: '[objet à rédiger]', title: '[titre absent du registre]', resolution: '[résolution absente du registre]', signatory: '[titulaire absent du registre]' },
};

const ES: Formulas = {
  mandatesHeader: (t) => `${t.length > 1 ? 'Mandatos' : 'Mandato'} ${headerTitles(t, 'es')}`,
  referenceLine: (ref) => `Referencia: ${ref ?? '[asignada al enviar la carta]'}\n(Por favor, utilice esta referencia en su respuesta)`,
  date: (iso) => longDate(iso, 'es'),
  salutation: (v) => (v.toState ? 'Excelencia:' : 'Estimado/a señor/a:'),
  capacity: (t, r, v) =>
    `${v.joint ? 'Tenemos el honor de dirigirnos a Usted en nuestra calidad de' : 'Tengo el honor de dirigirme a Usted en mi calidad de'} ${joinList(t, 'es', '; ')}, de conformidad con ${r.length > 1 ? 'las resoluciones' : 'la resolución'} ${joinList(r, 'es')} del Consejo de Derechos Humanos.`,
  subject: (s, v) =>
    `En este sentido, ${v.joint ? 'quisiéramos' : 'quisiera'} señalar ${v.toState ? 'a la atención del Gobierno de su Excelencia' : 'a su atención'} la información recibida en relación con **${s}**.`,
  according: 'De acuerdo con la información recibida:',
  earlier: (e, v) => {
    const to = e.sameRecipient ? (v.toState ? ' al Gobierno de su Excelencia' : ' a usted') : e.otherState ? ` al Gobierno ${ofState(e.otherState, 'es')}` : '';
    const replies = e.replies.length === 0 ? 'Hasta la fecha no se ha recibido respuesta.'
      : e.replies.length === 1 ? `Se recibió una respuesta el ${dates(e.replies, 'es')}.`
      : `Se recibieron respuestas el ${dates(e.replies, 'es')}.`;
    return `${v.joint ? 'Nos referimos' : 'Me refiero'} a una comunicación anterior${to ? ` dirigida${to}` : ''}, enviada el ${longDate(e.date, 'es')} (${e.reference}). ${replies}`;
  },
  concernsOpening: (s, v) =>
    `Sin prejuzgar la exactitud de la información recibida, ${v.joint ? 'deseamos expresar nuestra' : 'deseo expresar mi'} grave preocupación por ${s}.`,
  annexPointer: 'Las normas internacionales aplicables figuran en el **Anexo: Referencias al derecho internacional de los derechos humanos** adjunto a esta carta.',
  questionsIntro: (v) =>
    `${v.joint ? 'Agradeceríamos' : 'Agradecería'} recibir ${v.toState ? 'del Gobierno de su Excelencia sus' : 'sus'} observaciones sobre las siguientes cuestiones:`,
  deadline: (days, v) =>
    `${v.joint ? 'Agradeceríamos' : 'Agradecería'} recibir una respuesta en un plazo de ${days} días. Transcurrido dicho plazo, esta carta y cualquier respuesta ${v.toState ? 'del Gobierno de su Excelencia' : 'de su parte'} se publicarán en el sitio web de comunicaciones y se incluirán después en el informe periódico al Consejo de Derechos Humanos.`,
  interim: (v) =>
    `A la espera de una respuesta, ${v.toState ? '' : 'le '}${v.joint ? 'instamos' : 'insto'}${v.toState ? ' al Gobierno de su Excelencia' : ''} a que adopte todas las medidas provisionales necesarias para poner fin a las presuntas violaciones, evitar su repetición y, si las investigaciones confirman las alegaciones, asegurar que los responsables rindan cuentas.`,
  pressRelease: (v) =>
    `${v.joint ? 'Es posible que expresemos públicamente nuestras' : 'Es posible que exprese públicamente mis'} preocupaciones en un futuro próximo, dado que la información recibida parece suficientemente fiable para merecer atención inmediata. Toda declaración pública indicaría que ${v.joint ? 'nos hemos' : 'me he'} puesto en contacto con ${v.toState ? 'el Gobierno de su Excelencia' : 'usted'} para aclarar las cuestiones planteadas.`,
  copy: (states) => `Una copia de la presente carta se enviará para su información ${states.length > 1 ? 'a los Gobiernos' : 'al Gobierno'} ${joinList(states.map((s) => ofState(s, 'es')), 'es')}.`,
  closing: (v) => `Acepte, ${v.toState ? 'Excelencia' : 'señor/a'}, la expresión de ${v.joint ? 'nuestra' : 'mi'} más distinguida consideración.`,
  signatureTitle: (t, body) => (body === 'Working Group' ? `Presidente-Relator del ${t}` : t),
  annexHeading: 'Anexo',
  annexTitle: 'Referencias al derecho internacional de los derechos humanos',
  annexIntro: (v) => `En relación con los hechos y preocupaciones expuestos, ${v.joint ? 'quisiéramos' : 'quisiera'} señalar las siguientes normas internacionales.`,
  missing: { subject: '[asunto por redactar]', title: '[título ausente del registro]', resolution: '[resolución ausente del registro]', signatory: '[titular ausente del registro]' },
};

export const FORMULAS: Record<Language, Formulas> = { en: EN, fr: FR, es: ES };
