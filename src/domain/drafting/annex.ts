/**
 * The annex's paragraphs: one per instrument cited, with its articles and, for a treaty the
 * recipient State is party to, the date it ratified, acceded or succeeded. French and Spanish
 * agree the words with the instrument's gender and number, read from its title's first word.
 */
import type { Language } from '../dates.js';
import type { InstrumentName, TreatyStatus } from './drafting-context.js';
import type { Voice } from './formulas.js';
import { byState, theState } from './state-phrases.js';
import { joinList, longDate } from './words.js';

export interface AnnexCitation {
  instrument: InstrumentName;
  articles: string[];
  /** The recipient's name and how it became party; null for a non-State recipient or an instrument it is not party to. */
  party: { state: string; status: TreatyStatus } | null;
  /** Printed after the citation, in the same paragraph. */
  note?: string;
}

type Gender = 'm' | 'f' | 'mp' | 'fp';

const FR_GENDER: Array<[RegExp, Gender]> = [
  [/^(?:Convention|Déclaration|Charte)\b/, 'f'],
  [/^(?:Règles|Lignes)\b/, 'fp'],
  [/^(?:Principes|Protocoles)\b/, 'mp'],
];
const ES_GENDER: Array<[RegExp, Gender]> = [
  [/^(?:Convención|Declaración|Carta)\b/, 'f'],
  [/^(?:Reglas|Directrices)\b/, 'fp'],
  [/^(?:Principios|Protocolos)\b/, 'mp'],
];

const genderOf = (title: string, lang: Language): Gender =>
  (lang === 'fr' ? FR_GENDER : ES_GENDER).find(([re]) => re.test(title))?.[1] ?? 'm';

/** Rules of the Nelson Mandela Rules are "rules", not articles. */
const isRules = (id: string) => id === 'mandela-rules';

function articleWords(articles: string[], lang: Language, rules: boolean): string {
  const one = articles.length === 1;
  const list = joinList(articles, lang);
  if (lang === 'fr') return `${rules ? (one ? 'la règle' : 'les règles') : one ? "l'article" : 'les articles'} ${list}`;
  if (lang === 'es') return `${rules ? (one ? 'la regla' : 'las reglas') : one ? 'el artículo' : 'los artículos'} ${list}`;
  return `${rules ? (one ? 'rule' : 'rules') : one ? 'article' : 'articles'} ${list}`;
}

/** `the International Covenant ... (ICCPR)`, `du Pacte ... (PIDCP)`, `de la Convención ...`. */
function named(i: InstrumentName, lang: Language, withOf: boolean): string {
  const full = i.abbreviation && !i.title.includes(i.abbreviation) ? `${i.title} (${i.abbreviation})` : i.title;
  if (lang === 'en') return `${withOf ? 'of ' : ''}the ${full}`;
  const g = genderOf(i.title, lang);
  if (lang === 'fr') {
    if (/^[AEIOUÉÈÊ]/.test(i.title)) return `${withOf ? 'de ' : ''}l'${full}`;
    const article = { m: withOf ? 'du' : 'le', f: withOf ? 'de la' : 'la', mp: withOf ? 'des' : 'les', fp: withOf ? 'des' : 'les' }[g];
    return `${article} ${full}`;
  }
  const article = { m: withOf ? 'del' : 'el', f: withOf ? 'de la' : 'la', mp: withOf ? 'de los' : 'los', fp: withOf ? 'de las' : 'las' }[g];
  return `${article} ${full}`;
}

function partyPhrase(c: AnnexCitation, lang: Language): string {
  if (!c.party) return '';
  const { state, status } = c.party;
  const date = longDate(status.date, lang);
  if (lang === 'en') {
    if (status.action === 'accession') return `, to which ${theState(state, 'en')} acceded on ${date}`;
    if (status.action === 'succession') return `, to which ${theState(state, 'en')} succeeded on ${date}`;
    return `, ratified ${byState(state, 'en')} on ${date}`;
  }
  const g = genderOf(c.instrument.title, lang);
  if (lang === 'fr') {
    const which = { m: 'auquel', f: 'à laquelle', mp: 'auxquels', fp: 'auxquelles' }[g];
    if (status.action === 'accession') return `, ${which} ${theState(state, 'fr')} a adhéré le ${date}`;
    if (status.action === 'succession') return `, ${which} ${theState(state, 'fr')} a succédé le ${date}`;
    return `, ${{ m: 'ratifié', f: 'ratifiée', mp: 'ratifiés', fp: 'ratifiées' }[g]} ${byState(state, 'fr')} le ${date}`;
  }
  const which = { m: 'al que', f: 'a la que', mp: 'a los que', fp: 'a las que' }[g];
  if (status.action === 'accession') return `, ${which} ${theState(state, 'es')} se adhirió el ${date}`;
  if (status.action === 'succession') {
    return `, respecto ${{ m: 'del cual', f: 'de la cual', mp: 'de los cuales', fp: 'de las cuales' }[g]} ${theState(state, 'es')} notificó su sucesión el ${date}`;
  }
  return `, ${{ m: 'ratificado', f: 'ratificada', mp: 'ratificados', fp: 'ratificadas' }[g]} ${byState(state, 'es')} el ${date}`;
}

/** One paragraph of the annex; `first` opens the list, the others add to it. */
export function citationParagraph(c: AnnexCitation, lang: Language, v: Voice, first: boolean): string {
  const citation = citationSentence(c, lang, v, first);
  return c.note ? `${citation} ${c.note}` : citation;
}

function citationSentence(c: AnnexCitation, lang: Language, v: Voice, first: boolean): string {
  const party = partyPhrase(c, lang);
  if (lang === 'en') {
    const opening = first ? `${v.joint ? 'We' : 'I'} wish to recall` : `${v.joint ? 'We' : 'I'} also recall`;
    if (c.articles.length === 0) return `${opening} ${named(c.instrument, 'en', false)}${party}.`;
    return `${opening} ${articleWords(c.articles, 'en', isRules(c.instrument.id))} ${named(c.instrument, 'en', true)}${party}.`;
  }
  if (lang === 'fr') {
    const opening = first ? `${v.joint ? 'Nous souhaitons rappeler' : 'Je souhaite rappeler'}` : `${v.joint ? 'Nous rappelons également' : 'Je rappelle également'}`;
    if (c.articles.length === 0) return `${opening} ${named(c.instrument, 'fr', false)}${party}.`;
    return `${opening} ${articleWords(c.articles, 'fr', isRules(c.instrument.id))} ${named(c.instrument, 'fr', true)}${party}.`;
  }
  const opening = first ? `${v.joint ? 'Deseamos recordar' : 'Deseo recordar'}` : `${v.joint ? 'Recordamos asimismo' : 'Recuerdo asimismo'}`;
  if (c.articles.length === 0) return `${opening} ${named(c.instrument, 'es', false)}${party}.`;
  return `${opening} ${articleWords(c.articles, 'es', isRules(c.instrument.id))} ${named(c.instrument, 'es', true)}${party}.`;
}
