/** The letters that concern a case: any stored letter, published or not (staff see all). */
import type { Queryable } from './database.js';

export interface LetterRef {
  id: number;
  referenceText: string;
  /** `placeholder`: known only because other letters cite it. */
  status: 'placeholder' | 'imported';
}

/** The letter of a reference key (`KAZ 1/2024`), the stored letter first when a placeholder shares its key. */
export async function findLetterByKey(db: Queryable, key: string): Promise<LetterRef | null> {
  const { rows } = await db.query<{ id: string | number; reference_text: string; status: LetterRef['status'] }>(
    `select id, reference_text, status from communications where reference_key = $1
      order by status = 'imported' desc, id limit 1`,
    [key],
  );
  const r = rows[0];
  return r ? { id: Number(r.id), referenceText: r.reference_text, status: r.status } : null;
}

/** Links a letter to a case; false when it was linked already. */
export async function insertCaseLetter(tx: Queryable, caseId: number, communicationId: number, linkedBy: number | null): Promise<boolean> {
  const { affectedRows } = await tx.query(
    `insert into case_letters (case_id, communication_id, linked_by) values ($1, $2, $3) on conflict do nothing`,
    [caseId, communicationId, linkedBy],
  );
  return affectedRows === 1;
}

/** Unlinks a letter from a case; the reference it had, or null when it was not linked. */
export async function deleteCaseLetter(tx: Queryable, caseId: number, communicationId: number): Promise<string | null> {
  const { rows } = await tx.query<{ reference_text: string }>(
    `with gone as (delete from case_letters where case_id = $1 and communication_id = $2 returning communication_id)
     select c.reference_text from gone join communications c on c.id = gone.communication_id`,
    [caseId, communicationId],
  );
  return rows[0]?.reference_text ?? null;
}

export interface CaseLetter {
  communicationId: number;
  referenceText: string;
  letterDate: string | null;
  title: string | null;
  published: boolean;
  linkedAt: Date;
}

/** The letters of a case, by letter date (undated last). */
export async function listCaseLetters(db: Queryable, caseId: number): Promise<CaseLetter[]> {
  const { rows } = await db.query<{
    id: string | number; reference_text: string; letter_date: string | null; title: string | null; published: boolean; linked_at: Date | string;
  }>(
    `select c.id, c.reference_text, to_char(c.letter_date, 'YYYY-MM-DD') as letter_date, c.title,
            exists (select 1 from public_letters p where p.communication_id = c.id) as published, l.linked_at
       from case_letters l join communications c on c.id = l.communication_id
      where l.case_id = $1
      order by c.letter_date nulls last, c.id`,
    [caseId],
  );
  return rows.map((r) => ({
    communicationId: Number(r.id),
    referenceText: r.reference_text,
    letterDate: r.letter_date,
    title: r.title,
    published: r.published,
    linkedAt: r.linked_at instanceof Date ? r.linked_at : new Date(r.linked_at),
  }));
}
