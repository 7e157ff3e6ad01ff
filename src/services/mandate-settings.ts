/**
 * A mandate's settings, changed by an administrator and written to the audit trail with what they
 * were before. For now one: how many days a letter on legislation led by the mandate waits before
 * it is published (domain/publication-delay.ts).
 */
import type { Actor } from '../domain/actor.js';
import { RapError } from '../domain/errors.js';
import { checkOlPublicationDays } from '../domain/publication-delay.js';
import { mandateById } from '../reference-data/index.js';
import { appendAudit } from '../store/audit.repo.js';
import type { Database, Queryable } from '../store/database.js';
import { findMandateSettings, upsertOlPublicationDays } from '../store/mandate-settings.repo.js';
import { findUserById } from '../store/users.repo.js';

function checkMandate(mandateId: unknown): string {
  const id = typeof mandateId === 'string' ? mandateId.trim() : '';
  if (!mandateById(id)) throw new RapError('RAP_ERR_INVALID', `${id || 'an empty id'} is not a mandate of the registry`, { field: 'mandateId' });
  return id;
}

async function checkAdmin(db: Queryable, actor: Actor): Promise<void> {
  const user = actor.userId === null ? null : await findUserById(db, actor.userId);
  if (!user || user.disabledAt || user.role !== 'admin') throw new RapError('RAP_ERR_FORBIDDEN', 'only an administrator changes a mandate’s settings');
}

/** Days before a letter on legislation led by the mandate is published, or null for the default (60). */
export async function olPublicationDays(db: Queryable, mandateId: string): Promise<number | null> {
  return (await findMandateSettings(db, checkMandate(mandateId)))?.olPublicationDays ?? null;
}

/** Sets (a whole number of days, 0 to 60) or clears (null) the mandate's delay for letters on legislation. */
export async function setOlPublicationDays(db: Database, mandateId: string, days: number | null, actor: Actor): Promise<number | null> {
  const id = checkMandate(mandateId);
  const value = days === null ? null : checkOlPublicationDays(days);
  return db.transaction(async (tx) => {
    await checkAdmin(tx, actor);
    const before = (await findMandateSettings(tx, id, { lock: true }))?.olPublicationDays ?? null;
    if (before === value) return value;
    await upsertOlPublicationDays(tx, id, value, actor.userId);
    await appendAudit(tx, {
      actorId: actor.userId, actor: actor.label, action: 'mandate.settings', entity: 'mandate', entityId: id,
      before: { olPublicationDays: before }, after: { olPublicationDays: value },
    });
    return value;
  });
}
