/** Form problems: a summary at the top linking to each field, and the message beside the field. */
export interface FieldProblem {
  /** The id of the input the message belongs to (omitted for a problem of the whole form). */
  field?: string;
  message: string;
}

export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {problems.map((p) => (
          <li>{p.field ? <a href={`#${p.field}`}>{p.message}</a> : p.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The message of one field, if it has one; its id is what the input's aria-describedby names. */
export function FieldError({ field, problems }: { field: string; problems: FieldProblem[] }) {
  const p = problems.find((x) => x.field === field);
  return p ? (
    <p class="field-error" id={`${field}-error`}>
      <span class="visually-hidden">Error: </span>
      {p.message}
    </p>
  ) : null;
}

/** The attributes that tie an input to its message. */
export function invalidAttrs(field: string, problems: FieldProblem[]): Record<string, string> {
  return problems.some((p) => p.field === field) ? { 'aria-invalid': 'true', 'aria-describedby': `${field}-error` } : {};
}
