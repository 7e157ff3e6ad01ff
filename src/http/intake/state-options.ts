/** The States the form offers, named and sorted in the form's language. */
import type { FormLanguage } from '../../domain/submission.js';
import { stateByCode, states } from '../../reference-data/index.js';
import type { Option } from './form-fields.js';

/** OTH names letters to non-State recipients: not a country where something happened. */
const NOT_A_COUNTRY = 'OTH';

const sorted = new Map<FormLanguage, Option[]>();

function offered(language: FormLanguage): Option[] {
  let options = sorted.get(language);
  if (!options) {
    const collator = new Intl.Collator(language);
    options = states()
      .filter((s) => !s.fictional && s.code !== NOT_A_COUNTRY)
      .map((s) => ({ value: s.code, label: s.name[language] }))
      .sort((a, b) => collator.compare(a.label, b.label));
    sorted.set(language, options);
  }
  return options;
}

/** Every real State; a fictional one (demos, tests) only when it is the one chosen. */
export function stateOptions(language: FormLanguage, chosen: string): Option[] {
  const options = offered(language);
  const state = chosen ? stateByCode(chosen) : undefined;
  if (state?.fictional) return [{ value: state.code, label: state.name[language] }, ...options];
  return options;
}

export function isFormCountry(code: string): boolean {
  return code !== NOT_A_COUNTRY && stateByCode(code) !== undefined;
}
