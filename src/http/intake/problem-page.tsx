import type { FormLanguage } from '../../domain/submission.js';
import { formUrl, IntakeLayout } from './intake-layout.js';
import { MESSAGES } from './messages.js';

/** A refusal before the form could be read (expired form, too many submissions): what happened, the way back. */
export function ProblemPage({ language, title, message }: { language: FormLanguage; title: string; message: string }) {
  const m = MESSAGES[language];
  return (
    <IntakeLayout language={language} title={title}>
      <h1>{title}</h1>
      <p class="problem" role="alert">
        {message}
      </p>
      <p>
        <a href={formUrl(language)}>{m.backToForm}</a>
      </p>
    </IntakeLayout>
  );
}
