/**
 * What the public submission form takes in: the draft as typed (every value a string, so that a
 * form with errors comes back exactly as it was sent), the rules that turn it into a submission,
 * and the receipt code its sender keeps. Errors are keyed by field name and carry a code, never
 * words: each language of the form words them itself.
 */
import { randomBytes } from 'node:crypto';
import { isValidDay } from './dates.js';

export const FORM_LANGUAGES = ['en', 'fr', 'es'] as const;
export type FormLanguage = (typeof FORM_LANGUAGES)[number];
export const isFormLanguage = (v: unknown): v is FormLanguage => typeof v === 'string' && (FORM_LANGUAGES as readonly string[]).includes(v);

export const SUBMISSION_LIMITS = {
  victims: 10,
  name: 200,
  otherNames: 10,
  role: 200,
  summary: 20_000,
  perpetrators: 5_000,
  place: 500,
  organization: 200,
  email: 254,
  phone: 50,
  relation: 1_000,
} as const;

export type Gender = 'female' | 'male';

export interface VictimInput {
  name: string;
  otherNames: string[];
  gender: Gender | null;
  /** Defender, journalist, lawyer... as the sender wrote it. */
  role: string;
  /** May the name be given to the State? null: not asked yet. */
  consentToState: boolean | null;
  /** May the name be made public? null: not asked yet. */
  consentPublic: boolean | null;
}

export interface SubmitterInput {
  name: string;
  organization: string;
  email: string;
  phone: string;
  relation: string;
}

export interface SubmissionInput {
  language: FormLanguage;
  victims: VictimInput[];
  perpetrators: string;
  summary: string;
  place: string;
  countryCode: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the sender knew; null when not given. */
  incidentDate: string | null;
  submitter: SubmitterInput;
}

/** A victim block as typed. Consents: `yes`, `no` or `unknown` (not asked yet). */
export interface VictimDraft {
  name: string;
  otherNames: string;
  gender: string;
  role: string;
  consentToState: string;
  consentPublic: string;
}

export interface SubmissionDraft {
  victims: VictimDraft[];
  perpetrators: string;
  summary: string;
  place: string;
  countryCode: string;
  incidentYear: string;
  incidentMonth: string;
  incidentDay: string;
  submitter: SubmitterInput;
}

export const emptyVictim = (): VictimDraft => ({ name: '', otherNames: '', gender: '', role: '', consentToState: 'unknown', consentPublic: 'unknown' });

export const emptyDraft = (): SubmissionDraft => ({
  victims: [emptyVictim()],
  perpetrators: '',
  summary: '',
  place: '',
  countryCode: '',
  incidentYear: '',
  incidentMonth: '',
  incidentDay: '',
  submitter: { name: '', organization: '', email: '', phone: '', relation: '' },
});

/** Field names, as the form's inputs are named and errors are keyed. */
export const FIELD = {
  victim: (i: number, part: keyof VictimDraft) => `victims.${i}.${part}`,
  submitter: (part: keyof SubmitterInput) => `submitter.${part}`,
  summary: 'summary',
  perpetrators: 'perpetrators',
  place: 'place',
  countryCode: 'countryCode',
  incidentYear: 'incidentYear',
  incidentMonth: 'incidentMonth',
  incidentDay: 'incidentDay',
} as const;

/** Reads a draft from form fields by name; `victimCount` blocks (at least one, at most the limit). */
export function draftFromFields(get: (name: string) => string | undefined, victimCount: number): SubmissionDraft {
  const v = (name: string) => get(name) ?? '';
  const count = Math.min(Math.max(1, victimCount), SUBMISSION_LIMITS.victims);
  return {
    victims: Array.from({ length: count }, (_, i) => ({
      name: v(FIELD.victim(i, 'name')),
      otherNames: v(FIELD.victim(i, 'otherNames')),
      gender: v(FIELD.victim(i, 'gender')),
      role: v(FIELD.victim(i, 'role')),
      consentToState: get(FIELD.victim(i, 'consentToState')) ?? 'unknown',
      consentPublic: get(FIELD.victim(i, 'consentPublic')) ?? 'unknown',
    })),
    perpetrators: v(FIELD.perpetrators),
    summary: v(FIELD.summary),
    place: v(FIELD.place),
    countryCode: v(FIELD.countryCode),
    incidentYear: v(FIELD.incidentYear),
    incidentMonth: v(FIELD.incidentMonth),
    incidentDay: v(FIELD.incidentDay),
    submitter: {
      name: v(FIELD.submitter('name')),
      organization: v(FIELD.submitter('organization')),
      email: v(FIELD.submitter('email')),
      phone: v(FIELD.submitter('phone')),
      relation: v(FIELD.submitter('relation')),
    },
  };
}

