export interface SearchBoxProps {
  id: string;
  label: string;
  value?: string;
  /** Where the form goes; the letter search by default. */
  action?: string;
  hint?: string;
}

/** A labelled search field with its button, sent as a plain GET form (works without JavaScript). */
export function SearchBox({ id, label, value = '', action = '/search', hint }: SearchBoxProps) {
  return (
    <form role="search" class="search-box" action={action} method="get">
      <label for={id}>{label}</label>
      <div class="search-row">
        <input id={id} name="q" type="search" value={value} maxLength={200} aria-describedby={hint ? `${id}-hint` : undefined} />
        <button type="submit">Search</button>
      </div>
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
    </form>
  );
}
