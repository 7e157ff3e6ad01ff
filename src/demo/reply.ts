/**
 * Writes a reply from a State (or a company) to a letter: a note verbale from the Permanent
 * Mission that names the letter's reference and date, followed by the Government's answers.
 */
import { stateByCode } from '../reference-data/index.js';
import { countWords, replyFile } from './letter.js';
import { longDate, type Language } from './language.js';
import type { LetterPlan } from './plan.js';
import { Rng } from './prng.js';
import type { GeneratedDocument, ReplyTruth } from './truth.js';

const ANSWERS_EN = [
  'The competent authorities carried out a thorough check of the information contained in the communication.',
  'The measures referred to were taken in strict compliance with the national legislation in force and the international obligations of the State.',
  'The person concerned was informed of the charges in a language he or she understands and was assisted by counsel of his or her choosing at every stage.',
  'No complaint of ill-treatment was received from the person concerned or from his or her representatives.',
  'The courts of the country are independent, and the Government is not in a position to comment on proceedings that are still pending.',
  'The legislation referred to was drafted in consultation with civil society and is in line with the best international practice.',
  'Civil society organisations operate freely in the country, and more than two thousand associations are registered with the Ministry of Justice.',
  'The Government remains open to constructive dialogue with the special procedures of the Human Rights Council.',
];
const ANSWERS_FR = [
  'Les autorités compétentes ont procédé à une vérification approfondie des informations contenues dans la communication.',
  'Les mesures mentionnées ont été prises dans le strict respect de la législation nationale en vigueur.',
  'Le Gouvernement reste ouvert à un dialogue constructif avec les procédures spéciales.',
];
const ANSWERS_ES = [
  'Las autoridades competentes llevaron a cabo una verificación exhaustiva de la información contenida en la comunicación.',
  'Las medidas mencionadas se adoptaron en estricto cumplimiento de la legislación nacional vigente.',
  'El Gobierno sigue abierto a un diálogo constructivo con los procedimientos especiales.',
];

export function renderReply(plan: LetterPlan, letterFile: string, n: number, seed: number, words: number): GeneratedDocument {
  const reply = plan.replies[n - 1]!;
  const rng = Rng.of('reply', seed, plan.index, n);
  const lang: Language = plan.language;
  const name = plan.company ? plan.company.name : stateByCode(plan.recipient)?.name[lang] ?? plan.recipient;
  const paragraphs: string[] = [];
  const ref = plan.reference;
  const letterDate = longDate(plan.date, lang);
  if (plan.company) {
    paragraphs.push(`${name}`, longDate(reply.date, lang), `Re: your letter ${ref} of ${letterDate}`);
    paragraphs.push(`${name} acknowledges receipt of the joint communication ${ref} dated ${letterDate} and wishes to provide the following information.`);
  } else if (lang === 'fr') {
    paragraphs.push(`Mission permanente de ${name} auprès de l'Office des Nations Unies à Genève`, `Note verbale`, `Genève, le ${longDate(reply.date, lang)}`);
    paragraphs.push(`La Mission permanente de ${name} auprès de l'Office des Nations Unies et des autres organisations internationales à Genève présente ses compliments au Haut-Commissariat aux droits de l'homme et, se référant à la communication ${ref} du ${letterDate}, a l'honneur de lui transmettre ${n > 1 ? 'des informations complémentaires' : 'la réponse'} du Gouvernement.`);
  } else if (lang === 'es') {
    paragraphs.push(`Misión Permanente de ${name} ante la Oficina de las Naciones Unidas en Ginebra`, `Nota verbal`, `Ginebra, ${longDate(reply.date, lang)}`);
    paragraphs.push(`La Misión Permanente de ${name} ante la Oficina de las Naciones Unidas y otros organismos internacionales en Ginebra saluda atentamente a la Oficina del Alto Comisionado para los Derechos Humanos y, en relación con la comunicación ${ref} de fecha ${letterDate}, tiene el honor de transmitir ${n > 1 ? 'información adicional' : 'la respuesta'} del Gobierno.`);
  } else {
    paragraphs.push(`Permanent Mission of ${name} to the United Nations Office at Geneva`, `Note verbale`, `Geneva, ${longDate(reply.date, lang)}`);
    paragraphs.push(`The Permanent Mission of ${name} to the United Nations Office and other international organizations in Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to the communication ${ref} of ${letterDate} from the special procedures mandate holders, has the honour to transmit ${n > 1 ? 'additional information from' : 'the reply of'} the Government.`);
    if (reply.late) paragraphs.push('The Mission regrets the delay in transmitting this reply, which required consultations with several ministries.');
  }
  const answers = lang === 'fr' ? ANSWERS_FR : lang === 'es' ? ANSWERS_ES : ANSWERS_EN;
  const target = Math.max(150, Math.round(words / 3));
  let k = 0;
  while (countWords(paragraphs.join(' ')) < target && k < 200) {
    const block = rng.sample(answers, rng.int(2, answers.length)).join(' ');
    paragraphs.push(`${k + 1}. ${block}`);
    k++;
  }
  paragraphs.push(
    lang === 'fr' ? "La Mission permanente saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa très haute considération."
      : lang === 'es' ? 'La Misión Permanente aprovecha la oportunidad para reiterar a la Oficina del Alto Comisionado el testimonio de su más alta consideración.'
      : plan.company ? 'Yours faithfully,' : 'The Permanent Mission avails itself of this opportunity to renew to the Office of the High Commissioner the assurances of its highest consideration.',
  );
  const text = `${paragraphs.join('\n\n')}\n`;
  const file = replyFile(letterFile, n);
  const truth: ReplyTruth = {
    kind: 'reply', file, date: reply.date, language: lang, replyTo: ref, letterDate: plan.date,
    from: { code: plan.recipient, name: plan.company ? plan.company.name : stateByCode(plan.recipient)?.name.en ?? plan.recipient },
    sequence: n, late: reply.late, words: countWords(text),
  };
  return { file, text, truth };
}
