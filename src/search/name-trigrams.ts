/**
 * The public spellings of persons (folded) by their trigrams, to narrow a name lookup before the
 * database measures it. The database keeps a spelling whose trigram similarity to the name
 * searched is at least 0.5, or whose closest run of words is at least 0.6 alike (pg_trgm's
 * `similarity` and `strict_word_similarity`). Either way the spelling shares at least half of
 * the searched name's distinct trigrams: the spellings that do are the candidates, and the
 * database decides among them, so the answer is the same as its own lookup's.
 *
 * Trigrams as pg_trgm makes them: each word padded with two spaces before and one after. Whether
 * a letter outside ASCII is part of a word depends on the server's locale, so a spelling holding
 * one has the trigrams of both readings; a searched name outside ASCII is left to the database.
 *
 * Of those, a spelling that can reach neither threshold is left out: the closest run of its words
 * shares at most the trigrams the whole spelling shares, so its strict word similarity is at most
 * shared / the name's trigrams; and the trigram similarity of a spelling in ASCII is known here,
 * shared / (the name's + the spelling's − shared).
 */

const PLAIN = /^[a-z0-9 ]+$/;

function wordTrigrams(words: string[], into: Set<string>): void {
  for (const w of words) {
    if (!w) continue;
    const padded = `  ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) into.add(padded.slice(i, i + 3));
  }
}

/** The distinct trigrams of a folded spelling, under either reading of letters outside ASCII. */
export function trigramsOf(folded: string): Set<string> {
  const out = new Set<string>();
  wordTrigrams(folded.split(/[^\p{L}\p{N}]+/u), out);
  if (!PLAIN.test(folded)) wordTrigrams(folded.split(/[^a-z0-9]+/), out);
  return out;
}

/** The database's thresholds: trigram similarity of the whole spelling, strict word similarity. */
const WHOLE = 0.5;
const WORD = 0.6;

export class NameTrigrams {
  private readonly names: string[];
  private readonly postings = new Map<string, number[]>();
  private readonly counts: Uint16Array;
  /** Each spelling's distinct trigrams, for those in ASCII (whose trigrams do not depend on the locale); 0 for the others. */
  private readonly plainSizes: Uint16Array;

  constructor(folded: Iterable<string>) {
    this.names = [...new Set(folded)];
    this.plainSizes = new Uint16Array(this.names.length);
    this.names.forEach((name, i) => {
      const trigrams = trigramsOf(name);
      if (PLAIN.test(name)) this.plainSizes[i] = Math.min(trigrams.size, 0xffff);
      for (const t of trigrams) {
        const list = this.postings.get(t);
        if (list) list.push(i);
        else this.postings.set(t, [i]);
      }
    });
    this.counts = new Uint16Array(this.names.length);
  }

  /** Whether a spelling sharing `shared` of the name's `size` trigrams may be alike enough for the database to keep it. */
  private mayMatch(i: number, shared: number, size: number): boolean {
    // Exact fractions, with a margin for the database's single-precision arithmetic.
    if (shared / size >= WORD - 1e-6) return true;
    const own = this.plainSizes[i]!;
    return own === 0 || shared / (size + own - shared) >= WHOLE - 1e-6;
  }

  /** The spellings that may be like `probe` (folded), or null when the database must look itself. */
  candidates(probe: string): string[] | null {
    if (!PLAIN.test(probe)) return null;
    const lists = [...trigramsOf(probe)].map((t) => this.postings.get(t) ?? []).sort((a, b) => a.length - b.length);
    // Either threshold needs at least half of the name's trigrams shared.
    const need = Math.ceil(WHOLE * lists.length);
    if (need === 0) return [];
    // A spelling holding `need` of the trigrams is in at least one of the rarest `lists - need + 1`:
    // those are counted, and each spelling found there is looked up in the others.
    const first = lists.length - need + 1;
    const touched: number[] = [];
    for (let l = 0; l < first; l++) {
      for (const i of lists[l]!) {
        if (this.counts[i] === 0) touched.push(i);
        this.counts[i]!++;
      }
    }
    const out: string[] = [];
    for (const i of touched) {
      let count = this.counts[i]!;
      this.counts[i] = 0;
      // Most spellings found there hold one trigram: they need every other list, and the rarest of
      // those usually lacks them, so the search stops at the first list that can no longer be spared.
      let l = first;
      for (; l < lists.length && count < need && count + lists.length - l >= need; l++) if (holds(lists[l]!, i)) count++;
      if (count < need) continue;
      // Those left count the rest of their shared trigrams, to be measured against both thresholds.
      for (; l < lists.length; l++) if (holds(lists[l]!, i)) count++;
      if (this.mayMatch(i, count, lists.length)) out.push(this.names[i]!);
    }
    return out;
  }
}

/** Whether an ascending list holds `x`. */
function holds(list: number[], x: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
