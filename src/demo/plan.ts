/**
 * The skeleton of an archive, planned year by year in date order: who writes to whom, when, under
 * which reference, about whom, citing which earlier letters, and when replies come back. Only small
 * records are kept; the texts are written later, one letter at a time, from these plans.
 */
import { addDays } from '../domain/dates.js';
import type { CommunicationType } from '../domain/communication.js';
import { hasTranslatedTitle, mandatesIn } from './mandate-choice.js';
import type { Language } from './language.js';
import { organizationsFor } from './organizations.js';
import { identity } from './people.js';
import { Rng } from './prng.js';
import { THEME_MANDATES, THEMES_BY_TYPE, type Theme } from './themes.js';
import { companies, fictionalStates, type Company } from './world.js';

export interface ArchiveOptions {
  /** Number of letters (replies come in addition). */
  letters: number;
  seed?: number;
  /** Target length of a letter in words (default 1,500). */
  words?: number;
  /** Languages letters may be written in (default English only). */
  languages?: Language[];
  /** Last year of the archive (default 2024); the archive spans up to nine years before it. */
  lastYear?: number;
}

export interface PersonUse {
  /** Index in the pool of invented people (see people.ts). */
  index: number;
  /** Which of the person's spellings this letter uses. */
  spelling: number;
  /** A second spelling used once in the same letter, or -1. */
  alsoSpelling: number;
  role: 'victim' | 'mentioned';
}

export interface OrgUse {
  state: string;
  /** Index in `organizationsFor(state)`. */
  index: number;
  spelling: number;
}

export interface RelatedPlan {
  reference: string;
  date: string;
  recipient: string;
  /** First reply received before the new letter's date, or null. */
  replyDate: string | null;
}

export interface LetterPlan {
  /** Position in the archive, 0-based, in date order. */
  index: number;
  type: CommunicationType;
  recipient: string;
  company: Company | null;
  year: number;
  number: number;
  reference: string;
  date: string;
  language: Language;
  theme: Theme;
  mandates: string[];
  persons: PersonUse[];
  organizations: OrgUse[];
  copiedTo: string[];
  related: RelatedPlan[];
  replies: Array<{ date: string; late: boolean }>;
  /** The first date the letter's facts may carry. */
  factsFrom: string;
}

interface Case {
  reference: string;
  date: string;
  recipient: string;
  theme: Theme;
  persons: PersonUse[];
  organizations: OrgUse[];
  replies: Array<{ date: string }>;
  related: RelatedPlan[];
}

const STATE_WEIGHTS = [9, 7, 6, 5, 5, 4, 3, 3, 2, 2, 1, 1];
/** Each fictional State's usual language when French or Spanish letters are asked for. */
const STATE_LANGUAGE: Record<string, Language> = { XAC: 'fr', XAF: 'fr', XAI: 'fr', XAG: 'es', XAL: 'es', XAJ: 'es' };

function weekday(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(iso, -1) : day === 0 ? addDays(iso, 1) : iso;
}

/** How many letters each year gets: a slow growth over the span. */
function lettersPerYear(total: number, years: number[]): number[] {
  const weights = years.map((_, i) => 1 + i * 0.08);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = counts.length - 1; rest > 0; i = (i - 1 + counts.length) % counts.length, rest--) counts[i]!++;
  return counts;
}

