/**
 * Facet counts of a search, from the facet values of every matching letter: for each facet, the
 * letters per value with every *other* facet's filter applied (so a State's own filter still
 * shows the other States), and the total with every filter applied.
 *
 * The store hands the values over as one line per letter, tab-separated: State, type, joint
 * (`true`/`false`/empty), year, reply (`true`/`false`), language, mandates (comma-separated).
 * Building that text costs the database a fraction of grouping by seven columns and an array,
 * which on the embedded engine was most of a search's time; counting it here is one pass.
 */
import { FACETS, type FacetCount, type Facets, type SearchFilters } from '../domain/search-query.js';

// Each facet's place in FACETS, where the counts are kept.
const at = (facet: keyof SearchFilters): number => FACETS.indexOf(facet);
const STATE = at('state'), MANDATE = at('mandate'), TYPE = at('type'), JOINT = at('joint'), YEAR = at('year'), REPLY = at('reply'), LANG = at('lang');

/** A list filter as a set (null: no filter); a yes/no filter as the stored word. */
const setOf = <T>(values: T[]): Set<T> | null => (values.length ? new Set(values) : null);
const storedWord = (v: 'yes' | 'no' | null): string | null => (v === null ? null : v === 'yes' ? 'true' : 'false');
const shown = (stored: string): string => (stored === 'true' ? 'yes' : 'no');

function add(counts: Map<string, number>, value: string, n: number): void {
  counts.set(value, (counts.get(value) ?? 0) + n);
}

const byCountThenValue = (a: FacetCount, b: FacetCount) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

export function countFacetLines(text: string, filters: SearchFilters): { facets: Facets; total: number } {
  const state = setOf(filters.state);
  const mandate = setOf(filters.mandate);
  const type = setOf<string>(filters.type);
  const joint = storedWord(filters.joint);
  const year = setOf(filters.year.map(String));
  const reply = storedWord(filters.reply);
  const lang = setOf(filters.lang);
  const counts = FACETS.map(() => new Map<string, number>());
  let total = 0;
  // Letters with the same values are one line many times over: each distinct line is read once.
  const lines = new Map<string, number>();
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    lines.set(line, (lines.get(line) ?? 0) + 1);
    start = end + 1;
  }
  for (const [line, n] of lines) {
    const [s = '', t = '', j = '', y = '', r = '', l = '', m = ''] = line.split('\t');
    const mandates = m ? m.split(',') : [];
    // Which filters the letter fails: it counts under a facet only when it passes every other
    // one. (No closures here: tsx names each closure it creates, which costs more than the loop.)
    const fails: boolean[] = [];
    fails[STATE] = state !== null && !state.has(s);
    fails[MANDATE] = mandate !== null && !mandates.some((id) => mandate.has(id));
    fails[TYPE] = type !== null && !type.has(t);
    fails[JOINT] = joint !== null && j !== joint;
    fails[YEAR] = year !== null && !year.has(y);
    fails[REPLY] = reply !== null && r !== reply;
    fails[LANG] = lang !== null && !lang.has(l);
    let failed = 0;
    let failedFacet = -1;
    for (let f = 0; f < fails.length; f++) if (fails[f]) { failed++; failedFacet = f; }
    if (failed === 0) total += n;
    else if (failed > 1) continue;
    const only = failed === 0 ? -1 : failedFacet;
    if (s && (only < 0 || only === STATE)) add(counts[STATE]!, s, n);
    if (only < 0 || only === MANDATE) for (const id of mandates) add(counts[MANDATE]!, id, n);
    if (t && (only < 0 || only === TYPE)) add(counts[TYPE]!, t, n);
    if (j && (only < 0 || only === JOINT)) add(counts[JOINT]!, shown(j), n);
    if (y && (only < 0 || only === YEAR)) add(counts[YEAR]!, y, n);
    if (r && (only < 0 || only === REPLY)) add(counts[REPLY]!, shown(r), n);
    if (l && (only < 0 || only === LANG)) add(counts[LANG]!, l, n);
  }
  const facets = {} as Facets;
  FACETS.forEach((f, i) => {
    facets[f] = [...counts[i]!].map(([value, count]) => ({ value, count })).sort(byCountThenValue);
  });
  return { facets, total };
}
