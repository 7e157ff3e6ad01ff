/**
 * The fixed parts of a letter and of a reply in English, French and Spanish: header, reference
 * line, salutation, capacity paragraph, deadline, closing. Written for this project; the short
 * anchors that every Special Procedures letter shares ("Ref.:", "Excellency,", "According to the
 * information received:") are kept as they are, the surrounding sentences are our own.
 */
import { joinList, longDate, type Language } from './language.js';

export interface Formulas {
  mandatesHeader(titles: string[]): string;
  refLine(ref: string): string;
  salutation(company: string | null): string;
  capacity(titles: string[], resolutions: string[], joint: boolean): string;
  subject(subject: string, joint: boolean, company: string | null): string;
  according: string;
  /** A previous letter on the same case: `... dated 3 May 2021 (AL XAB 2/2021)`. */
  earlier(args: { names: string; reference: string; date: string; sameRecipient: boolean; recipientName: string; replyDate: string | null }): string;
  annexPointer: string;
  questionsIntro(joint: boolean, company: string | null): string;
  deadline(company: string | null): string;
  interim: string;
  pressRelease: string;
  copy(states: string[]): string;
  closing(joint: boolean, company: string | null): string;
  annexTitle: string;
  annexIntro: string;
  signatureTitle(title: string, body: string): string;
  /** The date written in the letter. */
  date(iso: string): string;
}

