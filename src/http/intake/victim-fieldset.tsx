import { FIELD, SUBMISSION_LIMITS, type VictimDraft } from '../../domain/submission.js';
import { RadioGroup, Select, TextArea, TextInput } from './form-fields.js';
import type { IntakeMessages } from './messages.js';

export interface VictimFieldsetProps {
  index: number;
  victim: VictimDraft;
  m: IntakeMessages;
  errorText: (field: string) => string | undefined;
}

/** One alleged victim: names, gender, role, and the two consents explained. */
export function VictimFieldset({ index, victim, m, errorText }: VictimFieldsetProps) {
  const f = (part: keyof VictimDraft) => FIELD.victim(index, part);
  const consentOptions = [
    { value: 'yes', label: m.consentYes },
    { value: 'no', label: m.consentNo },
    { value: 'unknown', label: m.consentUnknown },
  ];
  return (
    <fieldset class="victim">
      <legend>{m.victimHeading(index + 1)}</legend>
      <TextInput
        name={f('name')}
        label={m.victimName}
        value={victim.name}
        maxLength={SUBMISSION_LIMITS.name}
        requiredMark={index === 0 ? m.required : undefined}
        error={errorText(f('name'))}
      />
      <TextArea
        name={f('otherNames')}
        label={m.victimOtherNames}
        hint={m.victimOtherNamesHint}
        value={victim.otherNames}
        rows={2}
        maxLength={(SUBMISSION_LIMITS.name + 1) * SUBMISSION_LIMITS.otherNames}
        error={errorText(f('otherNames'))}
      />
      <Select
        name={f('gender')}
        label={m.gender}
        value={victim.gender}
        options={[
          { value: '', label: m.genderUnknown },
          { value: 'female', label: m.genderFemale },
          { value: 'male', label: m.genderMale },
        ]}
        error={errorText(f('gender'))}
      />
      <TextInput
        name={f('role')}
        label={m.victimRole}
        hint={m.victimRoleHint}
        value={victim.role}
        maxLength={SUBMISSION_LIMITS.role}
        error={errorText(f('role'))}
      />
      <RadioGroup
        name={f('consentToState')}
        label={m.consentToState}
        hint={m.consentToStateHint}
        value={victim.consentToState}
        options={consentOptions}
        error={errorText(f('consentToState'))}
      />
      <RadioGroup
        name={f('consentPublic')}
        label={m.consentPublic}
        hint={m.consentPublicHint}
        value={victim.consentPublic}
        options={consentOptions}
        error={errorText(f('consentPublic'))}
      />
    </fieldset>
  );
}
