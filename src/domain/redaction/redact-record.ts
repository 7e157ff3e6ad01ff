/**
 * The interchange record of a letter as it may be published, and the public copy of a letter: what
 * to hide is completed from the record. With `hideUnlisted`, a person the record names but no list
 * gives (neither hidden nor public) is hidden as well: an over-redacted word costs a reader less
 * than a name left in costs the person.
 */
import type { Communication, Organization, Person } from '../communication.js';
import { compileHidden, type CompiledHidden, type HiddenContent } from './hidden.js';
import { keyOf, MIN_ALONE, nameWords, skeletonOf, WORD } from './name-words.js';
import { normalize } from './passages.js';
import { countRedactions, redact, REDACTED } from './redact-text.js';

/** Which hidden person (index) a spelling names: the whole spelling, or only words and initials of one person. */
function ownerOf(spelling: string, h: CompiledHidden): number | null {
  const words = nameWords(spelling);
  if (words.length === 0) return null;
  const whole = h.wholes.get(words.join(''));
  const person = whole ? [...whole].find((o) => o >= 0) : undefined;
  if (person !== undefined) return person;
  const candidates = new Set<number>();
  for (const w of words) for (const p of h.alone.get(w) ?? h.aloneSkeletons.get(skeletonOf(w) ?? '') ?? []) candidates.add(p);
  for (const p of candidates) {
    const fits = words.every((w) =>
      h.alone.get(w)?.has(p) || h.aloneSkeletons.get(skeletonOf(w) ?? '')?.has(p) || h.short.get(w)?.has(p) ||
      (w.length === 1 && h.initials.get(p)?.has(w)));
    if (fits) return p;
  }
  return null;
}

const spellingsOf = (p: { name: string; variants: string[] }): string[] => [p.name, ...p.variants];

/** The spellings of a person that name somebody (not a title alone). */
const namingSpellings = (p: { name: string; variants: string[] }): string[] => spellingsOf(p).filter((s) => nameWords(s).length > 0);

/**
 * What to hide in one letter, completed from its record: the record's own spellings of a hidden
 * person, the persons it names outside the lists (`hideUnlisted`), organisations whose name is
 * itself a marked passage, and the names that stay public (signatories, persons not hidden).
 */
export function hiddenForRecord(record: Communication, input: HiddenContent): CompiledHidden {
  const base = compileHidden(input);
  const names = input.names.map((spellings) => [...spellings]);
  const keep = [...(input.keep ?? []), ...record.signatories.map((s) => s.name)];
  // Each public spelling as a person of its own: a record person is listed when one of its
  // spellings is a public name, or only words and initials of one.
  const publicNames = keep.filter((s) => nameWords(s).length > 0);
  const listed = input.hideUnlisted && publicNames.length > 0 ? compileHidden({ names: publicNames.map((s) => [s]), passages: [] }) : null;
  const isListed = (p: Person) => listed !== null && spellingsOf(p).some((s) => ownerOf(s, listed) !== null);
  for (const p of record.persons) {
    const owner = spellingsOf(p).map((s) => ownerOf(s, base)).find((o) => o !== null);
    const naming = namingSpellings(p);
    if (owner !== undefined && owner !== null) names[owner]!.push(...naming);
    else if (input.hideUnlisted && !isListed(p)) {
      if (naming.length > 0) names.push(naming);
    } else keep.push(...spellingsOf(p));
  }
  const organizations = (input.organizations ?? []).map((spellings) => [...spellings]);
  const marked = new Set(base.passages);
  const orgKey = (s: string) => (s.match(WORD) ?? []).map(keyOf).join('');
  const hiddenOrgs = new Set(organizations.flat().map(orgKey));
  for (const o of record.organizations) {
    if (spellingsOf(o).some((s) => hiddenOrgs.has(orgKey(s)) || marked.has(normalize(s).text.trim()))) {
      organizations.push(spellingsOf(o).filter((s) => orgKey(s).length >= MIN_ALONE));
    }
  }
  return compileHidden({ ...input, names, organizations, keep });
}

/** Whether an organisation of the record is hidden: any of its spellings is. */
function isHiddenOrganization(o: Organization, h: CompiledHidden): boolean {
  return spellingsOf(o).some((s) => h.wholes.get((s.match(WORD) ?? []).map(keyOf).join(''))?.has(-1));
}

/** Generic words only (`human rights defender`): a descriptor with a capital, a digit or a hidden word identifies. */
const GENERIC_DESCRIPTOR = /^[\p{Ll}\p{M}]+(?:[ '\u2019-][\p{Ll}\p{M}]+){0,4}$/u;

function hiddenPerson(p: Person, field: (s: string) => string): Person {
  const descriptors = p.descriptors?.filter((d) => GENERIC_DESCRIPTOR.test(d) && field(d) === d);
  return {
    name: REDACTED,
    variants: [],
    role: p.role,
    ...(p.gender !== undefined ? { gender: p.gender } : {}),
    ...(descriptors !== undefined ? { descriptors } : {}),
  };
}

/**
 * The interchange record as it may be published: hidden persons become `[REDACTED]` (their role
 * kept, identifying descriptors dropped), marked organisations too, and the title, events,
 * questions, warnings and text are redacted like the letter; the private file's name and hash go.
 */
export function redactRecord(record: Communication, hidden: HiddenContent | CompiledHidden): Communication {
  const h = 'alone' in hidden ? hidden : hiddenForRecord(record, hidden);
  const field = (s: string) => redact(s, h, true).text;
  const fieldOrNull = (s: string | null) => (s === null ? null : field(s));
  const persons = record.persons.map((p) =>
    spellingsOf(p).some((s) => ownerOf(s, h) !== null)
      ? hiddenPerson(p, field)
      : { ...p, name: field(p.name), variants: p.variants.map(field), ...(p.descriptors ? { descriptors: p.descriptors.map(field) } : {}) },
  );
  const organizations = record.organizations.map((o) =>
    isHiddenOrganization(o, h) ? { name: REDACTED, variants: [] } : { name: field(o.name), variants: o.variants.map(field) },
  );
  // Every string of an event but its date: the text, and a place where a record gives one.
  const events = record.events.map((e) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) out[k] = typeof v === 'string' && k !== 'date' && k !== 'precision' ? field(v) : v;
    return out as typeof e;
  });
  const text = record.text === undefined ? undefined : redact(record.text, h, false);
  return {
    ...record,
    title: fieldOrNull(record.title),
    persons,
    organizations,
    events,
    questions: record.questions.map(field),
    ...(record.warnings ? { warnings: record.warnings.map(field) } : {}),
    ...(record.source ? { source: { ...record.source, file: null, sha256: null } } : {}),
    ...(text ? { text: text.text, redactions: countRedactions(text.text) } : {}),
  };
}

/** The public copy of a letter: its text and record redacted with the same list, and the marks written in the text. */
export function redactLetter(text: string, record: Communication, input: HiddenContent): { text: string; record: Communication; replaced: number } {
  const h = hiddenForRecord(record, input);
  const body = redact(text, h, false);
  const publicRecord = redactRecord(record, h);
  return { text: body.text, record: { ...publicRecord, redactions: countRedactions(body.text) }, replaced: body.replaced };
}