export type FieldErrorCode =
  | 'required'
  | 'victim-required'
  | 'too-long'
  | 'too-many'
  | 'control-characters'
  | 'invalid-choice'
  | 'invalid-email'
  | 'invalid-phone'
  | 'contact-required'
  | 'unknown-country'
  | 'invalid-year'
  | 'invalid-date'
  | 'future-date'
  | 'year-required'
  | 'month-required';

export interface FieldError {
  code: FieldErrorCode;
  /** The limit, for `too-long` (characters) and `too-many` (items). */
  max?: number;
}

export type FieldErrors = Record<string, FieldError>;

export type Validated = { ok: true; input: SubmissionInput } | { ok: false; errors: FieldErrors };

export interface ValidationContext {
  language: FormLanguage;
  /** Today, `YYYY-MM-DD`: an incident cannot be after it. */
  today: string;
  /** Whether a code is a State the form offers. */
  isCountry(code: string): boolean;
}

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** The same, and line breaks: a one-line field never holds one. */
const CONTROL_ONE_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const PHONE = /^\+?[0-9 ().\-/]{4,}$/;
const CONSENT: Record<string, boolean | null> = { yes: true, no: false, unknown: null, '': null };
const GENDER: Record<string, Gender | null> = { female: 'female', male: 'male', '': null };
const EARLIEST_YEAR = 1900;

