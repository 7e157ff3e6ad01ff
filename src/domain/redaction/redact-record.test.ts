import { describe, expect, it } from 'vitest';
import { Rng } from '../../demo/prng.js';
import { CommunicationSchema, emptyCommunication, type Communication } from '../communication.js';
import type { HiddenContent } from './hidden.js';
import { hiddenSpellingsIn } from './leftover-spellings.js';
import { redactLetter, redactRecord } from './redact-record.js';
import { REDACTED } from './redact-text.js';

function letterRecord(overrides: Partial<Communication> = {}): Communication {
  return {
    ...emptyCommunication(),
    reference: { type: 'AL', recipient: 'XAB', number: 4, year: 2025, text: 'AL XAB 4/2025' },
    date: '2025-02-03',
    language: 'en',
    title: 'alleged surveillance of Ms. Zarina Tolkunova and Mr. Teodor Vask',
    persons: [
      { name: 'Zarina Tolkunova', variants: ['Tolkunova Zarina'], role: 'victim', gender: 'female', descriptors: ['woman human rights defender', 'founder of NeMolchi Aid'] },
      { name: 'Teodor Vask', variants: [], role: 'victim', gender: 'male', descriptors: ['journalist'] },
    ],
    organizations: [{ name: 'NeMolchi Aid', variants: ['NeMolchi.Aid'] }, { name: 'Press Union', variants: [] }],
    events: [
      { date: '2024-01-08', precision: 'day', text: 'Ms. Tolkunova was placed on a wanted list.' },
      { date: '2024-03-01', precision: 'month', text: 'Ms. Tolkunova and Mr. Vask were photographed in a cafe on Njegoseva street.' },
    ],
    questions: ['Please explain the measures taken to protect Ms. Tolkunova.'],
    signatories: [{ name: 'Mara Lindqvist', title: 'Special Rapporteur on the situation of human rights defenders' }],
    source: { file: '/private/drafts/letter.pdf', sha256: 'abc', format: 'pdf', pages: 3 },
    ...overrides,
  };
}

describe('the public record', () => {
  const hidden: HiddenContent = { names: [['Zarina Tolkunova']], passages: ['in a cafe on Njegoseva street'] };

  it('replaces a hidden person, keeps their role and generic descriptors, and leaves a consenting person as written', () => {
    const r = redactRecord(letterRecord(), hidden);
    expect(r.persons).toEqual([
      { name: REDACTED, variants: [], role: 'victim', gender: 'female', descriptors: ['woman human rights defender'] },
      { name: 'Teodor Vask', variants: [], role: 'victim', gender: 'male', descriptors: ['journalist'] },
    ]);
    expect(() => CommunicationSchema.parse(r)).not.toThrow();
  });

  it('redacts the title, events, questions and passages, and drops the private file name and hash', () => {
    const r = redactRecord(letterRecord(), hidden);
    expect(r.title).toBe('alleged surveillance of Ms. [REDACTED] and Mr. Teodor Vask');
    expect(r.events.map((e) => e.text)).toEqual(['Ms. [REDACTED] was placed on a wanted list.', 'Ms. [REDACTED] and Mr. Vask were photographed [REDACTED].']);
    expect(r.questions).toEqual(['Please explain the measures taken to protect Ms. [REDACTED].']);
    expect(r.source).toEqual({ file: null, sha256: null, format: 'pdf', pages: 3 });
    expect(r.signatories).toEqual(letterRecord().signatories);
  });

  it('hides a field a passage contains, and the part of a field a passage overlaps', () => {
    const record = letterRecord({
      events: [
        { date: '2024-01-08', precision: 'day', text: 'She moved to the coast.' },
        { date: '2024-02-08', precision: 'day', text: 'Her address is known to the police of the capital.' },
      ],
    });
    const r = redactRecord(record, { names: [], passages: ['She moved to the coast. Her address is known'] });
    expect(r.events.map((e) => e.text)).toEqual([REDACTED, '[REDACTED] to the police of the capital.']);
  });

  it('redacts a place an event carries, and an organisation marked by its name or listed as hidden', () => {
    const withPlace = letterRecord({
      events: [{ date: '2024-01-08', precision: 'day', text: 'Zarina Tolkunova was followed.', place: 'Budva, near Tolkunova house' } as Communication['events'][number]],
    });
    const r = redactRecord(withPlace, { names: [['Zarina Tolkunova']], passages: ['NeMolchi Aid'] });
    expect(r.events[0]).toMatchObject({ text: '[REDACTED] was followed.', place: 'Budva, near [REDACTED] house' });
    expect(r.organizations).toEqual([{ name: REDACTED, variants: [] }, { name: 'Press Union', variants: [] }]);
    const listed = redactRecord(letterRecord(), { names: [], passages: [], organizations: [['NeMolchiAid']] });
    expect(listed.organizations[0]).toEqual({ name: REDACTED, variants: [] });
  });

  it('hides a person the record spells only by surname, and their other spellings in the text', () => {
    const record = letterRecord({ persons: [{ name: 'Ms. Tolkunova', variants: ['Zarina Smaylova'], role: 'mentioned' }] });
    const out = redactLetter('Ms. Smaylova and Zarina Smaylova', record, hidden);
    expect(out.record.persons).toEqual([{ name: REDACTED, variants: [], role: 'mentioned' }]);
    expect(out.text).toBe('Ms. [REDACTED] and [REDACTED]');
    expect(out.record.redactions).toBe(2);
  });
});