/** Plans every letter of the archive, in date order, one year at a time. */
export function* planArchive(options: ArchiveOptions): Generator<LetterPlan> {
  const seed = options.seed ?? 1;
  const languages = options.languages?.length ? options.languages : (['en'] as Language[]);
  const lastYear = options.lastYear ?? 2024;
  const span = Math.max(1, Math.min(9, Math.ceil(options.letters / 3)));
  const years = Array.from({ length: span }, (_, i) => lastYear - span + 1 + i);
  const counts = lettersPerYear(options.letters, years);
  const world = fictionalStates();
  const rng = Rng.of('plan', seed);
  const stateWeights = world.map((s, i) => [s.code, STATE_WEIGHTS[i % STATE_WEIGHTS.length]!] as const);
  const recipients: Array<readonly [string, number]> = [...stateWeights, ['OTH', 4]];
  const history: Case[] = [];
  let nextPerson = 0;
  let index = 0;

  const languageFor = (code: string): Language => {
    const preferred = STATE_LANGUAGE[code];
    if (preferred && languages.includes(preferred) && rng.chance(0.85)) return preferred;
    if (languages.includes('en') && rng.chance(0.9)) return 'en';
    return rng.pick(languages);
  };

  const newPerson = (role: PersonUse['role']): PersonUse => {
    const i = nextPerson++;
    return withSpelling({ index: i, spelling: 0, alsoSpelling: -1, role });
  };
  const withSpelling = (p: PersonUse): PersonUse => {
    const spellings = identity(seed, p.index).spellings.length;
    const spelling = spellings > 1 && rng.chance(0.35) ? rng.int(1, spellings - 1) : 0;
    const also = spellings > 1 && rng.chance(0.06) ? (spelling + 1) % spellings : -1;
    return { ...p, spelling, alsoSpelling: also };
  };

  for (let y = 0; y < years.length; y++) {
    const year = years[y]!;
    const available = mandatesIn(year);
    const dates: string[] = [];
    for (let i = 0; i < counts[y]!; i++) {
      const day = rng.int(0, 364);
      const iso = weekday(addDays(`${year}-01-01`, day));
      dates.push(iso.startsWith(String(year)) ? iso : `${year}-12-30`);
    }
    dates.sort();
    const numbers = new Map<string, number>();
    for (const date of dates) {
      const type = rng.weighted<CommunicationType>([['AL', 55], ['UA', 30], ['OL', 15]]);
      let recipient = rng.weighted(recipients);
      let company = recipient === 'OTH' ? rng.pick(companies()) : null;
      // A letter on a law goes to a State: the company drawn for it is dropped.
      if (type === 'OL' && recipient === 'OTH') {
        recipient = rng.weighted(stateWeights);
        company = null;
      }
      const language = languageFor(recipient === 'OTH' ? company!.home : recipient);
      let theme = rng.weighted(THEMES_BY_TYPE[type]);
      if (company && type !== 'OL') theme = company.sector === 'surveillance technology' ? 'surveillance' : 'land';

      // A follow-up on an earlier case, to the same State or to another one.
      let persons: PersonUse[] = [];
      let organizations: OrgUse[] = [];
      const related: RelatedPlan[] = [];
      const copiedTo: string[] = [];
      const earlier = type !== 'OL' && recipient !== 'OTH' && history.length > 0 && rng.chance(0.2)
        ? rng.pick(history.slice(-300)) : null;
      if (earlier && earlier.date < addDays(date, -14)) {
        theme = rng.chance(0.7) ? earlier.theme : theme;
        if (type !== 'OL') persons = earlier.persons.filter((p) => p.role === 'victim').map((p) => withSpelling(p));
        organizations = earlier.organizations.map((o) => ({ ...o, spelling: rng.int(0, 3) }));
        const reply = earlier.replies.find((r) => r.date < date);
        related.push({ reference: earlier.reference, date: earlier.date, recipient: earlier.recipient, replyDate: reply?.date ?? null });
        if (earlier.related[0] && rng.chance(0.5)) related.push({ ...earlier.related[0], replyDate: null });
        if (earlier.recipient !== recipient && earlier.recipient !== 'OTH') copiedTo.push(earlier.recipient);
      }

      if (type !== 'OL' && persons.length === 0) {
        const count = rng.weighted([[1, 60], [2, 28], [3, 12]]);
        for (let i = 0; i < count; i++) {
          // Some people appear in letters to several States without a formal follow-up.
          const known = history.length > 20 && rng.chance(0.06) ? rng.pick(history).persons.find((p) => p.role === 'victim') : undefined;
          persons.push(known && !persons.some((p) => p.index === known.index) ? withSpelling(known) : newPerson('victim'));
        }
      }
      if (type !== 'OL') {
        const mentioned = rng.weighted([[0, 35], [1, 50], [2, 15]]);
        for (let i = 0; i < mentioned; i++) persons.push(newPerson('mentioned'));
      }

      const stateForOrgs = recipient === 'OTH' ? company!.home : recipient;
      if (organizations.length === 0) {
        const orgs = organizationsFor(world.find((s) => s.code === stateForOrgs)!);
        const n = rng.weighted([[1, 70], [2, 30]]);
        for (const i of rng.sample(orgs.map((_, k) => k), n)) organizations.push({ state: stateForOrgs, index: i, spelling: rng.chance(0.5) ? 0 : rng.int(1, orgs[i]!.spellings.length - 1) });
      }

      if (company && rng.chance(0.6) && !copiedTo.includes(company.home)) copiedTo.push(company.home);
      if (!company && copiedTo.length === 0 && rng.chance(0.1)) {
        const other = rng.pick(world.filter((s) => s.code !== recipient)).code;
        copiedTo.push(other);
      }

      // Mandates: the theme's lead, others from the theme, sometimes one more from elsewhere.
      const usable = (id: string) => available.has(id) && (language === 'en' || hasTranslatedTitle(id));
      const themeList = THEME_MANDATES[theme].filter(usable);
      const size = rng.chance(0.15) ? 1 : rng.weighted([[2, 25], [3, 30], [4, 20], [5, 12], [6, 7], [7, 4], [8, 2]]);
      const chosen: string[] = themeList.slice(0, 1);
      for (const id of rng.sample(themeList.slice(1), size - 1)) chosen.push(id);
      const others = [...available.keys()].filter((id) => usable(id) && !chosen.includes(id));
      while (chosen.length < size && others.length) chosen.push(others.splice(rng.int(0, others.length - 1), 1)[0]!);
      if (chosen.length === 0) chosen.push(rng.pick([...available.keys()].filter(usable)));

      const number = (numbers.get(recipient) ?? 0) + 1;
      numbers.set(recipient, number);
      const reference = `${type} ${recipient} ${number}/${year}`;

      const replies: LetterPlan['replies'] = [];
      if (rng.chance(company ? 0.45 : 0.6)) {
        const late = rng.chance(0.35);
        const first = addDays(date, late ? rng.int(61, 240) : rng.int(15, 60));
        replies.push({ date: first, late });
        if (rng.chance(0.12)) replies.push({ date: addDays(first, rng.int(20, 150)), late: true });
      }

      let factsFrom = type === 'UA' ? addDays(date, -rng.int(20, 150)) : addDays(date, -rng.int(200, 1500));
      if (related[0] && related[0].date > factsFrom) factsFrom = addDays(related[0].date, 1);
      const plan: LetterPlan = {
        index: index++, type, recipient, company, year, number, reference, date, language, theme,
        mandates: chosen, persons, organizations, copiedTo, related, replies, factsFrom,
      };
      history.push({ reference, date, recipient, theme, persons, organizations, replies, related });
      if (history.length > 2000) history.splice(0, 1000);
      yield plan;
    }
  }
}
