/** A mandate's settings: one row per mandate that has changed one, none for the others. */
import type { Queryable } from './database.js';

export interface MandateSettingsRow {
  mandateId: string;
  /** Days before a letter on legislation led by the mandate is published; null is the default. */
  olPublicationDays: number | null;
  updatedBy: number | null;
  updatedAt: Date;
}

interface Raw {
  mandate_id: string;
  ol_publication_days: number | null;
  updated_by: string | number | null;
  updated_at: Date | string;
}

const toRow = (r: Raw): MandateSettingsRow => ({
  mandateId: r.mandate_id,
  olPublicationDays: r.ol_publication_days === null ? null : Number(r.ol_publication_days),
  updatedBy: r.updated_by === null ? null : Number(r.updated_by),
  updatedAt: r.updated_at instanceof Date ? r.updated_at : new Date(r.updated_at),
});

/** The mandate's settings, or null when it never set any; `lock` holds the row until the transaction ends. */
export async function findMandateSettings(db: Queryable, mandateId: string, { lock = false }: { lock?: boolean } = {}): Promise<MandateSettingsRow | null> {
  const { rows } = await db.query<Raw>(
    `select mandate_id, ol_publication_days, updated_by, updated_at from mandate_settings where mandate_id = $1${lock ? ' for update' : ''}`,
    [mandateId],
  );
  return rows[0] ? toRow(rows[0]) : null;
}

/** Writes the mandate's delay for letters on legislation, creating its row if needed. */
export async function upsertOlPublicationDays(tx: Queryable, mandateId: string, days: number | null, updatedBy: number | null): Promise<void> {
  await tx.query(
    `insert into mandate_settings (mandate_id, ol_publication_days, updated_by, updated_at) values ($1, $2, $3, now())
     on conflict (mandate_id) do update set ol_publication_days = excluded.ol_publication_days, updated_by = excluded.updated_by, updated_at = now()`,
    [mandateId, days, updatedBy],
  );
}

/** Every mandate's OL publication setting that is set, by mandate id. */
export async function olPublicationSettings(db: Queryable): Promise<Map<string, number>> {
  const { rows } = await db.query<{ mandate_id: string; days: number }>(
    'select mandate_id, ol_publication_days as days from mandate_settings where ol_publication_days is not null',
  );
  return new Map(rows.map((r) => [r.mandate_id, Number(r.days)]));
}