describe('persons named outside the lists (hideUnlisted)', () => {
  const text = 'Ms. Zarina Tolkunova and Mr. Vask met Ms. Ilsa Moreau, her sister. Ilsa Moreau was questioned. Signed: Mara Lindqvist';
  const withSister = letterRecord({
    persons: [...letterRecord().persons, { name: 'Ilsa Moreau', variants: ['Ms. Moreau'], role: 'mentioned', gender: 'female' }],
  });

  it('leaves such a person as written without it: an imported letter was published as it was', () => {
    const out = redactLetter(text, withSister, { names: [['Zarina Tolkunova']], passages: [], keep: ['Teodor Vask'] });
    expect(out.text).toContain('Ms. Ilsa Moreau, her sister');
    expect(out.record.persons.map((p) => p.name)).toEqual([REDACTED, 'Teodor Vask', 'Ilsa Moreau']);
  });

  it('hides a person the record names who is neither hidden nor public, in the text and the record', () => {
    const out = redactLetter(text, withSister, { names: [['Zarina Tolkunova']], passages: [], keep: ['Teodor Vask'], hideUnlisted: true });
    expect(out.text).toBe(`Ms. ${REDACTED} and Mr. Vask met Ms. ${REDACTED}, her sister. ${REDACTED} was questioned. Signed: Mara Lindqvist`);
    expect(out.record.persons).toEqual([
      { name: REDACTED, variants: [], role: 'victim', gender: 'female', descriptors: ['woman human rights defender'] },
      { name: 'Teodor Vask', variants: [], role: 'victim', gender: 'male', descriptors: ['journalist'] },
      { name: REDACTED, variants: [], role: 'mentioned', gender: 'female' },
    ]);
  });

  it('keeps a person public under a shorter spelling of a public name, and the signatories', () => {
    const record = letterRecord({ persons: [{ name: 'Mr. Vask', variants: [], role: 'victim' }, { name: 'Mara Lindqvist', variants: [], role: 'mentioned' }] });
    const out = redactLetter('Mr. Vask wrote to Mara Lindqvist.', record, { names: [], passages: [], keep: ['Teodor Vask'], hideUnlisted: true });
    expect(out.text).toBe('Mr. Vask wrote to Mara Lindqvist.');
    expect(out.record.persons.map((p) => p.name)).toEqual(['Mr. Vask', 'Mara Lindqvist']);
  });

  it('hides every person of a record when no list names anyone (a letter sent without a case)', () => {
    const out = redactLetter('Ms. Zarina Tolkunova and Mr. Teodor Vask.', letterRecord(), { names: [], passages: [], hideUnlisted: true });
    expect(out.text).toBe(`Ms. ${REDACTED} and Mr. ${REDACTED}.`);
    expect(out.record.title).toBe(`alleged surveillance of Ms. ${REDACTED} and Mr. ${REDACTED}`);
  });
});

// --- The property: whatever the form a hidden name takes, no spelling of it is left. ---

const SYLLABLES = ['zor', 'va', 'nik', 'tel', 'ru', 'mas', 'ko', 'dri', 'lun', 've', 'sha', 'bor', 'ima', 'quel', 'tov'];
const FILLER = ['the', 'authorities', 'detained', 'was', 'seen', 'at', 'home', 'on', 'after', 'with', 'her', 'lawyer', 'de', 'la', 'li', 'in', 'and', 'protest'];
const ACCENTS: Record<string, string> = { a: 'á', e: 'é', o: 'ö', u: 'ü', i: 'í' };

