/**
 * Letters written in Rapporteur (migration 0017): the draft rows, read with their mandates. The
 * lifecycle's rules are in domain/letter-lifecycle.ts, the use cases in services/drafting.ts.
 */
import type { CommunicationType } from '../domain/communication.js';
import type { Language } from '../domain/dates.js';
import type { DraftMandate, DraftStatus } from '../domain/letter-lifecycle.js';
import type { Queryable } from './database.js';
import type { DraftMandateRow } from './draft-mandates.repo.js';

/** A draft with its mandates, the lead first. `C` is the composer's content (stored as JSON). */
export interface DraftRow<C = unknown> {
  id: number;
  caseId: number | null;
  type: CommunicationType;
  recipientCode: string;
  language: Language;
  leadMandateId: string;
  status: DraftStatus;
  content: C;
  followsCommunicationId: number | null;
  communicationId: number | null;
  createdBy: number | null;
  createdAt: Date;
  updatedBy: number | null;
  updatedAt: Date;
  version: number;
  mandates: DraftMandateRow[];
}

interface RawDraft {
  id: string | number;
  case_id: string | number | null;
  type: CommunicationType;
  recipient_code: string;
  language: Language;
  lead_mandate_id: string;
  status: DraftStatus;
  content: unknown;
  follows_communication_id: string | number | null;
  communication_id: string | number | null;
  created_by: string | number | null;
  created_at: Date | string;
  updated_by: string | number | null;
  updated_at: Date | string;
  version: number;
  mandates: Array<{ mandate_id: string; position: number; role: DraftMandate['role']; answer: DraftMandate['answer']; answered_by: number | null; answered_at: string | null; on_behalf: boolean }> | null;
}

const num = (v: string | number | null) => (v === null ? null : Number(v));
const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));

const DRAFT_COLUMNS = `d.id, d.case_id, d.type, d.recipient_code, d.language, d.lead_mandate_id, d.status, d.content,
  d.follows_communication_id, d.communication_id, d.created_by, d.created_at, d.updated_by, d.updated_at, d.version,
  (select json_agg(json_build_object('mandate_id', m.mandate_id, 'position', m.position, 'role', m.role, 'answer', m.answer,
            'answered_by', m.answered_by, 'answered_at', m.answered_at, 'on_behalf', m.on_behalf) order by m.position)
     from draft_mandates m where m.draft_id = d.id) as mandates`;

function toDraft<C>(r: RawDraft): DraftRow<C> {
  return {
    id: Number(r.id),
    caseId: num(r.case_id),
    type: r.type,
    recipientCode: r.recipient_code,
    language: r.language,
    leadMandateId: r.lead_mandate_id,
    status: r.status,
    content: r.content as C,
    followsCommunicationId: num(r.follows_communication_id),
    communicationId: num(r.communication_id),
    createdBy: num(r.created_by),
    createdAt: date(r.created_at),
    updatedBy: num(r.updated_by),
    updatedAt: date(r.updated_at),
    version: Number(r.version),
    mandates: (r.mandates ?? []).map((m) => ({
      mandateId: m.mandate_id,
      position: Number(m.position),
      role: m.role,
      answer: m.answer,
      answeredBy: num(m.answered_by),
      answeredAt: m.answered_at === null ? null : new Date(m.answered_at),
      onBehalf: m.on_behalf,
    })),
  };
}

export interface DraftFields {
  caseId: number | null;
  type: CommunicationType;
  recipientCode: string;
  language: Language;
  leadMandateId: string;
  content: unknown;
}

export async function insertDraft(tx: Queryable, f: DraftFields & { followsCommunicationId: number | null; createdBy: number | null }): Promise<number> {
  const { rows } = await tx.query<{ id: string | number }>(
    `insert into drafts (case_id, type, recipient_code, language, lead_mandate_id, content, follows_communication_id, created_by, updated_by)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $8) returning id`,
    [f.caseId, f.type, f.recipientCode, f.language, f.leadMandateId, JSON.stringify(f.content ?? {}), f.followsCommunicationId, f.createdBy],
  );
  return Number(rows[0]!.id);
}

/** A draft with its mandates; `lock` holds its row until the transaction ends. */
export async function findDraft<C = unknown>(db: Queryable, id: number, { lock = false }: { lock?: boolean } = {}): Promise<DraftRow<C> | null> {
  // The lock is taken first, alone: `for update` does not mix with the aggregate's subquery.
  if (lock) await db.query('select id from drafts where id = $1 for update', [id]);
  const { rows } = await db.query<RawDraft>(`select ${DRAFT_COLUMNS} from drafts d where d.id = $1`, [id]);
  return rows[0] ? toDraft<C>(rows[0]) : null;
}

/** Writes a draft's fields and status, and counts one more version. */
export async function updateDraftRow(tx: Queryable, id: number, f: DraftFields & { status: DraftStatus; updatedBy: number | null }): Promise<number> {
  const { rows } = await tx.query<{ version: number }>(
    `update drafts set case_id = $2, type = $3, recipient_code = $4, language = $5, lead_mandate_id = $6, content = $7::jsonb,
       status = $8, updated_by = $9, updated_at = now(), version = version + 1
     where id = $1 returning version`,
    [id, f.caseId, f.type, f.recipientCode, f.language, f.leadMandateId, JSON.stringify(f.content ?? {}), f.status, f.updatedBy],
  );
  return Number(rows[0]!.version);
}

/** Changes a draft's status (and counts one more version); `communicationId` once it is sent. */
export async function setDraftStatus(tx: Queryable, id: number, status: DraftStatus, updatedBy: number | null, communicationId: number | null = null): Promise<number> {
  const { rows } = await tx.query<{ version: number }>(
    `update drafts set status = $2, updated_by = $3, updated_at = now(), version = version + 1,
       communication_id = coalesce($4, communication_id)
     where id = $1 returning version`,
    [id, status, updatedBy, communicationId],
  );
  return Number(rows[0]!.version);
}

export interface DraftListFilter {
  status?: DraftStatus | null;
  caseId?: number | null;
  /** Drafts on which this mandate is lead or invited. */
  mandateId?: string | null;
  limit?: number;
}

/** Drafts, most recently changed first. */
export async function listDraftRows<C = unknown>(db: Queryable, f: DraftListFilter = {}): Promise<Array<DraftRow<C>>> {
  const { rows } = await db.query<RawDraft>(
    `select ${DRAFT_COLUMNS} from drafts d
      where ($1::text is null or d.status = $1) and ($2::bigint is null or d.case_id = $2)
        and ($3::text is null or exists (select 1 from draft_mandates x where x.draft_id = d.id and x.mandate_id = $3))
      order by d.updated_at desc, d.id desc limit $4`,
    [f.status ?? null, f.caseId ?? null, f.mandateId ?? null, f.limit ?? 100],
  );
  return rows.map((r) => toDraft<C>(r));
}
