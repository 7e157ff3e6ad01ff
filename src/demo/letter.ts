/**
 * Writes one letter from its plan: the text, shaped like a Special Procedures communication, and
 * its ground truth. Depends only on the plan, the seed and the target length, so letters can be
 * written in any order (or in parallel) and still be byte-identical.
 */
import type { DatedEvent, MandateRef, Signatory } from '../domain/communication.js';
import { stateByCode } from '../reference-data/index.js';
import { buildAnnex } from './annex.js';
import { CONCERNS_EN, CONCERNS_ES, CONCERNS_FR, FIRST_QUESTION, QUESTIONS_EN, QUESTIONS_ES, QUESTIONS_FR, QUESTIONS_OL_EN, SUBJECTS } from './concerns-questions.js';
import type { FactContext } from './fact-context.js';
import { BIOS_EN, ELABORATIONS_EN, FACTS_EN } from './facts-en.js';
import { BIOS_ES, ELABORATIONS_ES, FACTS_ES } from './facts-es.js';
import { BIOS_FR, ELABORATIONS_FR, FACTS_FR } from './facts-fr.js';
import { FORMULAS } from './formulas.js';
import { buildFactContext, HONORIFIC, type NamedPerson } from './letter-context.js';
import { joinList, longDate, monthYear, type Language } from './language.js';
import { mandatesIn } from './mandate-choice.js';
import { mandateTitle } from './mandate-titles.js';
import { organizationsFor } from './organizations.js';
import { identity } from './people.js';
import type { LetterPlan } from './plan.js';
import { Rng } from './prng.js';
import { THEMES, type Theme } from './themes.js';
import type { GeneratedDocument, LetterTruth, OrganizationTruth, PersonTruth } from './truth.js';
import { fictionalState } from './world.js';
import { addDays } from '../domain/dates.js';

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