const clean = (text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n').trim();

/** Checks a draft; the submission when it holds, every problem by field otherwise. */
export function validateSubmission(draft: SubmissionDraft, ctx: ValidationContext): Validated {
  const errors: FieldErrors = {};
  const text = (field: string, value: string, max: number, { multiline = false, required = false } = {}): string => {
    const v = clean(value);
    if ((multiline ? CONTROL_MULTILINE : CONTROL_ONE_LINE).test(v)) errors[field] = { code: 'control-characters' };
    else if (v.length > max) errors[field] = { code: 'too-long', max };
    else if (required && !v) errors[field] = { code: 'required' };
    return v;
  };
  const L = SUBMISSION_LIMITS;

  if (draft.victims.length > L.victims) errors[FIELD.victim(0, 'name')] = { code: 'too-many', max: L.victims };
  const victims: VictimInput[] = [];
  draft.victims.slice(0, L.victims).forEach((d, i) => {
    const f = (part: keyof VictimDraft) => FIELD.victim(i, part);
    const blank = !d.name.trim() && !d.otherNames.trim() && !d.role.trim() && !d.gender;
    if (blank) return;
    const name = text(f('name'), d.name, L.name, { required: true });
    const otherNames = clean(d.otherNames).split('\n').map((n) => n.trim()).filter(Boolean);
    if (otherNames.length > L.otherNames) errors[f('otherNames')] = { code: 'too-many', max: L.otherNames };
    else for (const n of otherNames) text(f('otherNames'), n, L.name);
    const gender = GENDER[d.gender];
    if (gender === undefined) errors[f('gender')] = { code: 'invalid-choice' };
    const consentToState = CONSENT[d.consentToState];
    if (consentToState === undefined) errors[f('consentToState')] = { code: 'invalid-choice' };
    const consentPublic = CONSENT[d.consentPublic];
    if (consentPublic === undefined) errors[f('consentPublic')] = { code: 'invalid-choice' };
    const role = text(f('role'), d.role, L.role);
    victims.push({ name, otherNames, gender: gender ?? null, role, consentToState: consentToState ?? null, consentPublic: consentPublic ?? null });
  });
  if (victims.length === 0) errors[FIELD.victim(0, 'name')] = { code: 'victim-required' };

  const summary = text(FIELD.summary, draft.summary, L.summary, { multiline: true, required: true });
  const perpetrators = text(FIELD.perpetrators, draft.perpetrators, L.perpetrators, { multiline: true });
  const place = text(FIELD.place, draft.place, L.place);
  const countryCode = clean(draft.countryCode).toUpperCase() || null;
  if (countryCode && !ctx.isCountry(countryCode)) errors[FIELD.countryCode] = { code: 'unknown-country' };
  const incidentDate = checkDate(draft, ctx.today, errors);

  const s = draft.submitter;
  const submitter: SubmitterInput = {
    name: text(FIELD.submitter('name'), s.name, L.name, { required: true }),
    organization: text(FIELD.submitter('organization'), s.organization, L.organization),
    email: text(FIELD.submitter('email'), s.email, L.email),
    phone: text(FIELD.submitter('phone'), s.phone, L.phone),
    relation: text(FIELD.submitter('relation'), s.relation, L.relation, { multiline: true }),
  };
  const emailField = FIELD.submitter('email');
  const phoneField = FIELD.submitter('phone');
  if (submitter.email && !errors[emailField] && !EMAIL.test(submitter.email)) errors[emailField] = { code: 'invalid-email' };
  if (submitter.phone && !errors[phoneField] && !PHONE.test(submitter.phone)) errors[phoneField] = { code: 'invalid-phone' };
  // Anonymous information is not acted on: the secretariat must be able to come back to the source.
  if (!submitter.email && !submitter.phone && !errors[emailField] && !errors[phoneField]) errors[emailField] = { code: 'contact-required' };

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { language: ctx.language, victims, perpetrators, summary, place, countryCode, incidentDate, submitter } };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from the three date fields; null when none is filled. */
function checkDate(draft: SubmissionDraft, today: string, errors: FieldErrors): string | null {
  const [y, m, d] = [draft.incidentYear, draft.incidentMonth, draft.incidentDay].map((v) => v.trim());
  if (!y && !m && !d) return null;
  if (!y) {
    errors[FIELD.incidentYear] = { code: 'year-required' };
    return null;
  }
  if (d && !m) {
    errors[FIELD.incidentMonth] = { code: 'month-required' };
    return null;
  }
  const year = /^\d{4}$/.test(y) ? Number(y) : NaN;
  if (!(year >= EARLIEST_YEAR)) {
    errors[FIELD.incidentYear] = { code: 'invalid-year' };
    return null;
  }
  const month = m ? (/^\d{1,2}$/.test(m) ? Number(m) : NaN) : null;
  const day = d ? (/^\d{1,2}$/.test(d) ? Number(d) : NaN) : null;
  if (month !== null && !(month >= 1 && month <= 12)) {
    errors[FIELD.incidentMonth] = { code: 'invalid-choice' };
    return null;
  }
  if (month !== null && day !== null && !isValidDay(year, month, day)) {
    errors[FIELD.incidentDay] = { code: 'invalid-date' };
    return null;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = month === null ? String(year) : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  // `2025` is after `2025-06-01` as text, yet the year has begun: compare at the date's own precision.
  if (date > today.slice(0, date.length)) {
    errors[day !== null ? FIELD.incidentDay : month !== null ? FIELD.incidentMonth : FIELD.incidentYear] = { code: 'future-date' };
    return null;
  }
  return date;
}

/** Crockford's base 32: no I, L, O or U, so that a code read aloud or copied by hand survives. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECEIPT_CHARS = 12;

/** A new receipt code, `R-XXXX-XXXX-XXXX`: 60 random bits. */
export function newReceiptCode(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(8);
  let bits = bytes.readBigUInt64BE(0) >> 4n;
  let out = '';
  for (let i = 0; i < RECEIPT_CHARS; i++) {
    out = CROCKFORD[Number(bits & 31n)]! + out;
    bits >>= 5n;
  }
  return `R-${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

/**
 * A receipt code as someone typed it (lower case, without dashes, with spaces, `O` for zero or `I`
 * and `L` for one) in its one written form; null when it cannot be one.
 */
export function parseReceiptCode(typed: string): string | null {
  let s = typed.toUpperCase().replace(/[\s-]/g, '');
  if (s.length === RECEIPT_CHARS + 1 && s.startsWith('R')) s = s.slice(1);
  if (s.length !== RECEIPT_CHARS) return null;
  s = s.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (![...s].every((c) => CROCKFORD.includes(c))) return null;
  return `R-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}
