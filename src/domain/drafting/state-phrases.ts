/**
 * A State's name inside a sentence: English puts `the` before `Republic of ...`; French and
 * Spanish need the article and its contraction with the preposition (`du Royaume de Calvera`,
 * `de la République d'Aldovie`, `aux Îles Hollin`, `del Reino de Calvera`). French country names
 * take the article from their form (a final `e` is feminine), with the usual exceptions listed.
 */
import type { Language } from '../dates.js';

type Article = 'la' | 'le' | 'les' | "l'" | '' | 'el' | 'los' | 'las';

const EN_THE = /^(?:Republic|Kingdom|Federal|Federated|United|Democratic|Islamic|Plurinational|Bolivarian|Principality|Grand Duchy|Sultanate|State of|Independent State|Union|Holy See|Commonwealth)\b|(?:Islands|Netherlands|Philippines|Bahamas|Gambia|Emirates|Comoros|Maldives|Seychelles)$/;

const FR_NO_ARTICLE = /^(?:Cuba|Israël|Monaco|Madagascar|Malte|Chypre|Singapour|Oman|Bahreïn|Djibouti|Haïti|Maurice|Nauru|Tuvalu|Kiribati|Vanuatu|Sainte?-|Saint-|Sao Tomé|Trinité|Antigua|Porto Rico|Tonga|Samoa|Brunéi|Timor)/;
const FR_FEMININE_START = /^(?:République|Fédération|Principauté|Confédération)\b/;
const FR_MASCULINE_START = /^(?:Royaume|Grand-Duché|Sultanat|Commonwealth|Saint-Siège)\b/;
const FR_PLURAL_START = /^(?:Îles|États|Émirats|Pays-Bas|Philippines|Bahamas|Comores|Maldives|Seychelles|Palaos|Fidji)\b/;
const FR_MASCULINE_IN_E = /^(?:Mexique|Cambodge|Mozambique|Zimbabwe|Belize|Bélize|Suriname|Libéria|Soudan du Sud)\b/;

const ES_ARTICLE: Array<[RegExp, Article]> = [
  [/^(?:República|Federación|Confederación|India)\b/, 'la'],
  [/^(?:Reino|Estado|Gran Ducado|Sultanato|Principado|Salvador|Commonwealth)\b/, 'el'],
  [/^(?:Estados|Emiratos|Países Bajos)\b/, 'los'],
  [/^(?:Islas|Bahamas|Comoras|Maldivas|Seychelles|Filipinas)\b/, 'las'],
];

function frenchArticle(name: string): Article {
  if (FR_NO_ARTICLE.test(name)) return '';
  if (FR_PLURAL_START.test(name)) return 'les';
  if (FR_FEMININE_START.test(name)) return 'la';
  if (FR_MASCULINE_START.test(name)) return 'le';
  if (/^[AEIOUYÉÈÊÎÏÔÂaeiouy]/.test(name)) return "l'";
  if (/e$/.test(name) && !FR_MASCULINE_IN_E.test(name)) return 'la';
  return 'le';
}

/** The State as the subject or object of a sentence: `the Republic of Aldovia`, `la Borélie`, `el Reino de Calvera`. */
export function theState(name: string, lang: Language): string {
  if (lang === 'en') return EN_THE.test(name) ? `the ${name}` : name;
  const article = lang === 'fr' ? frenchArticle(name) : ES_ARTICLE.find(([re]) => re.test(name))?.[1] ?? '';
  if (!article) return name;
  return article === "l'" ? `l'${name}` : `${article} ${name}`;
}

/** `of the Republic of Aldovia`, `du Royaume de Calvera`, `de l'Istrane`, `des Îles Hollin`, `del Reino de Calvera`. */
export function ofState(name: string, lang: Language): string {
  const phrase = theState(name, lang);
  if (lang === 'en') return `of ${phrase}`;
  if (lang === 'fr') return phrase.startsWith('le ') ? `du ${phrase.slice(3)}` : phrase.startsWith('les ') ? `des ${phrase.slice(4)}` : `de ${phrase}`;
  return phrase.startsWith('el ') ? `del ${phrase.slice(3)}` : `de ${phrase}`;
}

/** After `par` / `por` / `by`: `par le Dastan` stays, French `par` never contracts. */
export function byState(name: string, lang: Language): string {
  return `${lang === 'fr' ? 'par' : lang === 'es' ? 'por' : 'by'} ${theState(name, lang)}`;
}
