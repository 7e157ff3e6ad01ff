/**
 * Facet counts of a search, from the facet values of every matching letter: for each facet, the
 * letters per value with every *other* facet's filter applied (so a State's own filter still
 * shows the other States), and the total with every filter applied.
 *
 * The store hands the values over as one line per letter, tab-separated: State, type, joint
 * (`true`/`false`/empty), year, reply (`true`/`false`), language, mandates (comma-separated).
 * Building that text costs the database a fraction of grouping by seven columns and an array.
 * A FacetTable reads the lines once into columns of small numbers, so that counting any set of
 * its letters is one pass of array lookups.
 */
import { FACETS, type FacetCount, type Facets, type SearchFilters } from '../domain/search-query.js';

// Each facet's place in FACETS (and in a line, but for the mandates, which come last there).
const at = (facet: keyof SearchFilters): number => FACETS.indexOf(facet);
const MANDATE = at('mandate');
/** The single-valued facets: their place in FACETS, and their field in a line. */
const SINGLE: ReadonlyArray<{ facet: number; field: number }> = [
  { facet: at('state'), field: 0 }, { facet: at('type'), field: 1 }, { facet: at('joint'), field: 2 },
  { facet: at('year'), field: 3 }, { facet: at('reply'), field: 4 }, { facet: at('lang'), field: 5 },
];
const YES_NO = new Set([at('joint'), at('reply')]);

const byCountThenValue = (a: FacetCount, b: FacetCount) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** A filter's values as stored in a line (`yes` → `true`); null when the facet is not filtered. */
function storedValues(filters: SearchFilters, facet: number): string[] | null {
  const name = FACETS[facet]!;
  const v = filters[name];
  if (Array.isArray(v)) return v.length ? v.map(String) : null;
  return v === null ? null : [v === 'yes' ? 'true' : 'false'];
}

export class FacetTable {
  /** Per facet, its distinct values as stored. */
  private readonly values: string[][] = FACETS.map(() => []);
  private readonly ids: Array<Map<string, number>> = FACETS.map(() => new Map());
  /** Per single-valued facet (as SINGLE), each row's value id, -1 when empty. */
  private readonly columns: Int32Array[];
  /**
   * The rows by their combination of single-valued facet values (value ids as SINGLE): 50,000
   * letters have about 2,700, so a search without filters counts its rows once, not once per
   * facet. The same for their sets of mandates (about 6,800).
   */
  private readonly combos: Distinct;
  private readonly mandateSets: Distinct;
  /** Each row's mandate ids: `mandateIds[mandateStart[r] .. mandateStart[r + 1])`. */
  private readonly mandateStart: Int32Array;
  private readonly mandateIds: Int32Array;

  constructor(lines: Iterable<string>) {
    const columns: number[][] = SINGLE.map(() => []);
    const mandateStart = [0];
    const mandateIds: number[] = [];
    for (const line of lines) {
      const fields = line.split('\t');
      SINGLE.forEach(({ facet, field }, i) => {
        const v = fields[field] ?? '';
        columns[i]!.push(v === '' ? -1 : this.idOf(facet, v));
      });
      const mandates = fields[6] ?? '';
      if (mandates) for (const m of mandates.split(',')) mandateIds.push(this.idOf(MANDATE, m));
      mandateStart.push(mandateIds.length);
    }
    this.columns = columns.map((c) => Int32Array.from(c));
    this.combos = distinct(mandateStart.length - 1, (r) => this.columns.map((c) => c[r]!));
    this.mandateStart = Int32Array.from(mandateStart);
    this.mandateIds = Int32Array.from(mandateIds);
    this.mandateSets = distinct(mandateStart.length - 1, (r) => this.mandateIds.subarray(this.mandateStart[r]!, this.mandateStart[r + 1]!));
  }

  /** Counts these rows (each `times[i]` times when given, else once) with these filters. */
  count(rows: Int32Array, filters: SearchFilters, times?: Int32Array): { facets: Facets; total: number } {
    const checks = this.checks(filters);
    const counts = FACETS.map((_, f) => new Int32Array(this.values[f]!.length));
    if (!times && checks.every((c) => c === null)) {
      this.countAll(rows, counts);
      return { facets: this.listed(counts), total: rows.length };
    }
    // Per row: -1 when it passes every filter, the facet when it fails that one only, -2 when more.
    const only = new Int8Array(rows.length).fill(-1);
    checks.forEach((ok, f) => {
      if (!ok) return;
      for (let i = 0; i < rows.length; i++) {
        if (ok(rows[i]!)) continue;
        only[i] = only[i] === -1 ? f : -2;
      }
    });
    let total = 0;
    for (let i = 0; i < rows.length; i++) if (only[i] === -1) total += times ? times[i]! : 1;
    SINGLE.forEach(({ facet }, c) => {
      const column = this.columns[c]!;
      const into = counts[facet]!;
      for (let i = 0; i < rows.length; i++) {
        const o = only[i]!;
        if (o !== -1 && o !== facet) continue;
        const v = column[rows[i]!]!;
        if (v >= 0) into[v]! += times ? times[i]! : 1;
      }
    });
    const into = counts[MANDATE]!;
    for (let i = 0; i < rows.length; i++) {
      const o = only[i]!;
      if (o !== -1 && o !== MANDATE) continue;
      const r = rows[i]!;
      for (let k = this.mandateStart[r]!; k < this.mandateStart[r + 1]!; k++) into[this.mandateIds[k]!]! += times ? times[i]! : 1;
    }
    return { facets: this.listed(counts), total };
  }

