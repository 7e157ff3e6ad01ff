/**
 * The form's fields: each with its label, an optional hint, and its error beside it, tied to the
 * input by aria-describedby so that a screen reader reads them with the field.
 */
import type { ComponentChildren } from 'preact';

export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;

interface Common {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The word shown after the label of a required field. */
  requiredMark?: string | undefined;
}

function described(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Label({ id, label, requiredMark }: { id: string; label: string; requiredMark?: string | undefined }) {
  return (
    <label for={id}>
      {label}
      {requiredMark && <span class="req"> ({requiredMark})</span>}
    </label>
  );
}

function HintAndError({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

export function TextInput(
  props: Common & { value: string; maxLength: number; type?: 'text' | 'email' | 'tel'; autocomplete?: string; inputMode?: 'numeric'; size?: number },
) {
  const id = fieldId(props.name);
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <Label id={id} label={props.label} requiredMark={props.requiredMark} />
      <HintAndError id={id} hint={props.hint} error={props.error} />
      <input
        id={id}
        name={props.name}
        // One of three text-like types; Preact's types want it narrowed to one.
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        maxLength={props.maxLength}
        size={props.size}
        inputMode={props.inputMode}
        autocomplete={props.autocomplete ?? 'off'}
        spellcheck={false}
        aria-describedby={described(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}

export function TextArea(props: Common & { value: string; maxLength: number; rows: number }) {
  const id = fieldId(props.name);
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <Label id={id} label={props.label} requiredMark={props.requiredMark} />
      <HintAndError id={id} hint={props.hint} error={props.error} />
      <textarea
        id={id}
        name={props.name}
        rows={props.rows}
        maxLength={props.maxLength}
        aria-describedby={described(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.value}
      </textarea>
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select(props: Common & { value: string; options: Option[] }) {
  const id = fieldId(props.name);
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <Label id={id} label={props.label} requiredMark={props.requiredMark} />
      <HintAndError id={id} hint={props.hint} error={props.error} />
      <select id={id} name={props.name} aria-describedby={described(id, props.hint, props.error)} aria-invalid={props.error ? 'true' : undefined}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Choices as radio buttons in a fieldset: the question is the legend. */
export function RadioGroup(props: Common & { value: string; options: Option[] }) {
  const id = fieldId(props.name);
  return (
    <fieldset
      class={props.error ? 'choices invalid' : 'choices'}
      id={id}
      aria-describedby={described(id, props.hint, props.error)}
    >
      <legend>{props.label}</legend>
      <HintAndError id={id} hint={props.hint} error={props.error} />
      {props.options.map((o) => (
        <div class="choice">
          <input type="radio" id={`${id}-${o.value}`} name={props.name} value={o.value} checked={o.value === props.value} />
          <label for={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function ErrorSummary({ title, items }: { title: string; items: Array<{ href: string; text: ComponentChildren }> }) {
  if (items.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {items.map((i) => (
          <li>
            <a href={i.href}>{i.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
