/** The frozen version of a letter sent from Rapporteur: the draft's content and text as sent. */
import type { Queryable } from './database.js';

const num = (v: string | number | null) => (v === null ? null : Number(v));
const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));

export interface LetterVersion {
  id: number;
  draftId: number;
  communicationId: number;
  draftVersion: number;
  content: unknown;
  text: string;
  sha256: string;
  frozenBy: number | null;
  frozenAt: Date;
}

export async function insertLetterVersion(tx: Queryable, v: Omit<LetterVersion, 'id' | 'frozenAt'>): Promise<number> {
  const { rows } = await tx.query<{ id: string | number }>(
    `insert into letter_versions (draft_id, communication_id, draft_version, content, text, sha256, frozen_by)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7) returning id`,
    [v.draftId, v.communicationId, v.draftVersion, JSON.stringify(v.content ?? {}), v.text, v.sha256, v.frozenBy],
  );
  return Number(rows[0]!.id);
}

/** The frozen version of a sent letter; null for a letter not sent from Rapporteur. */
export async function findLetterVersion(db: Queryable, communicationId: number): Promise<LetterVersion | null> {
  const { rows } = await db.query<{
    id: string | number; draft_id: string | number; communication_id: string | number; draft_version: number; content: unknown;
    text: string; sha256: string; frozen_by: string | number | null; frozen_at: Date | string;
  }>('select * from letter_versions where communication_id = $1', [communicationId]);
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id), draftId: Number(r.draft_id), communicationId: Number(r.communication_id), draftVersion: Number(r.draft_version),
    content: r.content, text: r.text, sha256: r.sha256, frozenBy: num(r.frozen_by), frozenAt: date(r.frozen_at),
  };
}
