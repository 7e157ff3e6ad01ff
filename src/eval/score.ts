/**
 * Scoring one extraction against a gold file (`*.expected.json`), check by check, with exactly the
 * rules of shared/tools/score_extraction.py (kept in step with it by hand: see corpus.test.ts).
 */

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

type Json = Record<string, unknown>;

/** Python's fold of the scorer: accents, case, quotes, `#().,` and runs of spaces do not count. */
export function scoreFold(s: unknown): string {
  const text = typeof s === 'string' ? s : '';
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/["'“”‘’«»#().,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function names(xs: unknown, key = 'name'): string[] {
  if (!Array.isArray(xs)) return [];
  return xs.map((x) => (x && typeof x === 'object' ? (x as Json)[key] : x)).filter((x): x is string => typeof x === 'string' && x.length > 0);
}

export function nameMatch(a: string, b: string): boolean {
  const fa = scoreFold(a);
  const fb = scoreFold(b);
  if (fa === fb || (fa.length > 5 && fb.length > 5 && (fa.includes(fb) || fb.includes(fa)))) return true;
  const ta = new Set(fa.split(' ').filter(Boolean));
  const tb = new Set(fb.split(' ').filter(Boolean));
  const subset = (x: Set<string>, y: Set<string>) => [...x].every((t) => y.has(t));
  return ta.size > 0 && tb.size > 0 && (subset(ta, tb) || subset(tb, ta));
}

const allFound = (gold: string[], got: string[]) => gold.filter((g) => !got.some((x) => nameMatch(g, x)));
const repr = (v: unknown) => (v === undefined || v === null ? 'None' : JSON.stringify(v));
const sorted = (xs: string[]) => [...xs].sort();
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function scoreExtraction(gold: Json, extracted: unknown): Check[] {
  let ext: Json = {};
  if (Array.isArray(extracted)) ext = (extracted[0] as Json) ?? {};
  else if (extracted && typeof extracted === 'object') ext = extracted as Json;
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail = '') => checks.push({ name, ok, detail });

  check('kind', ext.kind === gold.kind, `got ${repr(ext.kind)}`);
  if (gold.kind === 'source') {
    if ('title' in gold) check('title', scoreFold(ext.title) === scoreFold(gold.title), `got ${repr(ext.title)}`);
    const persons = names(ext.persons);
    let miss = allFound((gold.people as string[]) ?? [], persons);
    check('people', !miss.length, `missing ${repr(miss)}; got ${repr(persons)}`);
    const orgs = names(ext.organizations);
    miss = allFound((gold.organizations as string[]) ?? [], orgs);
    check('organizations', !miss.length, `missing ${repr(miss)}; got ${repr(orgs)}`);
    const got = new Set(Array.isArray(ext.countries) ? (ext.countries as string[]) : []);
    check('countries', ((gold.countries as string[]) ?? []).every((c) => got.has(c)), `got ${repr(sorted([...got]))}`);
    return checks;
  }
  const ref = ext.reference;
  const refText = ref && typeof ref === 'object' ? (ref as Json).text : ref;
  check('reference', (typeof refText === 'string' ? refText.trim() : '') === gold.reference, `got ${repr(refText)}`);
  check('date', ext.date === gold.date, `got ${repr(ext.date)}`);
  const rec = ext.recipient;
  const recCode = rec && typeof rec === 'object' ? (rec as Json).code : rec;
  check('recipient', recCode === gold.recipient, `got ${repr(recCode)}`);
  const cc = sorted(names(ext.copiedTo, 'code'));
  check('copiedTo', sameList(cc, sorted(gold.copiedTo as string[])), `got ${repr(cc)}`);
  const mt = sorted(names(ext.mandates, 'title').map(scoreFold));
  const gm = sorted((gold.mandates as string[]).map(scoreFold));
  check('mandates', sameList(mt, gm), `missing ${repr(gm.filter((t) => !mt.includes(t)))}; extra ${repr(mt.filter((t) => !gm.includes(t)))}`);
  const res = Array.isArray(ext.resolutions) ? (ext.resolutions as string[]) : [];
  check('resolutions', sameList(sorted(res), sorted(gold.resolutions as string[])), `got ${repr(ext.resolutions)}`);
  const persons = Array.isArray(ext.persons) ? (ext.persons as Json[]) : [];
  const victims = persons.filter((p) => p && typeof p === 'object' && p.role === 'victim').map((p) => p.name as string);
  let miss = allFound((gold.victims as string[]) ?? [], victims);
  check('victims', !miss.length, `missing ${repr(miss)}; victims got ${repr(victims)}`);
  const allp = names(persons);
  const people = (gold.people as string[]) ?? [];
  miss = allFound(people, allp);
  const extra = allp.filter((p) => !people.some((g) => nameMatch(p, g)));
  check('people.recall', !miss.length, `missing ${repr(miss)}`);
  check('people.precision', !extra.length, `extra ${repr(extra)}`);
  const orgs = names(ext.organizations);
  miss = allFound((gold.organizations as string[]) ?? [], orgs);
  check('organizations', !miss.length, `missing ${repr(miss)}; got ${repr(orgs)}`);
  const qn = Array.isArray(ext.questions) ? ext.questions.length : ext.questions;
  check('questions', qn === gold.questions, `got ${repr(qn)}`);
  check('replyDeadlineDays', ext.replyDeadlineDays === gold.replyDeadlineDays, `got ${repr(ext.replyDeadlineDays)}`);
  const sg = names(ext.signatories);
  miss = allFound(gold.signatories as string[], sg);
  check('signatories', !miss.length && sg.length === (gold.signatories as string[]).length, `missing ${repr(miss)}; got ${repr(sg)}`);
  const rc = sorted([...new Set(names(ext.relatedCommunications, 'reference'))]);
  check('relatedCommunications', sameList(rc, sorted(gold.relatedCommunications as string[])), `got ${repr(rc)}`);
  const ds = new Set(Array.isArray(ext.documentSymbols) ? (ext.documentSymbols as string[]) : []);
  const gs = new Set(gold.documentSymbols as string[]);
  const tp = [...ds].filter((d) => gs.has(d)).length;
  const f1 = ds.size || gs.size ? (2 * tp) / (ds.size + gs.size) : 1;
  check('documentSymbols', f1 >= 0.95, `F1 ${f1.toFixed(2)}; missing ${repr(sorted([...gs].filter((g) => !ds.has(g))))}; extra ${repr(sorted([...ds].filter((d) => !gs.has(d))))}`);
  check('redactions', ext.redactions === gold.redactions, `got ${repr(ext.redactions)}`);
  const events = Array.isArray(ext.events) ? (ext.events as Json[]) : [];
  for (const s of (gold.events_sample as Array<{ date: string; contains: string }>) ?? []) {
    const ok = events.some((e) => e && typeof e === 'object' && e.date === s.date && String(e.text ?? '').toLowerCase().includes(s.contains.toLowerCase()));
    check(`event ${s.date}`, ok, `no event dated ${s.date} containing ${repr(s.contains)}`);
  }
  return checks;
}
