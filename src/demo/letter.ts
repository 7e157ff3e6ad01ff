/**
 * Writes one letter from its plan: a LetterDraft of invented people and facts, composed by the
 * project's composer (src/domain/drafting) into the text of a Special Procedures communication,
 * and its ground truth. Depends only on the plan, the seed and the target length, so letters can
 * be written in any order (or in parallel) and still be byte-identical.
 */
import type { DatedEvent, MandateRef } from '../domain/communication.js';
import { addDays } from '../domain/dates.js';
import { composeLetter, draftingContextFrom, type DraftFact, type LetterDraft } from '../domain/drafting/index.js';
import { factDay, factsInOrder } from '../domain/drafting/narrative.js';
import * as registry from '../reference-data/index.js';
import { stateByCode } from '../reference-data/index.js';
import { annexCitations } from './annex.js';
import { CONCERNS_EN, CONCERNS_ES, CONCERNS_FR, FIRST_QUESTION, QUESTIONS_EN, QUESTIONS_ES, QUESTIONS_FR, QUESTIONS_OL_EN, SUBJECTS } from './concerns-questions.js';
import type { FactContext } from './fact-context.js';
import { BIOS_EN, ELABORATIONS_EN, FACTS_EN } from './facts-en.js';
import { BIOS_ES, ELABORATIONS_ES, FACTS_ES } from './facts-es.js';
import { BIOS_FR, ELABORATIONS_FR, FACTS_FR } from './facts-fr.js';
import { buildFactContext, HONORIFIC, type NamedPerson } from './letter-context.js';
import { joinList, type Language } from './language.js';
import { mandatesIn } from './mandate-choice.js';
import { organizationsFor } from './organizations.js';
import { identity } from './people.js';
import type { LetterPlan } from './plan.js';
import { Rng } from './prng.js';
import { THEMES, type Theme } from './themes.js';
import type { GeneratedDocument, LetterTruth, OrganizationTruth, PersonTruth } from './truth.js';
import { fictionalState } from './world.js';

/** The composer's look-ups over the project registry: fictional States have no treaty dates in it. */
const DRAFTING = draftingContextFrom(registry);

const FACTS = { en: FACTS_EN, fr: FACTS_FR, es: FACTS_ES };
const ELABORATIONS = { en: ELABORATIONS_EN, fr: ELABORATIONS_FR, es: ELABORATIONS_ES };
const BIOS = { en: BIOS_EN, fr: BIOS_FR, es: BIOS_ES };
const CONCERNS = { en: CONCERNS_EN, fr: CONCERNS_FR, es: CONCERNS_ES };
const QUESTIONS = { en: QUESTIONS_EN, fr: QUESTIONS_FR, es: QUESTIONS_ES };

/** Words in a text: runs of non-space characters. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Wrap a paragraph at about `width` characters, as text pasted from a PDF often is. */
function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** An organisation's name as a letter quotes it. */
function quoteOrg(name: string, lang: Language, rng: Rng): string {
  if (lang === 'fr') return `l'organisation « ${name} »`;
  if (lang === 'es') return `la organización «${name}»`;
  if (/^#/.test(name)) return `the ${name} movement`;
  if (/[.\-]/.test(name) || !name.includes(' ')) return rng.pick([`"${name}"`, `the organisation "${name}"`]);
  return `the ${name}`;
}

const stateName = (code: string, lang: Language) => withArticle(stateByCode(code)?.name[lang] ?? code, lang);

const registryName = (code: string) => stateByCode(code)?.name.en ?? code;

/** `Republic of Aldovia` → `the Republic of Aldovia`, `Royaume de Calvera` → `Royaume de Calvera` (French and Spanish keep the name bare). */
function withArticle(name: string, lang: Language): string {
  return lang === 'en' && /^(Republic|Kingdom|Federal|United|Hollin Islands)/.test(name) ? `the ${name}` : name;
}

/** Sorted random days between two ISO dates. */
function spreadDates(rng: Rng, from: string, to: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const span = Math.max(1, Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000));
  const days: number[] = [];
  for (let i = 0; i < count; i++) days.push(rng.int(0, span));
  days.sort((a, b) => a - b);
  return days.map((d) => addDays(from, d));
}

/** French `agressé·e` and Spanish `acusado/a` agree with the person the fact is about. */
function genderize(text: string, lang: Language, gender: 'female' | 'male'): string {
  if (lang === 'fr') return text.replace(/·e\b/g, gender === 'female' ? 'e' : '');
  if (lang === 'es') return text.replace(/o\/a\b/g, gender === 'female' ? 'a' : 'o');
  return text;
}

export interface LetterOptions {
  seed: number;
  /** Target length in words. */
  words: number;
}

