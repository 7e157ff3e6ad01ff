/**
 * The words a document uses for a person: `human rights defender` just before the name, or
 * after it in apposition (`, a journalist`) or as predicate (`is a woman human rights defender
 * and the founder of`).
 */
import type { Language } from '../../domain/dates.js';
import type { Prepared } from './input.js';
import type { PersonMention } from './person-mentions.js';
import { DESCRIPTOR_PATTERN, DESCRIPTORS } from './vocabulary.js';
import { allMatches } from '../all-matches.js';

const HONORIFIC_TAIL = /(?:\b(?:Ms|Mrs|Mr|Miss|Dr|Mme|Mlle|M|Sra|Srta|Sr)\.?\s*)$/u;
const BEFORE = new RegExp(`(?:^|[^\\p{L}])(${DESCRIPTOR_PATTERN})\\s*,?\\s*$`, 'iu');
const PLURAL_VERBS = String.raw`(?:are|were|have been|sont|étaient|son|eran|fueron)`;
const AFTER_START = new RegExp(String.raw`^['’]?\s*(?:,|\s(?:is|was|has been|est|était|es|era|fue|ha sido|${PLURAL_VERBS})\s)`, 'u');
/**
 * What a predicate's complement starts with when it says what someone is: an article, a
 * possessive or a descriptor, maybe after an adverb (`is also a lawyer`, `est avocate`, `son
 * periodistas`). `is held`, `was arrested and denied a lawyer` say what befell them instead.
 */
const ADVERBS = String.raw`(?:also|both|currently|now|formerly|still|reportedly|allegedly|himself|herself|themselves|all|également|aussi|actuellement|tous|toutes|deux|también|actualmente|ambos|ambas|todos|todas)`;
const DETERMINERS = String.raw`(?:a|an|the|one|his|her|their|its|un|une|le|la|les|des|du|son|sa|ses|leur|leurs|el|los|las|una|uno|unos|unas|su|sus)`;
/** `Ms. X and Ms. Y are lawyers`: the names after the first, up to the plural verb they share. */
const COORDINATED = new RegExp(String.raw`^(?:\s*(?:,|and|et|y|e)\s+(?:(?:Ms|Mr|Mrs|Mme|Sra|Sr|M)\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})+(?=\s${PLURAL_VERBS}\s)`, 'u');
const ANY = new RegExp(`(?<![\\p{L}])(${DESCRIPTOR_PATTERN})(?![\\p{L}])`, 'giu');
// After a plural verb, a descriptor in the plural (`are lawyers`, `son abogadas`), kept in the singular;
// only there: elsewhere a plural is other people's (`a member of the Union of Journalists`).
const ANY_PLURAL = new RegExp(`(?<![\\p{L}])(${DESCRIPTOR_PATTERN})(?:e?s)?(?![\\p{L}])`, 'giu');
const PLURAL_VERB = new RegExp(String.raw`^['’]?\s*${PLURAL_VERBS}\s`, 'u');
/** What starts a clause after a comma, not an apposition: `Ms. X, on her access to a lawyer`. */
const NOT_APPOSITION = /^(?:on|in|at|for|with|to|from|by|of|and|or|but|as|after|before|while|en|sur|dans|à|au|aux|avec|pour|par|de|du|des|et|ou|mais|con|por|para|sobre|y|o|pero|tras|desde|hasta)(?![\p{L}])/iu;
const COMPLEMENT = new RegExp(String.raw`^(?:${ADVERBS}\s+)*(?:${DETERMINERS}(?![\p{L}])|l['’]|(?:${DESCRIPTOR_PATTERN})(?:e?s)?(?![\p{L}]))`, 'iu');
// The predicate stops where a new clause begins.
const STOP = /[.;:]|\b(?:who|which|whom|qui|que|quien)\b/u;
// `journalist Jane Doe` inside the predicate describes Jane Doe; `a journalist, Ms. Jane Doe` ends an apposition.
const NAME_NEXT = /^\s*(?:Ms|Mr|Mrs|Mme|Sra|Sr|M)?\.?\s*\p{Lu}/u;
/** `Mr. X, a human rights defender,` before another name: the descriptor is X's, not the next name's. */
const APPOSED = /,\s*(?:a|an|un|une|una)\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}$/u;

export function descriptorsOf(mentions: PersonMention[], prepared: Prepared, _language: Language): string[] {
  const found: string[] = [];
  const add = (d: string) => {
    const v = d.toLowerCase().replace(/’/g, "'");
    if (!found.includes(v)) found.push(v);
  };
  for (const m of mentions) {
    const plain = m.paragraph === -1 ? prepared.subject : prepared.paragraphs[m.paragraph];
    if (!plain) continue;
    const before = plain.text.slice(Math.max(0, m.start - 80), m.start).replace(HONORIFIC_TAIL, '');
    const b = mayEndWithDescriptor(before) ? BEFORE.exec(before) : null;
    if (b && !(/,\s*$/.test(before) && APPOSED.test(before.slice(0, b.index + b[0].indexOf(b[1]!))))) add(b[1]!);
    let after = plain.text.slice(m.end, m.end + 160);
    const others = COORDINATED.exec(after);
    if (others) after = after.slice(others[0].length);
    const start = AFTER_START.exec(after);
    const rest = start ? after.slice(start[0].length).trimStart() : '';
    const apposition = start !== null && start[0].trimEnd().endsWith(',');
    if (start && (apposition ? !NOT_APPOSITION.test(rest) : COMPLEMENT.test(rest))) {
      const stop = STOP.exec(after.slice(2));
      const clause = stop ? after.slice(0, stop.index + 2) : after;
      for (const d of allMatches(PLURAL_VERB.test(after) ? ANY_PLURAL : ANY, clause)) {
        if (!NAME_NEXT.test(clause.slice(d.index + d[0].length))) add(d[1]!);
      }
    }
  }
  return found;
}

// `BEFORE` is anchored at the end but tried at every position of the window: the last word is checked first.
const LAST_WORDS = new Set(DESCRIPTORS.map((d) => /\p{L}+$/u.exec(d)![0].toLowerCase()));
const LETTER = /\p{L}/u;
const TRAILING = /[\s,]/;
const ASCII_WORD = /^[A-Za-z]+$/;

/** False only when `BEFORE` cannot match: the last word (ASCII) is no descriptor's last word. */
function mayEndWithDescriptor(text: string): boolean {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  const word = text.slice(start, end);
  // Other scripts and case foldings (`ſ`, `K`) are left to the regex.
  return !ASCII_WORD.test(word) || LAST_WORDS.has(word.toLowerCase());
}
