/**
 * The parts of a letter written from the case: who the persons concerned are, and the facts,
 * each opened by its date (as precise as known) and place.
 */
import type { Language } from '../dates.js';
import { squash } from '../text.js';
import type { DraftFact, DraftPerson } from './letter-draft.js';
import { joinList, longDate, monthYear, withFullStop } from './words.js';

const HONORIFICS: Record<Language, Record<'female' | 'male', string>> = {
  en: { female: 'Ms.', male: 'Mr.' },
  fr: { female: 'Mme', male: 'M.' },
  es: { female: 'Sra.', male: 'Sr.' },
};

/** `Ms. Amina Tarek`, `Mme Amina Tarek`, `Sra. Amina Tarek`; `**` around the name when `bold`. */
function personName(p: DraftPerson, lang: Language, bold = false): string {
  const name = bold ? `**${squash(p.name)}**` : squash(p.name);
  const honorific = p.honorific != null ? squash(p.honorific) : p.gender ? HONORIFICS[lang][p.gender] : '';
  return honorific ? `${honorific} ${name}` : name;
}

/** Spanish puts the article before an honorific that opens a sentence: `La Sra. **Amina Tarek** es ...`. */
function opening(p: DraftPerson, lang: Language): string {
  const who = personName(p, lang, true);
  if (lang !== 'es' || p.honorific != null || !p.gender) return who;
  return `${p.gender === 'female' ? 'La' : 'El'} ${who}`;
}

const quoted = (org: string, lang: Language) => (lang === 'fr' ? `«\u00a0${org}\u00a0»` : lang === 'es' ? `«${org}»` : `"${org}"`);

/** One paragraph per person: `Ms. **Amina Tarek** is a human rights defender and journalist with "Voices of Borelia".` */
export function personParagraph(p: DraftPerson, lang: Language): string {
  const who = opening(p, lang);
  const descriptors = p.descriptors.map(squash).filter(Boolean);
  const org = p.organization ? squash(p.organization) : '';
  if (lang === 'fr') {
    if (descriptors.length) return `${who} est ${joinList(descriptors, 'fr')}${org ? ` au sein de l'organisation ${quoted(org, 'fr')}` : ''}.`;
    return org ? `${who} est membre de l'organisation ${quoted(org, 'fr')}.` : `${who} fait partie des personnes concernées par la présente lettre.`;
  }
  if (lang === 'es') {
    if (descriptors.length) return `${who} es ${joinList(descriptors, 'es')}${org ? ` en la organización ${quoted(org, 'es')}` : ''}.`;
    return org ? `${who} es miembro de la organización ${quoted(org, 'es')}.` : `${who} figura entre las personas a las que se refiere la presente carta.`;
  }
  if (descriptors.length) {
    const article = /^[aeiou]/i.test(descriptors[0]!) ? 'an' : 'a';
    return `${who} is ${article} ${joinList(descriptors, 'en')}${org ? ` with ${quoted(org, 'en')}` : ''}.`;
  }
  return org ? `${who} is a member of ${quoted(org, 'en')}.` : `${who} is one of the persons concerned by this letter.`;
}

/** The fact's date as the precision allows: `2024-03` → `2024-03-01` with precision month. */
export function factDay(f: Pick<DraftFact, 'date' | 'precision'>): string {
  const [y, m = '01', d = '01'] = f.date.split('-');
  if (f.precision === 'year') return `${y}-01-01`;
  if (f.precision === 'month') return `${y}-${m}-01`;
  return `${y}-${m}-${d}`;
}

function datePhrase(f: DraftFact, lang: Language): string {
  const day = factDay(f);
  if (f.precision === 'year') return `${lang === 'en' ? 'In' : 'En'} ${day.slice(0, 4)}`;
  if (f.precision === 'month') return `${lang === 'en' ? 'In' : 'En'} ${monthYear(day, lang)}`;
  return `${lang === 'fr' ? 'Le' : lang === 'es' ? 'El' : 'On'} ${longDate(day, lang)}`;
}

/**
 * Words that open a sentence but never a name: lowered when the fact's text follows its date.
 * Any other first word keeps its capital (it may be a name); an officer may type it in lower case.
 */
const COMMON_OPENERS: Record<Language, Set<string>> = {
  en: new Set(['The', 'A', 'An', 'He', 'She', 'They', 'It', 'His', 'Her', 'Their', 'Its', 'This', 'These', 'Those', 'Police', 'Officers', 'Agents', 'Security', 'Unidentified', 'Masked', 'Armed', 'Several', 'Some', 'Two', 'Three', 'Four', 'Members', 'Men', 'Women', 'Soldiers', 'Guards', 'Authorities', 'Prison', 'Local', 'During', 'After', 'Before', 'While', 'When']),
  fr: new Set(['Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Ce', 'Cet', 'Cette', 'Ces', 'Deux', 'Trois', 'Quatre', 'Plusieurs', 'Certains', 'Policiers', 'Agents', 'Lors', 'Après', 'Avant', 'Pendant']),
  es: new Set(['El', 'La', 'Los', 'Las', 'Un', 'Una', 'Unos', 'Unas', 'Él', 'Ella', 'Ellos', 'Ellas', 'Su', 'Sus', 'Este', 'Esta', 'Estos', 'Estas', 'Dos', 'Tres', 'Cuatro', 'Varios', 'Varias', 'Algunos', 'Agentes', 'Policías', 'Miembros', 'Hombres', 'Mujeres', 'Durante', 'Tras', 'Después', 'Antes']),
};

function continuing(text: string, lang: Language): string {
  const first = /^\p{L}+/u.exec(text)?.[0];
  return first && COMMON_OPENERS[lang].has(first) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** `On 3 March 2024, in Velmora, the police arrested ...`. */
export function factParagraph(f: DraftFact, lang: Language): string {
  const place = f.place ? squash(f.place) : '';
  const at = place ? `, ${lang === 'fr' ? 'à' : lang === 'es' ? 'en' : 'in'} ${place}` : '';
  return withFullStop(`${datePhrase(f, lang)}${at}, ${continuing(squash(f.text), lang)}`);
}

/** Facts in date order; facts of the same period keep the order they were given in. */
export function factsInOrder(facts: readonly DraftFact[]): DraftFact[] {
  return facts.map((f, i) => ({ f, i, day: factDay(f) })).sort((a, b) => a.day.localeCompare(b.day) || a.i - b.i).map((x) => x.f);
}