  /**
   * Every facet of every row counted when nothing is filtered (most searches): the rows per
   * combination of values and per set of mandates first, then each one's values, without the
   * marks the general way keeps of each row against the filters.
   */
  private countAll(rows: Int32Array, counts: Int32Array[]): void {
    const combos = this.combos;
    const sets = this.mandateSets;
    const perCombo = new Int32Array(combos.start.length - 1);
    const perSet = new Int32Array(sets.start.length - 1);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      perCombo[combos.of[r]!]!++;
      perSet[sets.of[r]!]!++;
    }
    for (let c = 0; c < perCombo.length; c++) {
      const n = perCombo[c]!;
      if (n === 0) continue;
      for (let f = 0; f < SINGLE.length; f++) {
        const v = combos.values[combos.start[c]! + f]!;
        if (v >= 0) counts[SINGLE[f]!.facet]![v]! += n;
      }
    }
    const mandates = counts[MANDATE]!;
    for (let m = 0; m < perSet.length; m++) {
      const n = perSet[m]!;
      if (n === 0) continue;
      for (let k = sets.start[m]!; k < sets.start[m + 1]!; k++) mandates[sets.values[k]!]! += n;
    }
  }

  /** The counts as lists of values, most frequent first, values never counted left out. */
  private listed(counts: Int32Array[]): Facets {
    const facets = {} as Facets;
    FACETS.forEach((name, f) => {
      const list: FacetCount[] = [];
      counts[f]!.forEach((count, v) => {
        if (count === 0) return;
        const stored = this.values[f]![v]!;
        list.push({ value: YES_NO.has(f) ? (stored === 'true' ? 'yes' : 'no') : stored, count });
      });
      facets[name] = list.sort(byCountThenValue);
    });
    return facets;
  }

  /** Whether a row passes every filter; null when nothing is filtered. */
  passes(filters: SearchFilters): ((row: number) => boolean) | null {
    const checks = this.checks(filters).filter((c): c is (row: number) => boolean => c !== null);
    if (checks.length === 0) return null;
    return (r) => {
      for (const ok of checks) if (!ok(r)) return false;
      return true;
    };
  }

  /** Per facet, whether a row passes its filter; null when the facet is not filtered. */
  private checks(filters: SearchFilters): Array<((row: number) => boolean) | null> {
    return FACETS.map((_, f) => {
      const wanted = storedValues(filters, f);
      if (!wanted) return null;
      const ok = new Uint8Array(this.values[f]!.length);
      for (const w of wanted) {
        const id = this.ids[f]!.get(w);
        if (id !== undefined) ok[id] = 1;
      }
      if (f === MANDATE) {
        return (r: number) => {
          for (let k = this.mandateStart[r]!; k < this.mandateStart[r + 1]!; k++) if (ok[this.mandateIds[k]!]) return true;
          return false;
        };
      }
      const column = this.columns[SINGLE.findIndex((s) => s.facet === f)]!;
      return (r: number) => {
        const v = column[r]!;
        return v >= 0 && ok[v] === 1;
      };
    });
  }

  private idOf(facet: number, value: string): number {
    const ids = this.ids[facet]!;
    let id = ids.get(value);
    if (id === undefined) {
      id = this.values[facet]!.length;
      ids.set(value, id);
      this.values[facet]!.push(value);
    }
    return id;
  }
}

/** Rows numbered by their run of values, alike runs alike: each row's number, and each number's run (`values[start[n] .. start[n + 1])`). */
interface Distinct {
  of: Int32Array;
  start: Int32Array;
  values: Int32Array;
}

function distinct(rows: number, runOf: (row: number) => ArrayLike<number>): Distinct {
  const of = new Int32Array(rows);
  const seen = new Map<string, number>();
  const start = [0];
  const values: number[] = [];
  for (let r = 0; r < rows; r++) {
    const run = Array.from(runOf(r));
    const key = run.join(',');
    let n = seen.get(key);
    if (n === undefined) {
      n = seen.size;
      seen.set(key, n);
      values.push(...run);
      start.push(values.length);
    }
    of[r] = n;
  }
  return { of, start: Int32Array.from(start), values: Int32Array.from(values) };
}

/** The counts of lines as the store writes them, one per matching letter. */
export function countFacetLines(text: string, filters: SearchFilters): { facets: Facets; total: number } {
  // Letters with the same values are one line many times over: each distinct line is read once.
  const lines = new Map<string, number>();
  if (text !== '') for (const line of text.split('\n')) lines.set(line, (lines.get(line) ?? 0) + 1);
  const table = new FacetTable(lines.keys());
  const times = Int32Array.from(lines.values());
  return table.count(Int32Array.from(times.keys()), filters, times);
}
