/**
 * What the public side may read: the public record only (what the publication step copied into
 * the public tables), and persons through their mentions in published letters. The one place
 * where the public pages and the open API get data; everything not public answers `null`, exactly
 * as what does not exist.
 */
import type { CommunicationType } from '../domain/communication.js';
import { personMatchKey } from '../domain/names.js';
import type { SearchQuery } from '../domain/search-query.js';
import { mandateById, mandates as mandateRegistry, stateByCode } from '../reference-data/index.js';
import type { Queryable } from '../store/database.js';
import {
  countArchive, countPublished, findPublished, listPublished, publishedAmong, type LetterScope, type PublishedLetterRow,
} from '../store/published-letters.repo.js';
import {
  countPublicPersons, findPublicPersons, jointMandates, letterStats, lettersPerYear, mandateLetterCounts,
  publicRecipients, publicSpellingsOf, publishedLettersOfPerson, recipientName, type LetterStatsRow, type YearCountRow,
} from '../store/public-entities.repo.js';
import { searchPublicLetters } from './public-search.js';
import type {
  LetterSummary, LetterView, MandateSummary, MandateView, Overview, Paged, PersonLetter, PersonSummary, PersonView,
  RecipientRef, ReplyRate, SearchView, StateSummary, StateView, YearCount,
} from './public-views.js';
import { referenceKey } from './reference-key.js';

export type * from './public-views.js';

/** Letters on one page of a State's or a mandate's list. */
export const LIST_PAGE_SIZE = 20;
const LATEST_ON_HOME = 10;
const AWAITING_SHOWN = 10;
const JOINT_MANDATES_SHOWN = 10;
const PEOPLE_PAGE_SIZE = 20;

export interface PublicArchive {
  overview(): Promise<Overview>;
  search(q: SearchQuery): Promise<SearchView>;
  letter(reference: string): Promise<LetterView | null>;
  state(code: string, page?: number): Promise<StateView | null>;
  states(): Promise<StateSummary[]>;
  mandate(id: string, page?: number): Promise<MandateView | null>;
  mandates(): Promise<MandateSummary[]>;
  person(id: string | number): Promise<PersonView | null>;
  people(query: string, page?: number): Promise<Paged<PersonSummary>>;
}

