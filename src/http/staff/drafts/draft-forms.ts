/** Reading the drafting forms' bodies: the settings of a letter, the sections, the version and the sending date. */
import type { FieldErrors } from '../../../domain/case-event.js';
import { textOf, type FormBody } from '../cases/case-forms.js';
import { SECTION_FIELDS, type SectionField } from './draft-sections.js';

export { textOf, type FormBody };

/** Every value of a field sent several times (checkboxes). */
export function listOf(body: FormBody, name: string): string[] {
  const v = body?.[name];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
}

/** The settings fields, named as the forms name them. */
export const SETTING_FIELDS = ['type', 'recipient_code', 'recipient_name', 'language', 'lead_mandate', 'invited'] as const;

export interface SettingsForm {
  type: string;
  recipientCode: string;
  recipientName: string;
  language: string;
  leadMandateId: string;
  invitedMandateIds: string[];
}

export const settingsOf = (body: FormBody): SettingsForm => ({
  type: textOf(body, 'type'),
  recipientCode: textOf(body, 'recipient_code').trim().toUpperCase(),
  recipientName: textOf(body, 'recipient_name').replace(/\s+/g, ' ').trim(),
  language: textOf(body, 'language'),
  leadMandateId: textOf(body, 'lead_mandate'),
  invitedMandateIds: listOf(body, 'invited'),
});

/** The recipient the content keeps: a name only for another actor (OTH). */
export function recipientOf(s: SettingsForm, errors: FieldErrors): { code: string; name: string | null } {
  if (s.recipientCode === 'OTH' && !s.recipientName) errors.recipient_name = 'Name the recipient: a letter to a company, an organisation or another actor (OTH) is addressed by name.';
  if (s.recipientName.length > 1_000) errors.recipient_name = 'The recipient name is longer than 1,000 characters.';
  return { code: s.recipientCode, name: s.recipientCode === 'OTH' ? s.recipientName : null };
}

/** The draft's service names its fields after the draft; the forms name them after the page. */
const FORM_FIELD: Record<string, string> = {
  type: 'type', recipientCode: 'recipient_code', language: 'language', leadMandateId: 'lead_mandate',
  invitedMandateIds: 'invited', content: 'subject', version: 'version', caseId: '_', mandateId: '_', status: '_',
};

export function formErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) out[FORM_FIELD[field] ?? field] ??= message;
  return out;
}

export function sectionBody(body: FormBody): Record<SectionField, string> {
  return Object.fromEntries(SECTION_FIELDS.map((f) => [f, textOf(body, f)])) as Record<SectionField, string>;
}

/** The version the person saw; NaN (refused by the service) when missing. */
export function versionOf(body: FormBody): number {
  const v = textOf(body, 'version');
  return /^\d{1,9}$/.test(v) ? Number(v) : Number.NaN;
}

/** Every text field as typed (checkboxes sent several times joined by a line break), to put the form back. */
export function typedValues(body: FormBody): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(body ?? {})) if (key !== '_csrf') out[key] = key === 'invited' ? listOf(body, key).join('\n') : textOf(body, key);
  return out;
}

export const todayUtc = () => new Date().toISOString().slice(0, 10);