const headerTitles = (titles: string[], lang: Language) => {
  if (lang === 'en') {
    const withThe = titles.map((t) => `the ${t}`);
    return withThe.length === 1 ? withThe[0]! : `${withThe.slice(0, -1).join('; ')} and ${withThe[withThe.length - 1]}`;
  }
  const art = (t: string) =>
    lang === 'fr' ? (/^Expert/.test(t) ? `de l'${t}` : /^Rapporteuse/.test(t) ? `de la ${t}` : `du ${t}`)
      : /^(Relatora|Experta)/.test(t) ? `de la ${t}` : `del ${t}`;
  const list = titles.map(art);
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join('; ')} ${lang === 'fr' ? 'et' : 'y'} ${list[list.length - 1]}`;
};

const resolutionList = (r: string[], lang: Language) => joinList(r, lang);

export const FORMULAS: Record<Language, Formulas> = {
  en: {
    mandatesHeader: (t) => `${t.length > 1 ? 'Mandates' : 'Mandate'} of ${headerTitles(t, 'en')}`,
    refLine: (ref) => `Ref.: ${ref}  \n(Please use this reference in your reply)`,
    salutation: (company) => (company ? 'Dear Sir or Madam,' : 'Excellency,'),
    capacity: (t, r, joint) =>
      `${joint ? 'We have the honour to write to you in our capacities as' : 'I have the honour to write to you in my capacity as'} ${t.length === 1 ? t[0] : `${t.slice(0, -1).join('; ')} and ${t[t.length - 1]}`}, pursuant to Human Rights Council ${r.length > 1 ? 'resolutions' : 'resolution'} ${resolutionList(r, 'en')}.`,
    subject: (s, joint, company) =>
      `In this regard, ${joint ? 'we' : 'I'} would like to draw ${company ? 'your attention' : "the attention of your Excellency's Government"} to information ${joint ? 'we have' : 'I have'} received concerning **${s}**.`,
    according: 'According to the information received:',
    earlier: ({ names, reference, date, sameRecipient, recipientName, replyDate }) =>
      `The situation of ${names} was the subject of an earlier communication ${sameRecipient ? "to your Excellency's Government" : `to the Government of ${recipientName}`}, sent on ${date} (${reference}). ` +
      (replyDate ? `We acknowledge the reply received on ${replyDate}; however, the information that has since reached us remains a matter of serious concern.` : 'We regret that no reply to that communication has been received to date.'),
    annexPointer: 'The international standards relevant to these allegations are set out in the **Annex on Reference to international human rights law** attached to this letter.',
    questionsIntro: (joint, company) =>
      `In view of ${joint ? 'our' : 'my'} duty, under the ${joint ? 'mandates' : 'mandate'} entrusted to ${joint ? 'us' : 'me'} by the Human Rights Council, to seek clarification of every case submitted to ${joint ? 'us' : 'me'}, ${joint ? 'we' : 'I'} would ${company ? 'welcome your' : "be grateful for your Excellency's Government's"} observations on the following matters:`,
    deadline: (company) =>
      `We would appreciate receiving a response within 60 days. After that period, this letter and any reply from ${company ? 'your company' : "your Excellency's Government"} will be published on the communications reporting website, and later included in the regular report to the Human Rights Council.`,
    interim: 'Pending a reply, we urge that all necessary interim measures be taken to stop the alleged violations and prevent their recurrence and, should the investigations confirm the allegations, to ensure that those responsible are held accountable.',
    pressRelease: 'We may express our concerns publicly in the near future, as we consider that the information received is sufficiently reliable to indicate a matter warranting immediate attention. Any public statement would indicate that we have been in contact with your Excellency\u2019s Government to clarify the issues in question.',
    copy: (states) => `Please note that a copy of this letter will be sent to the ${states.length > 1 ? 'Governments' : 'Government'} of ${joinList(states, 'en')}.`,
    closing: (joint, company) => `Please accept, ${company ? 'Sir or Madam' : 'Excellency'}, the assurances of ${joint ? 'our' : 'my'} highest consideration.`,
    annexTitle: '## **Annex**\n\n### **Reference to international human rights law**',
    annexIntro: 'With regard to the facts and concerns set out above, we would like to draw attention to the following international standards.',
    signatureTitle: (t, body) => (body === 'Working Group' ? `Chair-Rapporteur of the ${t}` : t),
    date: (iso) => longDate(iso, 'en'),
  },
  fr: {
    mandatesHeader: (t) => `${t.length > 1 ? 'Mandats' : 'Mandat'} ${headerTitles(t, 'fr')}`,
    refLine: (ref) => `Réf. : ${ref}  \n(Veuillez utiliser cette référence pour toute réponse)`,
    salutation: (company) => (company ? 'Madame, Monsieur,' : 'Excellence,'),
    capacity: (t, r, joint) =>
      `${joint ? 'Nous avons l\u2019honneur de nous adresser à vous en nos qualités de' : 'J\u2019ai l\u2019honneur de m\u2019adresser à vous en ma qualité de'} ${joinList(t, 'fr', '; ')}, conformément aux ${r.length > 1 ? 'résolutions' : 'résolution'} ${resolutionList(r, 'fr')} du Conseil des droits de l'homme.`,
    subject: (s, joint) => `À cet égard, ${joint ? 'nous souhaiterions' : 'je souhaiterais'} attirer l'attention du Gouvernement de votre Excellence sur des informations reçues concernant **${s}**.`,
    according: 'Selon les informations reçues :',
    earlier: ({ names, reference, date, sameRecipient, recipientName, replyDate }) =>
      `La situation de ${names} a fait l'objet d'une communication antérieure ${sameRecipient ? 'au Gouvernement de votre Excellence' : `au Gouvernement de ${recipientName}`}, envoyée le ${date} (${reference}). ` +
      (replyDate ? `Nous prenons note de la réponse reçue le ${replyDate}.` : 'Nous regrettons de ne pas avoir reçu de réponse à ce jour.'),
    annexPointer: "Les normes internationales applicables sont exposées dans l'**Annexe : Référence au droit international des droits de l'homme** jointe à cette lettre.",
    questionsIntro: (joint) => `${joint ? 'Nous serions reconnaissants' : 'Je serais reconnaissant'} au Gouvernement de votre Excellence de ses observations sur les points suivants :`,
    deadline: () => 'Nous serions reconnaissants de recevoir une réponse dans un délai de 60 jours. Passé ce délai, cette lettre et toute réponse reçue seront publiées sur le site internet consacré aux communications.',
    interim: 'Dans l\u2019attente d\u2019une réponse, nous prions le Gouvernement de votre Excellence de prendre toutes les mesures provisoires nécessaires pour faire cesser les violations alléguées.',
    pressRelease: 'Nous pourrions exprimer publiquement nos préoccupations prochainement, les informations reçues nous paraissant suffisamment fiables.',
    copy: (states) => `Une copie de cette lettre sera transmise au Gouvernement de ${joinList(states, 'fr')} pour information.`,
    closing: (joint, company) => `Veuillez agréer, ${company ? 'Madame, Monsieur' : 'Excellence'}, l'assurance de ${joint ? 'notre' : 'ma'} très haute considération.`,
    annexTitle: '## **Annexe**\n\n### **Référence au droit international des droits de l\u2019homme**',
    annexIntro: 'En relation avec les faits et préoccupations exposés ci-dessus, nous souhaitons rappeler les normes internationales suivantes.',
    signatureTitle: (t, body) => (body === 'Working Group' ? `Président-Rapporteur du ${t}` : t),
    date: (iso) => longDate(iso, 'fr'),
  },
  es: {
    mandatesHeader: (t) => `${t.length > 1 ? 'Mandatos' : 'Mandato'} ${headerTitles(t, 'es')}`,
    refLine: (ref) => `Referencia: ${ref}  \n(Por favor, utilice esta referencia en su respuesta)`,
    salutation: (company) => (company ? 'Estimado/a señor/a:' : 'Excelencia:'),
    capacity: (t, r, joint) =>
      `${joint ? 'Tenemos el honor de dirigirnos a Usted en nuestra calidad de' : 'Tengo el honor de dirigirme a Usted en mi calidad de'} ${joinList(t, 'es', '; ')}, de conformidad con las ${r.length > 1 ? 'resoluciones' : 'resolución'} ${resolutionList(r, 'es')} del Consejo de Derechos Humanos.`,
    subject: (s, joint) => `En este sentido, ${joint ? 'quisiéramos' : 'quisiera'} señalar a la atención urgente del Gobierno de su Excelencia la información recibida en relación con **${s}**.`,
    according: 'De acuerdo con la información recibida:',
    earlier: ({ names, reference, date, sameRecipient, recipientName, replyDate }) =>
      `La situación de ${names} fue objeto de una comunicación anterior ${sameRecipient ? 'al Gobierno de su Excelencia' : `al Gobierno de ${recipientName}`}, enviada el ${date} (${reference}). ` +
      (replyDate ? `Agradecemos la respuesta recibida el ${replyDate}.` : 'Lamentamos no haber recibido respuesta hasta la fecha.'),
    annexPointer: 'Las normas internacionales aplicables figuran en el **Anexo: Referencias al derecho internacional de los derechos humanos** adjunto a esta carta.',
    questionsIntro: (joint) => `${joint ? 'Agradeceríamos' : 'Agradecería'} recibir del Gobierno de su Excelencia sus observaciones sobre las siguientes cuestiones:`,
    deadline: () => 'Agradeceríamos recibir una respuesta en un plazo de 60 días. Transcurrido dicho plazo, esta carta y cualquier respuesta recibida se publicarán en el sitio web de comunicaciones.',
    interim: 'A la espera de una respuesta, instamos al Gobierno de su Excelencia a que adopte todas las medidas provisionales necesarias para poner fin a las presuntas violaciones.',
    pressRelease: 'Es posible que expresemos públicamente nuestras preocupaciones en un futuro próximo, dado que la información recibida parece suficientemente fiable.',
    copy: (states) => `Una copia de la presente carta se enviará al Gobierno de ${joinList(states, 'es')} para su información.`,
    closing: (joint, company) => `Acepte, ${company ? 'señor/a' : 'Excelencia'}, la expresión de ${joint ? 'nuestra' : 'mi'} más distinguida consideración.`,
    annexTitle: '## **Anexo**\n\n### **Referencias al derecho internacional de los derechos humanos**',
    annexIntro: 'En relación con los hechos y preocupaciones expuestos, quisiéramos recordar las siguientes normas internacionales.',
    signatureTitle: (t, body) => (body === 'Working Group' ? `Presidente-Relator del ${t}` : t),
    date: (iso) => longDate(iso, 'es'),
  },
};
