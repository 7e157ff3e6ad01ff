/**
 * Reply deadlines: whether a letter's replies came late, and the sent letters whose replies are
 * tracked (awaiting, overdue, replied), as domain/deadlines.ts defines them.
 */
import type { Queryable } from './database.js';

const num = (v: string | number | null) => (v === null ? null : Number(v));

/** The due day of a letter's replies: set for a sent letter, else its date plus `defaultDays`. */
const DUE = (c: string, days: string) => `coalesce(${c}.reply_due_date, ${c}.letter_date + ${days}::int)`;

export interface ReplyWithDeadline {
  id: number;
  date: string | null;
  sender: string | null;
  title: string | null;
  staffFileId: number | null;
  registeredBy: number | null;
  /** Dated after the letter's due day. */
  late: boolean;
}

/** The replies to a letter in date order, each saying whether it came late. */
export async function repliesWithDeadline(db: Queryable, communicationId: number, defaultDays: number): Promise<ReplyWithDeadline[]> {
  const { rows } = await db.query<{
    id: string | number; reply_date: string | null; sender: string | null; title: string | null; staff_file_id: string | number | null;
    registered_by: string | number | null; late: boolean | null;
  }>(
    `select r.id, to_char(r.reply_date, 'YYYY-MM-DD') as reply_date, r.sender, r.title, r.staff_file_id, r.registered_by,
            r.reply_date > ${DUE('c', '$2')} as late
       from replies r join communications c on c.id = r.communication_id
      where r.communication_id = $1 order by r.reply_date nulls last, r.id`,
    [communicationId, defaultDays],
  );
  return rows.map((r) => ({
    id: Number(r.id), date: r.reply_date, sender: r.sender, title: r.title, staffFileId: num(r.staff_file_id),
    registeredBy: num(r.registered_by), late: r.late === true,
  }));
}

export type TrackedStanding = 'awaiting' | 'overdue' | 'replied';

export interface TrackedLetterRow {
  communicationId: number;
  referenceText: string;
  recipientCode: string;
  recipientName: string | null;
  title: string | null;
  letterDate: string;
  replyDueDate: string;
  /** Replies known on the day asked (dated on or before it, or undated). */
  replies: number;
  lateReplies: number;
  firstReplyDate: string | null;
  lastReplyDate: string | null;
  caseIds: number[];
}

/**
 * Sent letters (those with a reply due date) in one standing on `asOf`, as domain/deadlines.ts
 * defines it: `replied` when a reply dated on or before `asOf` (or undated) exists, else
 * `overdue` when `asOf` is past the due day, else `awaiting`. Letters dated after `asOf` are left
 * out. Awaiting and overdue letters come by due day (the most pressing first), replied ones by
 * their latest reply, newest first.
 */
export async function trackedLetters(
  db: Queryable,
  { standing, asOf, limit, offset }: { standing: TrackedStanding; asOf: string; limit: number; offset: number },
): Promise<{ total: number; rows: TrackedLetterRow[] }> {
  const { rows } = await db.query<{
    id: string | number; reference_text: string; recipient_code: string; recipient_name: string | null; title: string | null;
    letter_date: string; reply_due_date: string; replies: number; late_replies: number; first_reply: string | null;
    last_reply: string | null; case_ids: Array<string | number> | null; total: number;
  }>(
    `with tracked as (
       select c.id, c.reference_text, c.recipient_code, c.recipient_name, c.title, c.letter_date, c.reply_due_date,
              count(r.id) filter (where r.reply_date is null or r.reply_date <= $1::date)::int as replies,
              count(r.id) filter (where r.reply_date <= $1::date and r.reply_date > c.reply_due_date)::int as late_replies,
              min(r.reply_date) filter (where r.reply_date <= $1::date) as first_reply,
              max(r.reply_date) filter (where r.reply_date <= $1::date) as last_reply
         from communications c left join replies r on r.communication_id = c.id
        where c.reply_due_date is not null and c.status = 'imported' and c.letter_date <= $1::date
        group by c.id
     )
     select t.id, t.reference_text, t.recipient_code, t.recipient_name, t.title,
            to_char(t.letter_date, 'YYYY-MM-DD') as letter_date, to_char(t.reply_due_date, 'YYYY-MM-DD') as reply_due_date,
            t.replies, t.late_replies, to_char(t.first_reply, 'YYYY-MM-DD') as first_reply, to_char(t.last_reply, 'YYYY-MM-DD') as last_reply,
            (select array_agg(l.case_id order by l.case_id) from case_letters l where l.communication_id = t.id) as case_ids,
            count(*) over ()::int as total
       from tracked t
      where case $2::text
              when 'replied' then t.replies > 0
              when 'overdue' then t.replies = 0 and $1::date > t.reply_due_date
              else t.replies = 0 and $1::date <= t.reply_due_date
            end
      order by case when $2::text = 'replied' then t.last_reply end desc nulls last, t.reply_due_date, t.id
      limit $3 offset $4`,
    [asOf, standing, limit, offset],
  );
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    rows: rows.map((r) => ({
      communicationId: Number(r.id), referenceText: r.reference_text, recipientCode: r.recipient_code, recipientName: r.recipient_name,
      title: r.title, letterDate: r.letter_date, replyDueDate: r.reply_due_date, replies: Number(r.replies), lateReplies: Number(r.late_replies),
      firstReplyDate: r.first_reply, lastReplyDate: r.last_reply, caseIds: (r.case_ids ?? []).map(Number),
    })),
  };
}
