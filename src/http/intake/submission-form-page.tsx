import { FIELD, SUBMISSION_LIMITS, type FieldErrors, type FormLanguage, type SubmissionDraft, type VictimDraft } from '../../domain/submission.js';
import { UPLOAD_LIMITS } from '../../domain/uploads.js';
import { ErrorSummary, fieldId, Select, TextArea, TextInput } from './form-fields.js';
import { FORM_TOKEN_FIELD } from './form-token.js';
import { formUrl, IntakeLayout } from './intake-layout.js';
import { megabytes, MESSAGES, type IntakeMessages } from './messages.js';
import { stateOptions } from './state-options.js';
import { VictimFieldset } from './victim-fieldset.js';

export const ATTACHMENTS_FIELD = 'attachments';
export const VICTIM_COUNT_FIELD = 'victimCount';
export const HONEYPOT_FIELD = 'website';
export const ADD_VICTIM = 'add-victim';

export interface SubmissionFormProps {
  language: FormLanguage;
  draft: SubmissionDraft;
  errors: FieldErrors;
  /** A problem with the files, in words (refused kind, too large). */
  attachmentsError?: string | undefined;
  /** Files came with the post that shows the form again: they were not kept. */
  filesDropped: boolean;
  token: string;
}

function fieldLabel(m: IntakeMessages, field: string): string {
  const victim = /^victims\.(\d+)\.(\w+)$/.exec(field);
  if (victim) {
    const labels: Record<keyof VictimDraft, string> = {
      name: m.victimName,
      otherNames: m.victimOtherNames,
      gender: m.gender,
      role: m.victimRole,
      consentToState: m.consentToState,
      consentPublic: m.consentPublic,
    };
    return `${m.victimHeading(Number(victim[1]) + 1)}: ${labels[victim[2] as keyof VictimDraft] ?? victim[2]}`;
  }
  const labels: Record<string, string> = {
    [FIELD.summary]: m.summary,
    [FIELD.perpetrators]: m.perpetrators,
    [FIELD.place]: m.place,
    [FIELD.countryCode]: m.country,
    [FIELD.incidentYear]: `${m.dateLegend}: ${m.year}`,
    [FIELD.incidentMonth]: `${m.dateLegend}: ${m.month}`,
    [FIELD.incidentDay]: `${m.dateLegend}: ${m.day}`,
    [FIELD.submitter('name')]: m.submitterName,
    [FIELD.submitter('organization')]: m.organization,
    [FIELD.submitter('email')]: m.email,
    [FIELD.submitter('phone')]: m.phone,
    [FIELD.submitter('relation')]: m.relation,
    [ATTACHMENTS_FIELD]: m.attachments,
  };
  return labels[field] ?? field;
}

/** Where a summary link leads: the input, or the first choice of a radio group. */
const targetOf = (field: string) => (/consent/.test(field) ? `#${fieldId(field)}-yes` : `#${fieldId(field)}`);

function monthOptions(language: FormLanguage, m: IntakeMessages) {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return [{ value: '', label: m.monthNone }, ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: format.format(Date.UTC(2000, i, 1)) }))];
}

