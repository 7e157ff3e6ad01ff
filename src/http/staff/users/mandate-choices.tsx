import { mandates, type Mandate } from '../../../reference-data/index.js';
import { FieldError, type FieldProblem } from '../auth/error-summary.js';

/** The mandates one can act for: those in force, and any already chosen. */
function choices(chosen: string[]): Mandate[] {
  return mandates()
    .filter((m) => m.status !== 'discontinued' || chosen.includes(m.id))
    .sort((a, b) => a.title.localeCompare(b.title, 'en'));
}

/** Checkboxes of the mandate registry, by title. */
export function MandateChoices({ chosen, problems, legend = 'Mandates this person acts for' }: { chosen: string[]; problems: FieldProblem[]; legend?: string }) {
  return (
    <fieldset class="mandate-choices" id="mandates" aria-describedby={problems.some((p) => p.field === 'mandates') ? 'mandates-error' : undefined}>
      <legend>{legend}</legend>
      <FieldError field="mandates" problems={problems} />
      <ul class="plain">
        {choices(chosen).map((m) => (
          <li>
            <input type="checkbox" name="mandates" id={`mandate-${m.id}`} value={m.id} checked={chosen.includes(m.id)} />{' '}
            <label for={`mandate-${m.id}`}>
              {m.title}
              {m.status === 'discontinued' ? ' (discontinued)' : ''}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
