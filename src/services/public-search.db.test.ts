import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { emptyFilters, parseSearchQuery, type SearchQuery, type SearchResult } from '../domain/search-query.js';
import { buildLetter, buildReply, person } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { publishDue } from './publish.js';
import { searchPublicLetters } from './public-search.js';
import { storeRecord } from './store-record.js';

const TODAY = '2025-06-01';
let t: TestDatabase;
let n = 0;

async function store(record: Communication) {
  const sha256 = `sha-${++n}`;
  await t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256, path: `/archive/private/${n}.md`, format: 'markdown', pages: null, bytes: 100, kind: record.kind }),
  );
}

const text = (...paragraphs: string[]) => paragraphs.join('\n\n');
const filler = (k: number) => `The information received concerns events of the year, paragraph ${k}, and the authorities were informed.`;
const HRD = { id: 'sr-human-rights-defenders', title: 'Special Rapporteur on the situation of human rights defenders' };
const TORTURE = { id: 'sr-torture', title: 'Special Rapporteur on torture and other cruel, inhuman or degrading treatment' };
const WGAD = { id: 'wg-arbitrary-detention', title: 'Working Group on Arbitrary Detention' };

function query(params: Record<string, string | string[]> = {}): SearchQuery {
  return parseSearchQuery(params);
}
const search = (params: Record<string, string | string[]> = {}) => searchPublicLetters(t.db, query(params));
const refs = (r: SearchResult) => r.items.map((i) => i.reference);
const facet = (r: SearchResult, name: keyof SearchResult['facets']) =>
  Object.fromEntries(r.facets[name].map((f) => [f.value, f.count]));
const hits = (r: SearchResult, i = 0) => (r.items[i]?.snippet ?? []).filter((p) => p.hit).map((p) => p.text.toLowerCase());

beforeAll(async () => {
  t = await openTestDatabase();
  // 1. The word `zephyrite` only in the fifth paragraph; a reply.
  await store(buildLetter({
    reference: 'AL XAA 1/2024', date: '2024-03-18', title: 'alleged detention of a human rights defender', joint: true,
    mandates: [HRD, WGAD], persons: [person('Aigerim Sekerbayeva')],
    text: text('Excellency,', 'We write to you as holders of two mandates.', filler(1), filler(2),
      'Ms. **Aigerim Sekerbayeva** was held in the zephyrite mine camp, where detention conditions are harsh.', filler(3)),
  }));
  await store(buildReply('AL XAA 1/2024', { date: '2024-05-02', text: text('The Permanent Mission presents its compliments.', 'The camp was closed.') }));
  // 2. `quarantine` only in its reply.
  await store(buildLetter({
    reference: 'UA XAB 1/2024', date: '2024-06-10', title: 'threats against a lawyer', joint: false, mandates: [HRD],
    text: text('Excellency,', 'The lawyer received threats after the hearing.', filler(4)),
  }));
  await store(buildReply('UA XAB 1/2024', { date: '2024-07-01', text: text('Excellency,', 'The lawyer was placed in sanitary quarantine for his own protection.') }));
  // 3. `torture` in the title, older; 4. `torture` once in the body, newer.
  await store(buildLetter({
    reference: 'AL XAC 1/2023', date: '2023-02-01', title: 'torture in police custody', joint: true, mandates: [HRD, WGAD],
    text: text('Excellency,', 'The persons were beaten in custody.', filler(5)),
  }));
  await store(buildLetter({
    reference: 'OL XAC 2/2024', date: '2024-09-01', title: 'draft law on public assemblies', joint: false, mandates: [HRD],
    text: text('Excellency,', 'The draft law restricts assemblies.', 'It does not define torture.', filler(6)),
  }));
  // 5. The same person under another spelling (given as a variant: one person), in French; cites letter 1.
  await store(buildLetter({
    reference: 'AL XAD 1/2024', date: '2024-11-20', language: 'fr', title: 'détention arbitraire d’une défenseuse', joint: true,
    mandates: [HRD, WGAD], persons: [person('Aigerim Sekerbaeva', ['Aigerim Sekerbayeva'])],
    text: text('Excellence,', 'Mme **Aigerim Sekerbaeva** a été placée en détention le 3 novembre.', 'Voir AL XAA 1/2024.'),
  }));
  // 6. Not public yet (dated 20 days before today): must contribute to nothing.
  await store(buildLetter({
    reference: 'UA XAL 1/2025', date: '2025-05-12', title: 'secret relocation of a witness in detention', joint: false,
    mandates: [TORTURE], persons: [person('Tomasz Hiddenbrook'), person('Aigerim Sekerbayeva', ['Zhanara Oblonskaya'])],
    text: text('Excellency,', 'Mr. **Tomasz Hiddenbrook** hides in the northern valley, in detention, with zephyrite.'),
  }));
  await publishDue(t.db, { asOf: TODAY });
});

afterAll(async () => {
  await t?.dispose();
});