export function publicArchive(db: Queryable): PublicArchive {
  const letter = (reference: string) => letterView(db, reference);
  return {
    async overview() {
      const [counts, people, latest] = await Promise.all([
        countArchive(db), countPublicPersons(db), listPublished(db, { all: true }, LATEST_ON_HOME, 0),
      ]);
      return { counts: { ...counts, people }, latest: latest.map(summary) };
    },

    async search(q) {
      const result = await searchPublicLetters(db, q);
      const states = new Set([...q.filters.state, ...result.facets.state.map((f) => f.value), ...result.items.map((i) => i.recipient.code)]);
      const mandates = new Set([...q.filters.mandate, ...result.facets.mandate.map((f) => f.value), ...result.items.flatMap((i) => i.mandateIds)]);
      const stateNames = Object.fromEntries([...states].map((code) => [code, stateByCode(code)?.name.en ?? code]));
      for (const item of result.items) if (!stateByCode(item.recipient.code) && item.recipient.name) stateNames[item.recipient.code] = item.recipient.name;
      return {
        ...result,
        query: q,
        labels: {
          state: stateNames,
          mandate: Object.fromEntries([...mandates].map((id) => [id, mandateById(id)?.title ?? id])),
        },
      };
    },

    letter,

    async state(code, page = 1) {
      code = code.toUpperCase();
      if (!/^[A-Z]{3}$/.test(code)) return null;
      const scope = { recipient: code };
      const known = stateByCode(code);
      const [letters, stats, perYear, awaiting, lastName] = await Promise.all([
        pageOf(db, scope, page),
        letterStats(db, scope),
        lettersPerYear(db, scope),
        listPublished(db, { recipient: code, awaitingReply: true }, AWAITING_SHOWN, 0),
        known ? Promise.resolve(null) : recipientName(db, code),
      ]);
      // A code the registry does not know exists publicly only through its published letters.
      if (!known && stats.letters === 0) return null;
      return {
        code,
        name: known?.name.en ?? lastName ?? code,
        names: known ? { ...known.name } : null,
        letters,
        replyRate: rate(stats),
        awaitingReply: awaiting.map(summary),
        perYear: yearSeries(perYear),
      };
    },

    async states() {
      const rows = await publicRecipients(db);
      return rows
        .map((r) => ({ code: r.code, name: stateByCode(r.code)?.name.en ?? r.name ?? r.code, letters: r.letters, replied: r.replied }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    },

    async mandate(id, page = 1) {
      if (!/^[a-z0-9-]{1,60}$/.test(id)) return null;
      const known = mandateById(id);
      const scope = { mandate: id };
      const [letters, stats, perYear, joint] = await Promise.all([
        pageOf(db, scope, page), letterStats(db, scope), lettersPerYear(db, scope), jointMandates(db, id, JOINT_MANDATES_SHOWN),
      ]);
      if (!known && stats.letters === 0) return null;
      return {
        id,
        title: known?.title ?? id,
        kind: known ? known.kind : null,
        body: known?.body ?? null,
        established: known?.established ?? null,
        resolutions: known ? [...known.resolutions] : [],
        holders: (known?.holders ?? []).map((h) => ({ name: h.name, from: h.from, to: h.to })),
        letters,
        replyRate: rate(stats),
        perYear: yearSeries(perYear),
        joinsMostOften: joint.map((j) => ({ id: j.id, title: mandateById(j.id)?.title ?? j.id, letters: j.letters })),
      };
    },

    async mandates() {
      const counts = new Map((await mandateLetterCounts(db)).map((r) => [r.id, r.letters]));
      const listed: MandateSummary[] = mandateRegistry().map((m) => ({ id: m.id, title: m.title, kind: m.kind, letters: counts.get(m.id) ?? 0 }));
      for (const [id, letters] of counts) if (!mandateById(id)) listed.push({ id, title: id, kind: null, letters });
      return listed.sort((a, b) => a.title.localeCompare(b.title, 'en'));
    },

    async person(id) {
      const key = String(id);
      if (!/^[1-9]\d{0,14}$/.test(key)) return null;
      const [rows, spellings] = await Promise.all([publishedLettersOfPerson(db, key), publicSpellingsOf(db, key)]);
      if (rows.length === 0) return null;
      const letters: PersonLetter[] = rows.map((r) => ({ ...summary(r), role: r.role, spelling: r.spelling }));
      const states = new Map<string, RecipientRef>();
      for (const l of letters) if (!states.has(l.recipient.code)) states.set(l.recipient.code, l.recipient);
      return {
        id: Number(key),
        name: spellings[0] ?? letters[0]!.spelling,
        spellings,
        states: [...states.values()],
        timeline: byYear(letters),
      };
    },

    async people(query, page = 1) {
      const folded = personMatchKey(query);
      if (!folded) return { items: [], total: 0, page, pageSize: PEOPLE_PAGE_SIZE };
      const { rows, total } = await findPublicPersons(db, folded, PEOPLE_PAGE_SIZE, (page - 1) * PEOPLE_PAGE_SIZE);
      const items = await Promise.all(
        rows.map(async (r) => {
          const spellings = await publicSpellingsOf(db, r.id);
          return { id: Number(r.id), name: spellings[0] ?? r.spellings[0] ?? '', spellings, letters: r.letters };
        }),
      );
      return { items, total, page, pageSize: PEOPLE_PAGE_SIZE };
    },
  };
}

async function letterView(db: Queryable, input: string): Promise<LetterView | null> {
  const text = input.trim();
  if (!text || text.length > 100) return null;
  const found = await findPublished(db, text, referenceKey(text)?.key ?? null);
  if (!found) return null;
  const record = found.record;
  const cited = record.relatedCommunications.map((c) => ({ ...c, key: referenceKey(c.reference) }));
  const { replies, citers, persons } = found;
  const published = await publishedAmong(db, cited.flatMap((c) => (c.key ? [{ text: c.key.text, key: c.key.key }] : [])));
  const publishedAs = new Map(published.map((p) => [p.text, p.reference_text]));
  const reference = found.reference_text;
  const linkedNames = new Set(persons.map((p) => p.name));
  return {
    letter: { ...record, text: found.body ?? undefined },
    reference,
    recipient: record.recipient ? recipient(record.recipient.code, record.recipient.name) : null,
    copiedTo: record.copiedTo.map((c) => recipient(c.code, c.name)),
    mandates: record.mandates.map((m) => ({ id: m.id, title: m.id ? mandateById(m.id)?.title ?? m.title : m.title })),
    persons: [
      ...persons.map((p) => ({ id: Number(p.person_id), name: p.name, role: p.role })),
      // A name the record gives that resolved to no person is still shown, without a link.
      ...record.persons.filter((p) => !linkedNames.has(p.name.trim())).map((p) => ({ id: null, name: p.name, role: p.role })),
    ],
    replies: replies.map((r) => ({ date: r.reply_date, title: r.title, language: r.language, text: r.body })),
    cites: cited.map((c) => ({
      reference: c.reference,
      date: c.date,
      publishedAs: c.key ? publishedAs.get(c.key.text) ?? null : null,
    })),
    citedBy: citers.map((c) => ({ reference: c.reference_text, date: c.letter_date })),
    links: {
      json: `/api/v1/communications/${encodeURIComponent(reference)}`,
      original: found.has_original ? `/letters/${encodeURIComponent(reference)}/original` : null,
    },
  };
}

async function pageOf(db: Queryable, scope: LetterScope, page: number): Promise<Paged<LetterSummary>> {
  const [rows, total] = await Promise.all([
    listPublished(db, scope, LIST_PAGE_SIZE, (page - 1) * LIST_PAGE_SIZE), countPublished(db, scope),
  ]);
  return { items: rows.map(summary), total, page, pageSize: LIST_PAGE_SIZE };
}

function recipient(code: string, name: string | null): RecipientRef {
  return { code, name: stateByCode(code)?.name.en ?? name ?? code };
}

function summary(r: PublishedLetterRow): LetterSummary {
  return {
    reference: r.reference_text,
    date: r.letter_date,
    type: (r.reference_type as CommunicationType | null) ?? null,
    recipient: recipient(r.recipient_code, r.recipient_name),
    title: r.title,
    joint: r.joint,
    mandateIds: r.mandate_ids,
    replyCount: r.reply_count,
  };
}

function rate(s: LetterStatsRow): ReplyRate {
  return { letters: s.letters, replied: s.replied, rate: s.letters ? s.replied / s.letters : null };
}

/** Every year from the first to the last, years without letters included, so a chart shows the gaps. */
function yearSeries(rows: YearCountRow[]): YearCount[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const out: YearCount[] = [];
  for (let y = rows[0]!.year; y <= rows[rows.length - 1]!.year; y++) {
    const r = byYear.get(y);
    out.push({ year: y, replied: r?.replied ?? 0, notReplied: r ? r.letters - r.replied : 0 });
  }
  return out;
}

function byYear(letters: PersonLetter[]): PersonView['timeline'] {
  const groups: PersonView['timeline'] = [];
  for (const l of letters) {
    const year = l.date ? Number(l.date.slice(0, 4)) : null;
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.letters.push(l);
    else groups.push({ year, letters: [l] });
  }
  return groups;
}