function inventName(rng: Rng): string {
  const word = () => {
    let w = '';
    while (w.length < 5) w += rng.pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const parts = [word(), rng.chance(0.3) ? rng.pick(['de', 'Li', 'van']) : null, word()].filter((p): p is string => p !== null);
  return parts.join(' ');
}

const accented = (s: string, rng: Rng) => s.replace(/[aeiou]/g, (c) => (rng.chance(0.3) ? ACCENTS[c]! : c));

/** One way a letter may write a person called `name`. */
function writeName(name: string, rng: Rng): string {
  const words = name.split(' ');
  const given = words[0]!;
  const surname = words[words.length - 1]!;
  const cut = 2 + rng.int(0, surname.length - 4);
  const forms = [
    name,
    `Ms. ${name}`,
    `Mr. ${surname}`,
    given,
    `${surname} ${given}`,
    name.toUpperCase(),
    accented(name, rng),
    name.replace(' ', '\n'),
    `${surname.slice(0, cut)}-\n${surname.slice(cut)}`,
    `${surname}'s`,
    `${surname}’s`,
    `**${name}**`,
    `#Free${surname}`,
    `${given[0]}. ${surname}`,
  ];
  return rng.pick(forms);
}

/** The independent check: both texts folded (no marks, lower case, words only) and searched. */
const foldForCheck = (s: string) => ` ${s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

function leaks(output: string, name: string): string[] {
  const folded = foldForCheck(output);
  // Also inside longer words, once hyphenated line breaks are joined (`#FreeImava`, `Ima-\nva`).
  const words = foldForCheck(output.replace(/-\n/g, '')).split(' ');
  const out: string[] = [];
  if (folded.includes(foldForCheck(name))) out.push(name);
  for (const w of name.split(' ').filter((x) => x.length >= 5)) {
    const key = foldForCheck(w).trim();
    if (folded.includes(` ${key} `) || words.some((x) => x.includes(key))) out.push(w);
  }
  return out;
}

describe('the property: no hidden spelling is left', () => {
  it('holds over 400 invented letters, in the text and in the record, and leaves the public names and ordinary words', () => {
    let marks = 0;
    for (let n = 0; n < 400; n++) {
      const rng = Rng.of('redaction-property', n);
      const hiddenNames = [inventName(rng), inventName(rng)];
      const publicName = inventName(rng);
      if (hiddenNames.some((h) => h.split(' ').some((w) => w.length >= 5 && publicName.includes(w)))) continue;
      const sentences: string[] = [];
      for (let s = 0; s < 12; s++) {
        const words = Array.from({ length: rng.int(3, 8) }, () => rng.pick(FILLER));
        words.splice(rng.int(0, words.length), 0, rng.chance(0.75) ? writeName(rng.pick(hiddenNames), rng) : publicName);
        sentences.push(`${words.join(' ')}.`);
      }
      sentences.push(`${publicName} wrote.`);
      const text = sentences.join(rng.chance(0.5) ? ' ' : '\n\n');
      const record: Communication = {
        ...emptyCommunication(),
        title: `situation of ${hiddenNames[0]} and ${publicName}`,
        persons: [...hiddenNames, publicName].map((name) => ({ name, variants: [], role: 'victim' as const })),
        events: sentences.slice(0, 4).map((s, i) => ({ date: `2024-0${i + 1}-01`, precision: 'day' as const, text: s })),
        questions: sentences.slice(4, 6),
      };
      const out = redactLetter(text, record, { names: hiddenNames.map((h) => [h]), passages: [] });
      const published = `${out.text}\n${JSON.stringify(out.record)}`;
      for (const h of hiddenNames) expect(leaks(published, h), `letter ${n}: ${h}\n${out.text}`).toEqual([]);
      expect(hiddenSpellingsIn(published, { names: hiddenNames.map((h) => [h]), passages: [] })).toEqual([]);
      expect(out.text).toContain(`${publicName} wrote.`);
      const nameWords = new Set(hiddenNames.flatMap((h) => h.toLowerCase().split(' ')));
      for (const w of FILLER.filter((f) => !nameWords.has(f) && text.includes(` ${f} `))) expect(out.text).toContain(` ${w} `);
      marks += out.replaced;
    }
    expect(marks).toBeGreaterThan(2000);
  });
});