/** The public submission form, empty or as sent with its errors. */
export function SubmissionFormPage({ language, draft, errors, attachmentsError, filesDropped, token }: SubmissionFormProps) {
  const m = MESSAGES[language];
  const errorText = (field: string) => {
    const e = errors[field];
    return e ? m.fieldError(e.code, e.max) : undefined;
  };
  const summaryItems = [
    ...Object.keys(errors).map((field) => ({ href: targetOf(field), text: `${fieldLabel(m, field)}: ${errorText(field)}` })),
    ...(attachmentsError ? [{ href: `#${fieldId(ATTACHMENTS_FIELD)}`, text: attachmentsError }] : []),
  ];
  const s = draft.submitter;
  const L = SUBMISSION_LIMITS;
  const full = draft.victims.length >= L.victims;
  return (
    <IntakeLayout language={language} title={m.formTitle}>
      <h1>{m.formTitle}</h1>
      <ErrorSummary title={m.errorSummaryTitle} items={summaryItems} />
      <p class="lead">{m.formIntro}</p>
      <p class="hint">{m.requiredNote}</p>
      <form class="intake-form" method="post" action={formUrl(language)} enctype="multipart/form-data" novalidate>
        <input type="hidden" name={FORM_TOKEN_FIELD} value={token} />
        <input type="hidden" name={VICTIM_COUNT_FIELD} value={String(draft.victims.length)} />

        <fieldset class="section">
          <legend>
            <h2>{m.victimsLegend}</h2>
          </legend>
          <p class="hint">{m.victimsHint}</p>
          {draft.victims.map((victim, index) => (
            <VictimFieldset index={index} victim={victim} m={m} errorText={errorText} />
          ))}
          {full ? (
            <p class="hint">{m.victimsFull(L.victims)}</p>
          ) : (
            <div class="add-victim">
              <button type="submit" name="action" value={ADD_VICTIM} class="secondary" aria-describedby="add-victim-hint">
                {m.addVictim}
              </button>
              <p class="hint" id="add-victim-hint">
                {m.addVictimHint(L.victims)}
              </p>
            </div>
          )}
        </fieldset>

        <fieldset class="section">
          <legend>
            <h2>{m.whatLegend}</h2>
          </legend>
          <TextArea name={FIELD.summary} label={m.summary} hint={m.summaryHint} value={draft.summary} rows={10} maxLength={L.summary} requiredMark={m.required} error={errorText(FIELD.summary)} />
          <TextArea name={FIELD.perpetrators} label={m.perpetrators} hint={m.perpetratorsHint} value={draft.perpetrators} rows={3} maxLength={L.perpetrators} error={errorText(FIELD.perpetrators)} />
          <TextInput name={FIELD.place} label={m.place} hint={m.placeHint} value={draft.place} maxLength={L.place} error={errorText(FIELD.place)} />
          <Select
            name={FIELD.countryCode}
            label={m.country}
            value={draft.countryCode}
            options={[{ value: '', label: m.countryNone }, ...stateOptions(language, draft.countryCode)]}
            error={errorText(FIELD.countryCode)}
          />
          <fieldset class="date" aria-describedby="date-hint">
            <legend>{m.dateLegend}</legend>
            <p class="hint" id="date-hint">
              {m.dateHint}
            </p>
            <div class="date-parts">
              <TextInput name={FIELD.incidentYear} label={m.year} value={draft.incidentYear} maxLength={4} size={4} inputMode="numeric" error={errorText(FIELD.incidentYear)} />
              <Select name={FIELD.incidentMonth} label={m.month} value={draft.incidentMonth} options={monthOptions(language, m)} error={errorText(FIELD.incidentMonth)} />
              <TextInput name={FIELD.incidentDay} label={m.day} value={draft.incidentDay} maxLength={2} size={2} inputMode="numeric" error={errorText(FIELD.incidentDay)} />
            </div>
          </fieldset>
        </fieldset>

        <fieldset class="section confidential">
          <legend>
            <h2>{m.submitterLegend}</h2>
          </legend>
          <p class="confidential-note">{m.submitterConfidential}</p>
          <TextInput name={FIELD.submitter('name')} label={m.submitterName} value={s.name} maxLength={L.name} autocomplete="name" requiredMark={m.required} error={errorText(FIELD.submitter('name'))} />
          <TextInput name={FIELD.submitter('organization')} label={m.organization} value={s.organization} maxLength={L.organization} autocomplete="organization" error={errorText(FIELD.submitter('organization'))} />
          <p class="hint">{m.contactHint}</p>
          <TextInput name={FIELD.submitter('email')} label={m.email} type="email" value={s.email} maxLength={L.email} autocomplete="email" error={errorText(FIELD.submitter('email'))} />
          <TextInput name={FIELD.submitter('phone')} label={m.phone} type="tel" value={s.phone} maxLength={L.phone} autocomplete="tel" error={errorText(FIELD.submitter('phone'))} />
          <TextArea name={FIELD.submitter('relation')} label={m.relation} hint={m.relationHint} value={s.relation} rows={2} maxLength={L.relation} error={errorText(FIELD.submitter('relation'))} />
        </fieldset>

        <fieldset class="section">
          <legend>
            <h2>{m.attachmentsLegend}</h2>
          </legend>
          <div class={attachmentsError ? 'field invalid' : 'field'}>
            <label for={fieldId(ATTACHMENTS_FIELD)}>{m.attachments}</label>
            <p class="hint" id={`${fieldId(ATTACHMENTS_FIELD)}-hint`}>
              {m.attachmentsHint(UPLOAD_LIMITS.files, megabytes(m, UPLOAD_LIMITS.fileBytes), megabytes(m, UPLOAD_LIMITS.totalBytes))}
            </p>
            {filesDropped && (
              <p class="notice" id={`${fieldId(ATTACHMENTS_FIELD)}-dropped`}>
                {m.filesNotKept}
              </p>
            )}
            {attachmentsError && (
              <p class="field-error" id={`${fieldId(ATTACHMENTS_FIELD)}-error`}>
                {attachmentsError}
              </p>
            )}
            <input
              id={fieldId(ATTACHMENTS_FIELD)}
              name={ATTACHMENTS_FIELD}
              type="file"
              multiple
              accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg"
              aria-describedby={[
                `${fieldId(ATTACHMENTS_FIELD)}-hint`,
                filesDropped ? `${fieldId(ATTACHMENTS_FIELD)}-dropped` : '',
                attachmentsError ? `${fieldId(ATTACHMENTS_FIELD)}-error` : '',
              ].filter(Boolean).join(' ')}
              aria-invalid={attachmentsError ? 'true' : undefined}
            />
          </div>
        </fieldset>

        <div class="hp" aria-hidden="true">
          <label for="f-website">{m.honeypot}</label>
          <input id="f-website" name={HONEYPOT_FIELD} type="text" value="" tabIndex={-1} autocomplete="off" />
        </div>

        <p>
          <button type="submit" name="action" value="send">
            {m.send}
          </button>
        </p>
      </form>
    </IntakeLayout>
  );
}
