/**
 * Reference numbers: `n` of `TYPE CODE n/YYYY` counts per recipient code and year across types.
 * One statement takes the next number: it inserts the counter or, when it exists, updates it,
 * which locks its row until the caller's transaction ends, so that two senders (two connections,
 * two server processes) never get the same number and a rolled-back send gives its number back.
 */
import type { Queryable } from './database.js';

/**
 * The next number for `recipientCode` in `year`, above the counter and above every letter stored
 * for that code and year (imported letters, and letters only known because others cite them).
 * Must run in the transaction that stores the letter.
 */
export async function allocateReferenceNumber(tx: Queryable, recipientCode: string, year: number): Promise<number> {
  // Under READ COMMITTED the update re-reads the counter row once the lock is granted, so a number
  // given by a send that committed meanwhile is seen even though the `communications` subquery
  // still reads the statement's snapshot: the counter is what orders senders.
  const { rows } = await tx.query<{ last_number: number }>(
    `with stored as (
       select coalesce(max(reference_number), 0) as n from communications where recipient_code = $1 and reference_year = $2
     )
     insert into reference_counters as rc (recipient_code, year, last_number)
     select $1, $2, stored.n + 1 from stored
     on conflict (recipient_code, year) do update
       set last_number = greatest(rc.last_number, (select n from stored)) + 1
     returning last_number`,
    [recipientCode, year],
  );
  return Number(rows[0]!.last_number);
}

/** The last number given for a code and year (0 when none). */
export async function lastReferenceNumber(db: Queryable, recipientCode: string, year: number): Promise<number> {
  const { rows } = await db.query<{ last_number: number }>(
    'select last_number from reference_counters where recipient_code = $1 and year = $2',
    [recipientCode, year],
  );
  return rows[0] ? Number(rows[0].last_number) : 0;
}
