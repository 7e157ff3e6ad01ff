/**
 * Dated facts: every sentence of the facts section that carries a date becomes an event with
 * that date. A sentence with several dates gives one event per date, each with the clause of its
 * date (`On 27 December 2023 ..., and on 8 January 2024, ...`); a range (`between December 2023
 * and March 2024`) keeps the whole clause for both ends.
 */
import type { DatedEvent } from '../../domain/communication.js';
import { findDates, isoDate, type DateMatch } from '../../domain/dates.js';
import { findDaysWithoutYear } from './day-dates.js';
import { prepare, type EntityInput, type PreparedParagraph } from './input.js';
import { FACTS_HEADING } from './vocabulary.js';
import { findYears } from './year-dates.js';
import { allMatches } from '../all-matches.js';

// No `u` flag on these (they have no \p{} class): V8 runs case-insensitive patterns several times faster without it.
const FACTS_START = new RegExp(`^${FACTS_HEADING}`, 'i');
const CONCERNS = /(?:do not wish to prejudge|ne souhaitons pas préjuger|sans vouloir préjuger|sin (?:que ello implique|pretender|prejuzgar|implicar)|no deseamos prejuzgar|sin querer prejuzgar)/i;
/** A word every CONCERNS phrase has: a cheap first look that rules out most paragraphs (the phrases scan slowly). */
const CONCERNS_WORD = /pr[eé]ju|impli|preten/i;
const isConcerns = (text: string) => CONCERNS_WORD.test(text) && CONCERNS.test(text);
/**
 * Sentences about the letter itself, its deadline or the law cited: never facts. Each phrase at the
 * start of a word: `\b` gives up positions inside words at once (the test a quarter faster).
 */
const NOT_A_FACT_PHRASE = /\b(?:within (?:60|sixty) days|dans un délai de|en un plazo de|ratified by|acceded|ratifié|ratifiée|ratificado|ratificada|adhered to|please accept|veuillez agréer|reiteramos)/i;
/**
 * A letter's reference (`AL XAB 1/2024`). Apart from the phrases and only looked for with a `/`: case
 * blind, its letters matched any two words at every word's start (a third of the whole test's time).
 */