function datePhrase(iso: string, precision: 'day' | 'month', lang: Language): string {
  if (precision === 'month') return lang === 'fr' ? `En ${monthYear(iso, lang)}, ` : lang === 'es' ? `En ${monthYear(iso, lang)}, ` : `In ${monthYear(iso, lang)}, `;
  return lang === 'fr' ? `Le ${longDate(iso, lang)}, ` : lang === 'es' ? `El ${longDate(iso, lang)}, ` : `On ${longDate(iso, lang)}, `;
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
  const F = FORMULAS[lang];
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

  // Mandates, resolutions and signatories from the registry, in the letter's year.
  const available = mandatesIn(plan.year);
  const mandates = plan.mandates.map((id) => available.get(id)!);
  const titles = mandates.map((m) => mandateTitle(m.id, lang) ?? m.title);
  const resolutions = mandates.map((m) => m.resolution);

  const paragraphs: string[] = [];
  const header = `**${F.mandatesHeader(titles)}**`;
  paragraphs.push(rng.chance(0.3) ? wrap(header, 80) : header);
  paragraphs.push(F.refLine(plan.reference));
  paragraphs.push(F.date(plan.date));
  if (company) paragraphs.push(company);
  paragraphs.push(F.salutation(company));
  paragraphs.push(F.capacity(titles, resolutions, joint));

  const victims = people.filter((p) => p.role === 'victim');
  const mentioned = people.filter((p) => p.role === 'mentioned');
  const subjectPeople = { ...c, all: joinList(victims.map((p) => `${HONORIFIC[lang][p.gender]} ${(p.also ?? p.spelling).full}`), lang) || c.all };
  const title = SUBJECTS[lang][plan.theme](subjectPeople);
  paragraphs.push(F.subject(title, joint, company));

  for (const [k, p] of victims.entries()) {
    const org = orgs[k % Math.max(1, orgs.length)];
    const bioCtx = { ...c, org: org ? quoteOrg(org.spelling, lang, rng) : c.org };
    paragraphs.push(`${HONORIFIC[lang][p.gender]} **${p.spelling.full}** ${rng.pick(BIOS[lang])(bioCtx)}`);
  }
  for (const [k, p] of mentioned.entries()) {
    const hon = `${HONORIFIC[lang][p.gender]} ${p.spelling.full}`;
    const of = victims[k % Math.max(1, victims.length)];
    const ofName = of ? `${HONORIFIC[lang][of.gender]} ${of.spelling.short}` : c.org;
    paragraphs.push(
      lang === 'fr' ? `${hon} ${k === 0 ? 'représente' : 'est un proche de'} ${ofName}.`
        : lang === 'es' ? `${hon} ${k === 0 ? 'representa legalmente a' : 'es familiar de'} ${ofName}.`
        : rng.pick([`${hon} is the lawyer of ${ofName}.`, `${hon}, a relative of ${ofName}, has been following the case closely.`, `${hon} has represented ${ofName} since the beginning of the proceedings.`]),
    );
  }
  if (orgs[1]) {
    paragraphs.push(lang === 'en' ? `The organisation "${orgs[1].spelling}" ${orgs[1].org.purpose}.` : lang === 'fr' ? `L'organisation « ${orgs[1].spelling} » est également concernée.` : `La organización «${orgs[1].spelling}» también se ve afectada.`);
  }

  for (const r of plan.related) {
    const names = victims.length ? joinList(victims.map((p) => `${HONORIFIC[lang][p.gender]} ${p.spelling.full}`), lang) : c.all;
    paragraphs.push(F.earlier({
      names, reference: r.reference, date: longDate(r.date, lang), sameRecipient: r.recipient === plan.recipient,
      recipientName: stateName(r.recipient, lang), replyDate: r.replyDate ? longDate(r.replyDate, lang) : null,
    }));
  }

  paragraphs.push(F.according);
  const factsAt = paragraphs.length;

  // Everything after the facts, so the facts can fill the remaining length.
  const tail: string[] = [];
  const concerns = CONCERNS[lang];
  const nConcerns = Math.min(concerns.length, 1 + Math.floor(options.words / 1200));
  const concernOpen = lang === 'fr' ? 'Sans vouloir à ce stade nous prononcer sur les faits qui nous ont été soumis, nous exprimons notre vive préoccupation face aux informations concernant ' : lang === 'es' ? 'Sin prejuzgar la exactitud de la información recibida, expresamos nuestra preocupación por ' : 'Without prejudging the accuracy of the information received, we wish to express our serious concern about ';
  tail.push(`${concernOpen}${title}.`);
  for (const line of rng.sample(concerns, nConcerns)) tail.push(line(c));
  tail.push(F.annexPointer);
  tail.push(F.questionsIntro(joint, company));
  const questions = [FIRST_QUESTION[lang]];
  const pool = plan.type === 'OL' && lang === 'en' ? QUESTIONS_OL_EN : QUESTIONS[lang];
  for (const q of rng.sample(pool, rng.int(2, Math.min(pool.length, 3 + Math.floor(options.words / 1500))))) questions.push(q(c));
  tail.push(questions.map((q, k) => `${k + 1}. ${q}`).join('\n'));
  tail.push(F.deadline(company));
  if (plan.type !== 'OL') tail.push(F.interim);
  if (plan.type === 'UA' && rng.chance(0.5)) tail.push(F.pressRelease);
  const copied = plan.copiedTo.map((code) => stateName(code, lang));
  if (copied.length) tail.push(F.copy(copied));
  tail.push(F.closing(joint, company));
  const signatories: Signatory[] = mandates.map((m, k) => ({ name: m.signatory, title: F.signatureTitle(titles[k]!, m.body), mandateId: m.id }));
  tail.push(signatories.map((s) => `${s.name}\n${s.title}`).join('\n\n'));
  tail.push(F.annexTitle);
  tail.push(F.annexIntro);
  const annex = buildAnnex(rng, plan.theme, lang, plan.company ? null : plan.recipient, stateName(homeCode, lang), 2 + Math.floor(options.words / 900));
  tail.push(...annex.paragraphs);

  // Facts: main clauses of the theme (then of neighbouring themes), each with a few elaborations.
  const fixed = countWords(paragraphs.join(' ')) + countWords(tail.join(' '));
  let budget = options.words - fixed;
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
  const events: DatedEvent[] = bodies.map((body, k) => {
    const precision = rng.chance(0.2) ? 'month' : 'day';
    const date = precision === 'month' ? `${dates[k]!.slice(0, 7)}-01` : dates[k]!;
    const text = genderize(`${datePhrase(dates[k]!, precision, lang)}${body}`, lang, victims[0]?.gender ?? 'female');
    return { date, precision, text: text[0]!.toUpperCase() + text.slice(1) };
  });
  paragraphs.splice(factsAt, 0, ...events.map((e) => e.text));
  const text = `${[...paragraphs, ...tail].join('\n\n')}\n`;

  const persons: PersonTruth[] = plan.persons.map((u, k) => {
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
    resolutions,
    persons,
    organizations,
    events,
    questions,
    replyDeadlineDays: 60,
    signatories,
    relatedCommunications: plan.related.map((r) => ({ reference: r.reference, date: r.date })),
    legalReferences: annex.legalReferences,
    documentSymbols: annex.documentSymbols,
    countries: [...new Set([plan.company ? plan.company.home : plan.recipient, ...plan.copiedTo])],
    replies: plan.replies.map((r, k) => ({ file: replyFile(file, k + 1), date: r.date, late: r.late })),
    words: countWords(text),
  };
  return { file, text, truth };
}

/** `2021/AL_XAC_4_2021.md` → `2021/AL_XAC_4_2021.reply-1.md`. */
export const replyFile = (letterFile: string, n: number) => letterFile.replace(/\.md$/, `.reply-${n}.md`);
