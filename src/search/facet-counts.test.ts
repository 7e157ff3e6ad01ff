import { describe, expect, it } from 'vitest';
import { emptyFilters, type SearchFilters } from '../domain/search-query.js';
import { countFacetLines, FacetTable } from './facet-counts.js';

// State, type, joint, year, reply, language, mandates: as the store writes them.
const LINES = [
  'XAA\tAL\ttrue\t2024\ttrue\ten\tsr-defenders,wg-detention',
  'XAA\tUA\tfalse\t2023\tfalse\ten\tsr-defenders',
  'XAB\tAL\ttrue\t2024\tfalse\tfr\tsr-defenders,sr-torture',
  'XAB\tAL\ttrue\t2024\tfalse\tfr\tsr-defenders,sr-torture',
  'OTH\t\t\t\tfalse\t\t',
].join('\n');

const filters = (f: Partial<SearchFilters>): SearchFilters => ({ ...emptyFilters(), ...f });
const asObject = (list: Array<{ value: string; count: number }>) => Object.fromEntries(list.map((x) => [x.value, x.count]));

describe('facet counts', () => {
  it('counts every value without filters, leaving out what a letter does not have', () => {
    const { facets, total } = countFacetLines(LINES, emptyFilters());
    expect(total).toBe(5);
    expect(facets.state).toEqual([{ value: 'XAA', count: 2 }, { value: 'XAB', count: 2 }, { value: 'OTH', count: 1 }]);
    expect(asObject(facets.mandate)).toEqual({ 'sr-defenders': 4, 'sr-torture': 2, 'wg-detention': 1 });
    expect(asObject(facets.type)).toEqual({ AL: 3, UA: 1 });
    expect(asObject(facets.joint)).toEqual({ yes: 3, no: 1 });
    expect(asObject(facets.year)).toEqual({ 2024: 3, 2023: 1 });
    expect(asObject(facets.reply)).toEqual({ yes: 1, no: 4 });
    expect(asObject(facets.lang)).toEqual({ en: 2, fr: 2 });
  });

  it('applies every other facet’s filter to a facet, and all of them to the total', () => {
    const { facets, total } = countFacetLines(LINES, filters({ state: ['XAA'], year: [2024] }));
    expect(total).toBe(1);
    // The State facet is counted with the year filter only: both States of 2024 show.
    expect(asObject(facets.state)).toEqual({ XAA: 1, XAB: 2 });
    // The year facet with the State filter only.
    expect(asObject(facets.year)).toEqual({ 2024: 1, 2023: 1 });
    expect(asObject(facets.lang)).toEqual({ en: 1 });
    expect(asObject(facets.mandate)).toEqual({ 'sr-defenders': 1, 'wg-detention': 1 });
  });

  it('matches a mandate filter on any of a letter’s mandates, and yes/no filters on the stored words', () => {
    expect(countFacetLines(LINES, filters({ mandate: ['sr-torture', 'wg-detention'] })).total).toBe(3);
    expect(countFacetLines(LINES, filters({ joint: 'no' })).total).toBe(1);
    expect(countFacetLines(LINES, filters({ reply: 'yes', lang: ['en'] })).total).toBe(1);
    expect(countFacetLines(LINES, filters({ type: ['OL'] })).facets.type).toEqual([{ value: 'AL', count: 3 }, { value: 'UA', count: 1 }]);
  });

  it('answers nothing for no matching letter', () => {
    expect(countFacetLines('', emptyFilters())).toEqual({ total: 0, facets: { state: [], mandate: [], type: [], joint: [], year: [], reply: [], lang: [] } });
  });

  it('counts a search’s letters without filters, letters alike in every facet or in their mandates counted together', () => {
    // Rows 0, 1 and 4 share State, type, joint, year, reply and language; rows 1 and 3 share their mandates.
    const table = new FacetTable([
      'XAA\tAL\ttrue\t2024\tfalse\ten\tsr-defenders',
      'XAA\tAL\ttrue\t2024\tfalse\ten\tsr-torture,wg-detention',
      'XAB\tUA\tfalse\t2023\ttrue\tfr\tsr-torture',
      'XAC\tOL\t\t2022\tfalse\tes\tsr-torture,wg-detention',
      'XAA\tAL\ttrue\t2024\tfalse\ten\t',
    ]);
    const { facets, total } = table.count(Int32Array.of(1, 3, 4), emptyFilters());
    expect(total).toBe(3);
    expect(asObject(facets.state)).toEqual({ XAA: 2, XAC: 1 });
    expect(asObject(facets.type)).toEqual({ AL: 2, OL: 1 });
    expect(asObject(facets.joint)).toEqual({ yes: 2 });
    expect(asObject(facets.year)).toEqual({ 2024: 2, 2022: 1 });
    expect(asObject(facets.reply)).toEqual({ no: 3 });
    expect(asObject(facets.lang)).toEqual({ en: 2, es: 1 });
    expect(asObject(facets.mandate)).toEqual({ 'sr-torture': 2, 'wg-detention': 2 });
  });
});
