/** A people or organisation form sent with a mistake: what is wrong, each linked to its field, and the form again with what was typed. */
import type { ComponentChildren } from 'preact';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import type { Problem } from './people-forms.js';
import { ProblemSummary } from './person-fields.js';

export interface ProblemPageProps {
  staff: StaffSession;
  title: string;
  problems: Problem[];
  /** The prefix of the form's field ids, for the links of the summary; none when there is no form to fix. */
  prefix?: string | undefined;
  back: { href: string; label: string };
  children?: ComponentChildren;
}

export function PeopleProblemPage({ staff, title, problems, prefix, back, children }: ProblemPageProps) {
  return (
    <StaffLayout title={title} staff={staff}>
      <h1>{title}</h1>
      {prefix ? (
        <ProblemSummary prefix={prefix} problems={problems} />
      ) : (
        <div class="error-summary" role="alert">
          {problems.map((p) => (
            <p>{p.message}</p>
          ))}
        </div>
      )}
      {children}
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </StaffLayout>
  );
}
