/** The merges that made a person, each with its rule and two spellings, and an Undo button while it stands. */
import type { MergeSummary } from '../../../services/case-people-view.js';
import { CsrfField } from '../csrf-field.js';
import { undoMergeAction } from './people-hrefs.js';
import { when } from './person-format.js';

export interface MergeItem extends MergeSummary {
  mergedBy?: string | undefined;
  undoneBy?: string | undefined;
}

export function MergeList({ merges, csrf, caseId }: { merges: MergeItem[]; csrf: string | null; caseId?: number | undefined }) {
  return (
    <ul class="merges">
      {merges.map((m) => (
        <li>
          <span class="spelling">{m.mergedName}</span> merged into <span class="spelling">{m.keptName}</span> ({m.ruleText}) on{' '}
          <time dateTime={new Date(m.mergedAt).toISOString()}>{when(m.mergedAt)}</time>
          {m.mergedBy && <> by {m.mergedBy}</>}
          {m.undoneAt ? (
            <>
              ; undone on <time dateTime={new Date(m.undoneAt).toISOString()}>{when(m.undoneAt)}</time>
              {m.undoneBy && <> by {m.undoneBy}</>}.
            </>
          ) : (
            csrf && (
              <form class="inline-form" method="post" action={undoMergeAction(m.mergeId)}>
                <CsrfField token={csrf} />
                {caseId !== undefined && <input type="hidden" name="case_id" value={String(caseId)} />}
                <button type="submit" class="secondary">
                  Undo this merge<span class="visually-hidden"> of {m.mergedName} into {m.keptName}</span>
                </button>
              </form>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
