/** The mandates consulted on a draft (migration 0017): the lead and those invited, with their answers. */
import type { DraftMandate } from '../domain/letter-lifecycle.js';
import type { Queryable } from './database.js';

/** A mandate of a draft as read with it (drafts.repo.ts), in the draft's order. */
export interface DraftMandateRow extends DraftMandate {
  position: number;
  answeredBy: number | null;
  answeredAt: Date | null;
  onBehalf: boolean;
}

export interface DraftMandateWrite {
  mandateId: string;
  role: DraftMandate['role'];
  answer: DraftMandate['answer'];
  answeredBy: number | null;
  answeredAt: Date | null;
  onBehalf: boolean;
}

/** Replaces the mandates of a draft with these, in this order (the lead first). */
export async function writeDraftMandates(tx: Queryable, draftId: number, mandates: DraftMandateWrite[]): Promise<void> {
  await tx.query('delete from draft_mandates where draft_id = $1', [draftId]);
  await tx.query(
    `insert into draft_mandates (draft_id, mandate_id, position, role, answer, answered_by, answered_at, on_behalf)
     select $1, m.mandate_id, m.position - 1, m.role, m.answer, m.answered_by, m.answered_at, m.on_behalf
       from unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::timestamptz[], $7::boolean[])
            with ordinality as m(mandate_id, role, answer, answered_by, answered_at, on_behalf, position)`,
    [
      draftId,
      mandates.map((m) => m.mandateId),
      mandates.map((m) => m.role),
      mandates.map((m) => m.answer),
      mandates.map((m) => m.answeredBy),
      mandates.map((m) => (m.answeredAt ? m.answeredAt.toISOString() : null)),
      mandates.map((m) => m.onBehalf),
    ],
  );
}
