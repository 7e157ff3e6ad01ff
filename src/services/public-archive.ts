/**
 * What the public side may read: the public record only (what the publication step copied into
 * the public tables). The one place where the public pages and the open API get letters; it
 * answers `null` alike for a letter that does not exist and one not yet public.
 */
import type { Communication } from '../domain/communication.js';
import type { Database } from '../store/database.js';
import {
  countPublished, getPublished, listPublished, listPublishedRecords, publishedAmong, publishedCitersOf, repliesOf,
} from '../store/published-letters.repo.js';
import type { LetterPageProps } from '../http/pages/letter-page.js';
import type { LetterSummary } from '../http/pages/letters-page.js';

export interface ListQuery {
  limit: number;
  offset: number;
  query?: string;
}

export interface PublicArchive {
  listLetters(q: ListQuery): Promise<{ items: LetterSummary[]; total: number }>;
  listRecords(q: ListQuery): Promise<{ items: Communication[]; total: number }>;
  getLetter(reference: string): Promise<LetterPageProps | null>;
}

// The repository still numbers its parameters from a date; any date will do.
const clock = () => '1900-01-01';

export function publicArchive(db: Database): PublicArchive {
  return {
    async listLetters(q) {
      const asOf = clock();
      const [rows, total] = await Promise.all([listPublished(db, { ...q, asOf }), countPublished(db, { ...q, asOf })]);
      const items = rows.map((r) => ({
        reference: r.reference_text,
        date: r.letter_date,
        recipient: { code: r.recipient_code, name: r.recipient_name },
        title: r.title,
        joint: r.joint,
        mandateCount: r.mandate_count,
        replyCount: r.reply_count,
      }));
      return { items, total };
    },

    async listRecords(q) {
      const asOf = clock();
      const [items, total] = await Promise.all([listPublishedRecords(db, { ...q, asOf }), countPublished(db, { ...q, asOf })]);
      return { items: items.map(stripPrivate), total };
    },

    async getLetter(reference) {
      const asOf = clock();
      const found = await getPublished(db, asOf, reference.trim());
      if (!found) return null;
      const letter = { ...stripPrivate(found.record), text: found.body ?? found.record.text };
      const [replies, citers, published] = await Promise.all([
        repliesOf(db, found.id),
        publishedCitersOf(db, asOf, found.id),
        publishedAmong(db, asOf, letter.relatedCommunications.map((c) => c.reference)),
      ]);
      return {
        letter,
        replies: replies.map((r) => ({ date: r.reply_date, title: r.title, text: r.body })),
        citedBy: citers.map((c) => ({ reference: c.reference_text, date: c.letter_date })),
        publishedCitations: published,
      };
    },
  };
}

/** The public record never says where the file lay on the importing machine. */
function stripPrivate(record: Communication): Communication {
  const { source, ...rest } = record;
  return source ? { ...rest, source: { ...source, file: null } } : rest;
}
