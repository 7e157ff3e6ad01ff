/**
 * The public record's search lists in memory, for one state of the record (a generation): every
 * public letter in date order with its facet line, every public reply, and, word by word as
 * searches ask for them, which letters and replies hold the word. A search is then answered here,
 * matches, total, facet counts and the page's letters, without reading every matching row again.
 *
 * It answers what the database's search answers (store/public-search.repo.ts), rule for rule:
 * a letter matches by its words, by a reply's words, by a person named or by its reference, and
 * ranks by the reference, then a person, then every word in its naming fields, then any word
 * there, then the newest. The lists hold public letters and replies only, as loaded.
 */
import type { SearchFilters, SearchSort } from '../domain/search-query.js';
import { Bitset } from './bitset.js';
import { FacetTable } from './facet-counts.js';
import type { Facets } from '../domain/search-query.js';
import type { TsQuery } from './tsquery.js';

export interface IndexedLetter {
  id: number;
  /** False for a letter without a date: it sorts after every dated letter either way. */
  dated: boolean;
  /** Its facet values as facet-counts.ts reads them. */
  line: string;
}

export interface IndexedReply {
  id: number;
  letterId: number;
}

/** The ids that hold one word: letters by their words, replies by theirs, letters by their naming fields. */
export interface WordLists {
  letters: ArrayLike<number>;
  replies: ArrayLike<number>;
  named: ArrayLike<number>;
}

interface Lists {
  letters: Int32Array;
  replies: Int32Array;
  named: Int32Array;
}

export interface IndexedSearch {
  /** The query as read for matching; null when no word is left (only stop words). */
  q: TsQuery | null;
  /** Any of its words, for ranking; null when none. */
  r: TsQuery | null;
  /** No words at all: every public letter matches. */
  everything: boolean;
  personLetters: number[];
  referenceLetters: number[];
  filters: SearchFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
}

export interface IndexedHit {
  id: number;
  inLetter: boolean;
  inReply: boolean;
}

export interface IndexedResult {
  total: number;
  facets: Facets;
  hits: IndexedHit[];
}

/** How many ids the word lists may hold in all before the least recently used are dropped. */
const DEFAULT_MAX_IDS = 16_000_000;

export class PublicIndex {
  private readonly ids: number[];
  private readonly position = new Map<number, number>();
  /** The facet values of each letter, by position. */
  private readonly facets: FacetTable;
  /** Letters are in newest-first order: the first `dated` have a date, the rest none. */
  private readonly dated: number;
  private readonly replyLetter: Int32Array;
  private readonly replyPosition = new Map<number, number>();
  private readonly words = new Map<string, Lists>();
  private readonly dense = new WeakMap<Int32Array, Bitset>();
  private heldIds = 0;

  /** `letters` newest first (date descending, then id descending; those without a date last). */
  constructor(
    readonly generation: string,
    letters: IndexedLetter[],
    replies: IndexedReply[],
    private readonly maxIds = DEFAULT_MAX_IDS,
  ) {
    this.ids = letters.map((l) => l.id);
    this.facets = new FacetTable(letters.map((l) => l.line));
    let dated = 0;
    letters.forEach((l, i) => {
      this.position.set(l.id, i);
      if (l.dated) dated = i + 1;
    });
    this.dated = dated;
    const kept = replies.filter((r) => this.position.has(r.letterId));
    this.replyLetter = new Int32Array(kept.length);
    kept.forEach((r, i) => {
      this.replyPosition.set(r.id, i);
      this.replyLetter[i] = this.position.get(r.letterId)!;
    });
  }

  get letters(): number {
    return this.ids.length;
  }

  /** The terms of these not held yet. */
  missing(terms: Iterable<string>): string[] {
    return [...terms].filter((w) => !this.words.has(w));
  }

  /** Keeps a word's lists; ids of letters or replies this generation does not hold are left out. */
  hold(term: string, lists: WordLists): void {
    const positions = (ids: ArrayLike<number>, of: Map<number, number>) => {
      const out: number[] = [];
      for (let i = 0; i < ids.length; i++) {
        const p = of.get(ids[i]!);
        if (p !== undefined) out.push(p);
      }
      return Int32Array.from(out);
    };
    const held: Lists = {
      letters: positions(lists.letters, this.position),
      replies: positions(lists.replies, this.replyPosition),
      named: positions(lists.named, this.position),
    };
    this.drop(term);
    this.words.set(term, held);
    this.heldIds += held.letters.length + held.replies.length + held.named.length;
    for (const [w] of this.words) {
      if (this.heldIds <= this.maxIds || w === term) break;
      this.drop(w);
    }
  }