describe('public search', () => {
  it('highlights the passage that matched, not the first lines', async () => {
    const r = await search({ q: 'zephyrite' });
    expect(refs(r)).toEqual(['AL XAA 1/2024']);
    const item = r.items[0]!;
    expect(item.snippetFrom).toBe('letter');
    expect(hits(r)).toEqual(['zephyrite']);
    const whole = item.snippet!.map((p) => p.text).join('');
    expect(whole).toContain('Aigerim Sekerbayeva was held');
    expect(whole).not.toContain('Excellency');
    expect(whole).not.toContain('**');
  });

  it('marks every form of the word the search matched, in the letter\'s own language, and no stop word', async () => {
    // `beatings` and `beaten` are not one lexeme in English: only the forms of the word asked are marked.
    const en = await search({ q: 'the persons beaten' });
    expect(refs(en)).toEqual(['AL XAC 1/2023']);
    expect(hits(en)).toEqual(['persons', 'beaten']);
    // `détentions` is read by the French stemmer, accents folded: `détention` in a French letter.
    const fr = await search({ q: 'détentions', lang: 'fr' });
    expect(refs(fr)).toEqual(['AL XAD 1/2024']);
    expect(hits(fr)).toEqual(['détention']);
  });

  it('finds a letter by the words of its reply, with the reply passage', async () => {
    const r = await search({ q: 'quarantine' });
    expect(refs(r)).toEqual(['UA XAB 1/2024']);
    expect(r.items[0]!.snippetFrom).toBe('reply');
    expect(hits(r)).toEqual(['quarantine']);
  });

  it('ranks a letter whose title matches above a newer one that mentions the word once', async () => {
    const r = await search({ q: 'torture' });
    expect(refs(r)).toEqual(['AL XAC 1/2023', 'OL XAC 2/2024']);
    expect(hits(r, 1)).toEqual(['torture']);
  });

  it('counts facets over every match, each with the other facets’ filters applied', async () => {
    const all = await search({ q: 'detention' });
    expect(refs(all).sort()).toEqual(['AL XAA 1/2024', 'AL XAC 1/2023', 'AL XAD 1/2024']);
    expect(all.total).toBe(3);
    expect(facet(all, 'state')).toEqual({ XAA: 1, XAC: 1, XAD: 1 });
    expect(facet(all, 'lang')).toEqual({ en: 2, fr: 1 });
    expect(facet(all, 'mandate')).toEqual({ 'sr-human-rights-defenders': 3, 'wg-arbitrary-detention': 3 });
    expect(facet(all, 'reply')).toEqual({ yes: 1, no: 2 });

    const xaa = await search({ q: 'detention', state: 'XAA' });
    expect(refs(xaa)).toEqual(['AL XAA 1/2024']);
    expect(xaa.total).toBe(1);
    expect(facet(xaa, 'state')).toEqual({ XAA: 1, XAC: 1, XAD: 1 }); // its own filter not applied
    expect(facet(xaa, 'lang')).toEqual({ en: 1 }); // the state filter applied
    expect(facet(xaa, 'year')).toEqual({ 2024: 1 });
  });

  it('gives the same total whether the facets are counted with the page or not', async () => {
    const cases: Array<Record<string, string | string[]>> = [
      { q: 'detention' }, { q: 'quarantine' }, { q: 'Sekerbaeva' }, { q: 'XAA 1/2024' }, { q: 'torture', joint: 'yes' },
      { q: 'detention -zephyrite' }, { q: 'detention', state: 'XAA' }, { q: 'nothingmatchesthis' }, { reply: 'yes' }, { q: 'torture', sort: 'newest' },
    ];
    const totals = async (facets: boolean) => {
      const out: number[] = [];
      for (const c of cases) out.push((await searchPublicLetters(t.db, query(c), { facets })).total);
      return out;
    };
    const withFacets = await totals(true);
    expect(withFacets).toEqual(await totals(false));
    expect(withFacets).toEqual([3, 1, 2, 2, 1, 2, 1, 0, 2, 2]);
  });

  it('filters by state, mandate, type, joint, year, reply and language', async () => {
    expect(refs(await search({ type: 'OL' }))).toEqual(['OL XAC 2/2024']);
    expect(refs(await search({ joint: 'no' })).sort()).toEqual(['OL XAC 2/2024', 'UA XAB 1/2024']);
    expect(refs(await search({ year: '2023' }))).toEqual(['AL XAC 1/2023']);
    expect(refs(await search({ reply: 'yes' })).sort()).toEqual(['AL XAA 1/2024', 'UA XAB 1/2024']);
    expect(refs(await search({ lang: 'fr' }))).toEqual(['AL XAD 1/2024']);
    expect(refs(await search({ mandate: 'wg-arbitrary-detention', state: ['XAA', 'XAD'] })).sort()).toEqual(['AL XAA 1/2024', 'AL XAD 1/2024']);
    expect((await search({ q: 'torture', type: 'UA' })).total).toBe(0);
  });

  it('sorts newest or oldest first and pages with the total', async () => {
    const newest = await search({ sort: 'newest' });
    expect(refs(newest)).toEqual(['AL XAD 1/2024', 'OL XAC 2/2024', 'UA XAB 1/2024', 'AL XAA 1/2024', 'AL XAC 1/2023']);
    expect(newest.total).toBe(5);
    expect(newest.items.every((i) => i.snippet === null && i.snippetFrom === null)).toBe(true);
    expect(refs(await search({ sort: 'oldest', limit: '2' }))).toEqual(['AL XAC 1/2023', 'AL XAA 1/2024']);
    const page2 = await search({ limit: '2', page: '2' });
    expect(refs(page2)).toEqual(['UA XAB 1/2024', 'AL XAA 1/2024']);
    expect(page2.total).toBe(5);
    const beyond = await search({ limit: '2', page: '9' });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(5);
  });

  it('finds a person under another spelling, with the letters that spell the name differently', async () => {
    const r = await search({ q: 'Sekerbaeva' });
    expect(r.people).toHaveLength(1);
    expect(r.people[0]!.spellings).toEqual(['Aigerim Sekerbaeva', 'Aigerim Sekerbayeva']);
    expect(r.people[0]!.letters).toBe(2);
    // Letter 1 writes only `Sekerbayeva`: found through the person.
    expect(refs(r).sort()).toEqual(['AL XAA 1/2024', 'AL XAD 1/2024']);
    const first = r.items.find((i) => i.reference === 'AL XAA 1/2024')!;
    expect(first.snippet!.some((p) => p.hit && /sekerbayeva/i.test(p.text))).toBe(true);
  });

  it('finds a letter by its reference first, with or without the type', async () => {
    for (const q of ['AL XAA 1/2024', 'XAA 1/2024', 'al xaa 1/2024']) {
      const r = await search({ q });
      expect(refs(r)[0]).toBe('AL XAA 1/2024');
      expect(refs(r)).toContain('AL XAD 1/2024'); // it cites the reference
    }
  });

  it('matches the words in the letter’s language, accents folded', async () => {
    expect(refs(await search({ q: 'détention arbitraire' }))).toEqual(['AL XAD 1/2024']);
    expect(refs(await search({ q: 'defenseuse' }))).toEqual(['AL XAD 1/2024']);
    expect(refs(await search({ q: 'detention -zephyrite' })).sort()).toEqual(['AL XAC 1/2023', 'AL XAD 1/2024']);
    expect(refs(await search({ q: '"police custody"' }))).toEqual(['AL XAC 1/2023']);
    expect(refs(await search({ q: 'zephyrite or quarantine' })).sort()).toEqual(['AL XAA 1/2024', 'UA XAB 1/2024']);
  });

  it('lets an unpublished letter contribute nothing: no hit, count, facet or person', async () => {
    for (const q of ['Hiddenbrook', 'northern valley', 'Tomasz', 'relocation', 'Oblonskaya', 'Zhanara Oblonskaya', 'UA XAL 1/2025', 'XAL 1/2025']) {
      const r = await search({ q });
      expect(r.total, q).toBe(0);
      expect(r.items, q).toEqual([]);
      expect(r.people, q).toEqual([]);
      for (const values of Object.values(r.facets)) expect(values, q).toEqual([]);
    }
    const detention = await search({ q: 'detention' });
    expect(detention.total).toBe(3);
    expect(facet(detention, 'state').XAL).toBeUndefined();
    expect(facet(detention, 'mandate')['sr-torture']).toBeUndefined();
    const zephyrite = await search({ q: 'zephyrite' });
    expect(zephyrite.total).toBe(1);
    const all = await searchPublicLetters(t.db, { text: '', filters: emptyFilters(), sort: 'newest', page: 1, pageSize: 100 });
    expect(all.total).toBe(5);
    expect(facet(all, 'year')).toEqual({ 2023: 1, 2024: 4 });
    const person = await search({ q: 'Aigerim Sekerbayeva' });
    expect(person.people[0]!.spellings).toEqual(['Aigerim Sekerbaeva', 'Aigerim Sekerbayeva']);
    expect(person.people[0]!.letters).toBe(2);
  });

  it('answers hostile query strings without an error', async () => {
    const hostile = [
      `'`, `"`, `"unclosed phrase`, `\\`, `\\\\'"`, `:*`, `detention:*`, `a & b | !c`, `(detention`, `)`, `!!`, `&|!()<->`,
      `-`, `--detention`, `or`, `or or and`, `the`, `'; drop table public_letters; --`, `$1`, `%_%`, `é`, `日本語の検索`, `🙂 détention`,
      'x'.repeat(200), `${'detention '.repeat(20)}`, '\u0000detention', 'a\u0001b\u0002c', '\ud800', 'AL XAA 0/2024', 'XAA 99999/2024',
      `<b>detention</b>`, `http://example.org/a?b&c`, `C:\\path\\file`, `'detention'`, `detention <-> torture`,
    ];
    for (const q of hostile) {
      const r = await searchPublicLetters(t.db, { text: q, filters: emptyFilters(), sort: 'relevance', page: 1, pageSize: 20 });
      expect(r.total, q).toBeGreaterThanOrEqual(0);
    }
    expect((await search({ q: `'detention'` })).total).toBe(3);
    expect((await search({ q: 'detention\\' })).total).toBe(3);
  });
});