export function renderLetter(plan: LetterPlan, options: LetterOptions): GeneratedDocument {
  const { seed } = options;
  const rng = Rng.of('letter', seed, plan.index);
  const lang = plan.language;
  const joint = plan.mandates.length > 1;
  const company = plan.company?.name ?? null;
  const homeCode = plan.company ? plan.company.home : plan.recipient;
  const home = fictionalState(homeCode);
  const recipientNameEn = plan.company ? plan.company.name : registryName(plan.recipient);

  // People as this letter writes them.
  const people: NamedPerson[] = plan.persons.map((u) => {
    const id = identity(seed, u.index);
    return { spelling: id.spellings[u.spelling]!, also: u.alsoSpelling >= 0 ? id.spellings[u.alsoSpelling]! : null, gender: id.gender, role: u.role };
  });
  const orgs = plan.organizations.map((o) => {
    const org = organizationsFor(fictionalState(o.state))[o.index]!;
    return { org, spelling: org.spellings[o.spelling % org.spellings.length]! };
  });
  const c: FactContext = buildFactContext({
    rng, lang, state: home, stateName: stateName(homeCode, lang), theme: plan.theme, year: plan.year,
    people, orgNames: orgs.map((o) => quoteOrg(o.spelling, lang, rng)), company,
  });

  // Mandates as planned for the letter's year (the composer prints them from the same registry).
  const available = mandatesIn(plan.year);
  const mandates = plan.mandates.map((id) => available.get(id)!);

  const victims = people.filter((p) => p.role === 'victim');
  const mentioned = people.filter((p) => p.role === 'mentioned');
  const subjectPeople = { ...c, all: joinList(victims.map((p) => `${HONORIFIC[lang][p.gender]} ${(p.also ?? p.spelling).full}`), lang) || c.all };
  const title = SUBJECTS[lang][plan.theme](subjectPeople);

  // The persons section in the demo's own words (biographies, relatives, organisations): an edited section for the composer.
  const persons: string[] = [];
  for (const [k, p] of victims.entries()) {
    const org = orgs[k % Math.max(1, orgs.length)];
    const bioCtx = { ...c, org: org ? quoteOrg(org.spelling, lang, rng) : c.org };
    persons.push(`${HONORIFIC[lang][p.gender]} **${p.spelling.full}** ${rng.pick(BIOS[lang])(bioCtx)}`);
  }
  for (const [k, p] of mentioned.entries()) {
    const hon = `${HONORIFIC[lang][p.gender]} ${p.spelling.full}`;
    const of = victims[k % Math.max(1, victims.length)];
    const ofName = of ? `${HONORIFIC[lang][of.gender]} ${of.spelling.short}` : c.org;
    persons.push(
      lang === 'fr' ? `${hon} ${k === 0 ? 'représente' : 'est un proche de'} ${ofName}.`
        : lang === 'es' ? `${hon} ${k === 0 ? 'representa legalmente a' : 'es familiar de'} ${ofName}.`
        : rng.pick([`${hon} is the lawyer of ${ofName}.`, `${hon}, a relative of ${ofName}, has been following the case closely.`, `${hon} has represented ${ofName} since the beginning of the proceedings.`]),
    );
  }
  if (orgs[1]) {
    persons.push(lang === 'en' ? `The organisation "${orgs[1].spelling}" ${orgs[1].org.purpose}.` : lang === 'fr' ? `L'organisation « ${orgs[1].spelling} » est également concernée.` : `La organización «${orgs[1].spelling}» también se ve afectada.`);
  }

  const wrapHeader = rng.chance(0.3);
  const concerns = CONCERNS[lang];
  const nConcerns = Math.min(concerns.length, 1 + Math.floor(options.words / 1200));
  const questions = [FIRST_QUESTION[lang]];
  const pool = plan.type === 'OL' && lang === 'en' ? QUESTIONS_OL_EN : QUESTIONS[lang];
  for (const q of rng.sample(pool, rng.int(2, Math.min(pool.length, 3 + Math.floor(options.words / 1500))))) questions.push(q(c));
  const annex = annexCitations(plan.theme, lang, 2 + Math.floor(options.words / 900));
  const draft: LetterDraft = {
    type: plan.type,
    recipient: company ? { code: 'OTH', name: company } : { code: plan.recipient },
    language: lang,
    date: plan.date,
    reference: plan.reference,
    leadMandateId: plan.mandates[0]!,
    mandateIds: plan.mandates,
    subject: title,
    persons: [],
    facts: [],
    earlierLetters: plan.related.map((r) => ({ reference: r.reference, date: r.date, replies: r.replyDate ? [r.replyDate] : [] })),
    concerns: rng.sample(concerns, nConcerns).map((line) => line(c)),
    questions,
    interimMeasures: plan.type !== 'OL',
    pressRelease: plan.type === 'UA' && rng.chance(0.5),
    copiesTo: plan.copiedTo,
    legalReferences: annex.legalReferences,
    overrides: persons.length ? { persons: persons.join('\n\n') } : {},
  };

  // Facts: main clauses of the theme (then of neighbouring themes), each with a few elaborations, to the target length.
  let budget = options.words - countWords(composeLetter(draft, DRAFTING).text) - 4;
  // Facts keep the order they are written in (a story), with some left out; other themes follow when a long letter needs more.
  const story = (theme: Theme) => FACTS[lang][theme].filter(() => rng.chance(0.8));
  const mains = story(plan.theme);
  const secondary = rng.sample(THEMES.filter((t): t is Theme => t !== plan.theme && t !== 'legislation'), 13);
  const bodies: string[] = [];
  let m = 0;
  let s = 0;
  do {
    while (m >= mains.length) mains.push(...story(secondary[s++ % secondary.length]!));
    let body = mains[m++]!(c);
    const extra = rng.int(0, 2);
    for (const e of rng.sample(ELABORATIONS[lang], extra)) body += ` ${e(c)}`;
    bodies.push(body);
    budget -= countWords(body) + 4;
  } while (budget > 0 && bodies.length < 400);
  const dates = spreadDates(rng, plan.factsFrom, addDays(plan.date, -2), bodies.length);
  const facts: DraftFact[] = bodies.map((body, k) => {
    const precision = rng.chance(0.2) ? 'month' : 'day';
    return { date: precision === 'month' ? `${dates[k]!.slice(0, 7)}-01` : dates[k]!, precision, place: null, text: genderize(body, lang, victims[0]?.gender ?? 'female') };
  });
  const letter = composeLetter({ ...draft, facts }, DRAFTING);
  const factParagraphs = letter.sections.find((x) => x.id === 'facts')!.paragraphs.slice(1);
  const events: DatedEvent[] = factsInOrder(facts).map((f, k) => ({ date: factDay(f), precision: f.precision, text: factParagraphs[k]! }));
  const header = letter.sections[0]!.paragraphs[0]!;
  const text = wrapHeader ? wrap(header, 80) + letter.text.slice(header.length) : letter.text;

  const personTruths: PersonTruth[] = plan.persons.map((u, k) => {
    const p = people[k]!;
    return {
      id: identity(seed, u.index).id,
      name: p.spelling.full,
      variants: p.also && p.also.full !== p.spelling.full ? [p.also.full] : [],
      role: u.role,
      gender: p.gender,
    };
  });
  const organizations: OrganizationTruth[] = [];
  for (const o of orgs) {
    const known = organizations.find((x) => x.id === o.org.id);
    if (known) known.spellings.push(o.spelling);
    else organizations.push({ id: o.org.id, name: o.org.name, spellings: [o.spelling] });
  }
  const mandateRefs: MandateRef[] = mandates.map((mm) => ({ id: mm.id, title: mm.title }));
  const copiedTo = plan.copiedTo.map((code) => ({ code, name: registryName(code) }));
  const file = `${plan.year}/${plan.reference.replace(/[ /]/g, '_')}.md`;
  const truth: LetterTruth = {
    kind: 'communication',
    file,
    reference: { type: plan.type, recipient: plan.recipient, number: plan.number, year: plan.year, text: plan.reference },
    type: plan.type,
    joint,
    date: plan.date,
    language: lang,
    theme: plan.theme,
    title: title.replace(/\*\*/g, ''),
    recipient: { code: plan.recipient, name: recipientNameEn },
    copiedTo,
    mandates: mandateRefs,
    resolutions: mandates.map((mm) => mm.resolution),
    persons: personTruths,
    organizations,
    events,
    questions: letter.questions,
    replyDeadlineDays: 60,
    signatories: letter.signatories,
    relatedCommunications: plan.related.map((r) => ({ reference: r.reference, date: r.date })),
    legalReferences: annex.truth,
    documentSymbols: annex.documentSymbols,
    countries: [...new Set([plan.company ? plan.company.home : plan.recipient, ...plan.copiedTo])],
    replies: plan.replies.map((r, k) => ({ file: replyFile(file, k + 1), date: r.date, late: r.late })),
    words: countWords(text),
  };
  return { file, text, truth };
}

/** `2021/AL_XAC_4_2021.md` → `2021/AL_XAC_4_2021.reply-1.md`. */
export const replyFile = (letterFile: string, n: number) => letterFile.replace(/\.md$/, `.reply-${n}.md`);