  search(s: IndexedSearch): IndexedResult {
    const n = this.ids.length;
    const none = new Bitset(n);
    // A word the lists do not hold (dropped meanwhile) is a programming error: the caller holds
    // every word of the query first.
    const lists = (w: string) => {
      const l = this.words.get(w);
      if (!l) throw new Error(`the public index does not hold the word ${JSON.stringify(w)}`);
      this.words.delete(w); // most recently used last
      this.words.set(w, l);
      return l;
    };
    const inLetter = s.everything ? Bitset.full(n) : s.q ? this.evaluate(s.q, n, (w) => lists(w).letters) : none;
    const inReply = s.q ? this.lettersOfReplies(this.evaluate(s.q, this.replyLetter.length, (w) => lists(w).replies)) : none;
    const byPerson = Bitset.of(n, this.positionsOf(s.personLetters));
    const byReference = Bitset.of(n, this.positionsOf(s.referenceLetters));
    const matching = inLetter.or(inReply).or(byPerson).or(byReference);

    const members = matching.members(); // positions in date order, newest first
    const { facets, total } = this.facets.count(members, s.filters);
    const passes = this.facets.passes(s.filters);
    const want = s.offset + s.limit;
    const picked: number[] = [];
    if (s.sort === 'relevance' && !s.everything) {
      const namedAll = s.q ? this.evaluate(s.q, n, (w) => lists(w).named) : none;
      const namedAny = s.r ? this.evaluate(s.r, n, (w) => lists(w).named).and(inLetter) : none;
      const scored = namedAll.or(namedAny).or(byPerson).or(byReference).and(matching);
      const byScore = new Map<number, number[]>();
      for (const p of scored.members()) {
        if (passes && !passes(p)) continue;
        const score = (byReference.has(p) ? 100 : 0) + (byPerson.has(p) ? 4 : 0) + (namedAll.has(p) ? 2 : 0) + (namedAny.has(p) ? 1 : 0);
        if (score === 0) continue;
        const level = byScore.get(score);
        if (level) level.push(p);
        else byScore.set(score, [p]);
      }
      for (const score of [...byScore.keys()].sort((a, b) => b - a)) {
        for (const p of byScore.get(score)!) {
          if (picked.length >= want) break;
          picked.push(p);
        }
      }
      for (let i = 0; i < members.length && picked.length < want; i++) {
        const p = members[i]!;
        if (!scored.has(p) && (!passes || passes(p))) picked.push(p);
      }
    } else {
      // Newest first is the members' order; the oldest first is the dated ones reversed, then
      // those without a date (by id, ascending: also reversed).
      const dated = s.sort === 'oldest' ? members.findIndex((p) => p >= this.dated) : -1;
      const order = s.sort !== 'oldest'
        ? members
        : [...members.slice(0, dated < 0 ? members.length : dated).reverse(), ...(dated < 0 ? [] : members.slice(dated).reverse())];
      for (let i = 0; i < order.length && picked.length < want; i++) {
        const p = order[i]!;
        if (!passes || passes(p)) picked.push(p);
      }
    }
    const hits = picked.slice(s.offset).map((p) => ({ id: this.ids[p]!, inLetter: inLetter.has(p), inReply: inReply.has(p) }));
    return { total, facets, hits };
  }

  private positionsOf(ids: number[]): number[] {
    return ids.map((id) => this.position.get(id)).filter((p): p is number => p !== undefined);
  }

  private lettersOfReplies(replies: Bitset): Bitset {
    const out = new Bitset(this.ids.length);
    for (const r of replies.members()) out.add(this.replyLetter[r]!);
    return out;
  }

  private evaluate(q: TsQuery, size: number, positions: (term: string) => Int32Array): Bitset {
    switch (q.op) {
      case 'term':
        return this.bitsetOf(size, positions(q.text));
      case 'not':
        return this.evaluate(q.arg, size, positions).not();
      case 'and':
        return q.args.map((a) => this.evaluate(a, size, positions)).reduce((a, b) => a.and(b));
      case 'or':
        return q.args.map((a) => this.evaluate(a, size, positions)).reduce((a, b) => a.or(b));
    }
  }

  /** A list as a bitset; a long one (a language's marker, a common word) is made once and kept with it. */
  private bitsetOf(size: number, list: Int32Array): Bitset {
    if (list.length < size / 32) return Bitset.of(size, list);
    let bits = this.dense.get(list);
    if (!bits) this.dense.set(list, (bits = Bitset.of(size, list)));
    return bits;
  }

  private drop(term: string): void {
    const l = this.words.get(term);
    if (!l) return;
    this.words.delete(term);
    this.heldIds -= l.letters.length + l.replies.length + l.named.length;
  }
}