const NOT_A_FACT_REFERENCE = /\b[A-Z]{2} [A-Z]{3} \d{1,3}\/\d{4}\b/i;
const isNotAFact = (text: string) => NOT_A_FACT_PHRASE.test(text) || (text.includes('/') && NOT_A_FACT_REFERENCE.test(text));
const FOUR_DIGITS = /\d{4}/;
const RANGE_GAP = /^[\s,]*(?:-|–|—|to|and|until|till|through|au|et|à|jusqu['’]au|y|a|al|hasta)\s*(?:on|le|el)?[\s,]*$/i;
const CLAUSE_BREAK = /[,;:]\s+|\s+(?:and|but|while|whereas|et|mais|alors que|y|pero|mientras)\s+/gi;

export function extractEvents(input: EntityInput): DatedEvent[] {
  const prepared = prepare(input);
  const events: DatedEvent[] = [];
  const seen = new Set<string>();
  // The last day the facts gave: a day written without its year is read in its year.
  let lastDay: string | null = null;
  for (const p of factParagraphs(input, prepared.paragraphs)) {
    if (FACTS_START.test(p.text) && p.text.length < 80) continue;
    // No four digits, no date in any of its sentences: the paragraph is not split (unless a day
    // without its year may follow a dated one).
    if (!FOUR_DIGITS.test(p.text) && !(lastDay && DIGIT.test(p.text))) continue;
    for (const s of p.sentences) {
      // Prepared paragraphs are squashed: their sentences have no white space to tidy.
      let found = eventsOfSentence(s.text, true);
      if (found.length === 0 && lastDay) found = eventsWithoutYear(s.text, lastDay);
      if (found.length === 0 || isNotAFact(s.text)) continue;
      for (const e of found) if (e.precision === 'day' && (!lastDay || e.date > lastDay)) lastDay = e.date;
      for (const e of found) {
        const key = `${e.date}|${e.text}`;
        if (!seen.has(key)) {
          seen.add(key);
          events.push(e);
        }
      }
    }
  }
  return events;
}

const DIGIT = /\d/;

/**
 * The event of a sentence whose first date has no year (`On 14 June, …`), in the year of the
 * last day the facts gave, or the next year when the day would come before it. The sentence is a
 * prepared paragraph's: squashed.
 */
function eventsWithoutYear(sentence: string, lastDay: string): DatedEvent[] {
  if (!DIGIT.test(sentence)) return [];
  const first = findDaysWithoutYear(sentence)[0];
  if (!first) return [];
  const year = Number(lastDay.slice(0, 4));
  let date = isoDate(year, first.month, first.day);
  if (date && date < lastDay) date = isoDate(year + 1, first.month, first.day);
  return date ? [{ date, precision: 'day', text: tidy(sentence, true) }] : [];
}

/** The paragraphs of the facts: the range given, else found by its opening and closing words, else all. */
function factParagraphs(input: EntityInput, paragraphs: PreparedParagraph[]): PreparedParagraph[] {
  let start = input.facts?.start ?? paragraphs.findIndex((p) => FACTS_START.test(p.text));
  let end = input.facts?.end ?? paragraphs.findIndex((p, i) => i > start && isConcerns(p.text));
  if (start < 0) start = 0;
  if (end < 0 || end < start) end = paragraphs.length;
  // Taken inclusive so that a frame giving the concerns paragraph as the end loses nothing,
  // and without the concerns paragraph itself.
  return paragraphs.slice(start, Math.min(end + 1, paragraphs.length)).filter((p) => !isConcerns(p.text));
}

/**
 * One event per date of a sentence, in order. Exported for documents that are not letters.
 * `squashed`: the sentence has no white space but single spaces (a prepared paragraph's).
 */
export function eventsOfSentence(sentence: string, squashed = false): DatedEvent[] {
  // Dates and years alike have four digits: most sentences stop here.
  if (!FOUR_DIGITS.test(sentence)) return [];
  const full = findDates(sentence).map((d) => rangeStart(sentence, d));
  const dates: DateMatch[] = [...full, ...findYears(sentence, full)].sort((a, b) => a.index - b.index);
  if (dates.length === 0) return [];
  if (dates.length === 1) return [{ date: dates[0]!.date, precision: dates[0]!.precision, text: tidy(sentence, squashed) }];

  // Cut points between consecutive dates; a range joins its two ends into one clause.
  const cuts: number[] = [0];
  const joined: boolean[] = [false];
  for (let i = 1; i < dates.length; i++) {
    const prev = dates[i - 1]!;
    const gapStart = prev.index + prev.length;
    const gap = sentence.slice(gapStart, dates[i]!.index);
    if (RANGE_GAP.test(gap)) {
      cuts.push(cuts[cuts.length - 1]!);
      joined.push(true);
      continue;
    }
    let cut = -1;
    for (const m of allMatches(CLAUSE_BREAK, gap)) cut = gapStart + m.index + (m[0].trimStart().startsWith(',') || /^[;:]/.test(m[0]) ? 1 : 0);
    cuts.push(cut < 0 ? gapStart : cut);
    joined.push(false);
  }
  const events: DatedEvent[] = [];
  for (let i = 0; i < dates.length; i++) {
    const from = cuts[i]!;
    let j = i + 1;
    while (j < dates.length && joined[j]) j++;
    const to = j < dates.length ? cuts[j]! : sentence.length;
    events.push({ date: dates[i]!.date, precision: dates[i]!.precision, text: tidy(sentence.slice(from, to), squashed) });
  }
  return events;
}

/** `between 2 and 5 May 2023`, `du 3 au 5 juin 2022`, `entre el 3 y el 5 de junio de 2022`: the day it starts. */
const DAY_BEFORE_RANGE = /(?:between|from|entre(?:\s+(?:le|el))?|du|del|desde\s+el)\s+(\d{1,2})(?:er|st|nd|rd|th|º)?\s+(?:and|to|et|au|y|al|a|hasta\s+el)\s+(?:le\s+|el\s+)?$/i;

function rangeStart(sentence: string, d: DateMatch): DateMatch {
  if (d.precision !== 'day') return d;
  const m = DAY_BEFORE_RANGE.exec(sentence.slice(Math.max(0, d.index - 40), d.index));
  const day = m ? Number(m[1]) : 0;
  const date = day > 0 && day < Number(d.date.slice(8, 10)) ? isoDate(Number(d.date.slice(0, 4)), Number(d.date.slice(5, 7)), day) : null;
  return date ? { ...d, date } : d;
}

const EDGE = /[\s,;:]/;
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/**
 * Without white space and `,;:` at either end, white space runs as one space (a loop: the regex form
 * scanned the whole text twice). A squashed text has no runs: it is not scanned for them.
 */
function tidy(text: string, squashed: boolean): string {
  let from = 0;
  let to = text.length;
  while (from < to && EDGE.test(text[from]!)) from++;
  while (to > from && EDGE.test(text[to - 1]!)) to--;
  const t = text.slice(from, to);
  return !squashed && UNUSUAL_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t;
}
