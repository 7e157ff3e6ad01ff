/**
 * People and organisations resolved across documents. Each person or organisation a document
 * names becomes a mention of one entity:
 * 1. a spelling already known (same exact key: folded for persons, compact for organisations)
 *    attaches the mention to its entity; spellings the same document gives for one person are
 *    one entity, and two known entities a document shows to be one are merged
 *    (`variants-in-one-letter`);
 *    (`resolveMentions`, in the document's transaction, both kinds together);
 * 2. a spelling never seen makes a new entity; after a batch of documents, the new entities
 *    are put to the rules of domain/names.ts against the store's candidates (trigram-similar
 *    names, same skeleton): the first rule that holds merges the new entity into the older one,
 *    recording the rule and the two spellings (`resolveNewEntities`).
 * A pair someone unmerged by hand is never merged again.
 */
import { systemActor } from '../domain/actor.js';
import {
  matchOrganizationNames,
  matchPersonNames,
  nameKeys,
  type NameMatch,
} from '../domain/names.js';
import { appendAudit } from '../store/audit.repo.js';
import type { Queryable } from '../store/database.js';
import {
  findCandidates,
  keptApart,
  keptApartPairs,
  mergeEntities,
  ownersByMatchKeys,
  type EntityKind,
  type MentionTarget,
  type MentionsWrite,
  type NameKeys,
  probesOf,
  writeMentionsOfKinds,
} from '../store/entities.repo.js';
import { carryCaseRows } from './person-matches.js';

export interface NamedEntry {
  name: string;
  variants: string[];
  /** `victim`/`mentioned` for persons, null for organisations. */
  role: string | null;
  gender?: 'female' | 'male' | null;
  descriptors?: string[];
}

export interface ResolveCounts {
  created: number;
  attached: number;
  merged: number;
  /** The entities created: `resolveNewEntities` puts them to the rules. */
  createdIds: number[];
}

type Gender = 'female' | 'male' | null;

const RULE_ORDER = [
  'same-folded-name',
  'same-compact-name',
  'reordered-tokens',
  'transliteration-variant',
  'generic-word-dropped',
  'spelling-variant',
  'small-edit-long-name',
];

function matchNames(kind: EntityKind, a: { name: string; gender: Gender }, b: { name: string; gender: Gender }): NameMatch<string> | null {
  return kind === 'person' ? matchPersonNames(a, b) : matchOrganizationNames(a.name, b.name);
}

interface Group {
  entries: NamedEntry[];
  spellings: NameKeys[];
  owner?: number;
  isNew?: boolean;
}

/** Groups a document's entries: entries sharing a spelling (by exact key) are one entity. */
function groupEntries(kind: EntityKind, entries: NamedEntry[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const entry of entries) {
    const spellings = [entry.name, ...entry.variants]
      .map((n) => n.trim())
      .filter(Boolean)
      .map((n) => nameKeys(kind, n))
      .filter((k) => k.matchKey);
    if (spellings.length === 0) continue;
    const found = [...new Set(spellings.map((s) => byKey.get(s.matchKey)).filter((g): g is Group => !!g))];
    const group = found[0] ?? { entries: [], spellings: [] };
    if (!found[0]) groups.push(group);
    for (const other of found.slice(1)) {
      group.entries.push(...other.entries);
      group.spellings.push(...other.spellings);
      groups.splice(groups.indexOf(other), 1);
    }
    group.entries.push(entry);
    group.spellings.push(...spellings);
    for (const s of group.spellings) byKey.set(s.matchKey, group);
  }
  return groups;
}

interface PendingMerge {
  kept: number;
  merged: number;
  keptName: string;
  mergedName: string;
}

/** One kind's entries of a document, grouped, with the owners found for the known spellings. */
interface KindPlan {
  kind: EntityKind;
  groups: Group[];
  fresh: Group[];
  pendingMerges: PendingMerge[];
}

/**
 * Attaches the persons and organisations a document names (each kind's entries) to their
 * entities: one round trip looks up the known spellings of both kinds, one statement writes
 * the new entities, spellings and mentions of both; then the merges the document shows.
 */
export async function resolveMentions(
  tx: Queryable,
  target: MentionTarget,
  entries: Partial<Record<EntityKind, NamedEntry[]>>,
): Promise<Record<EntityKind, ResolveCounts>> {
  const counts: Record<EntityKind, ResolveCounts> = {
    person: { created: 0, attached: 0, merged: 0, createdIds: [] },
    organization: { created: 0, attached: 0, merged: 0, createdIds: [] },
  };
  const plans: KindPlan[] = (['person', 'organization'] as const)
    .map((kind) => ({ kind, groups: groupEntries(kind, entries[kind] ?? []), fresh: [], pendingMerges: [] }))
    .filter((p) => p.groups.length > 0);
  if (plans.length === 0) return counts;
  const owners = await ownersByMatchKeys(
    tx,
    Object.fromEntries(plans.map((p) => [p.kind, [...new Set(p.groups.flatMap((g) => g.spellings.map((s) => s.matchKey)))]])),
  );

  const writes: Partial<Record<EntityKind, MentionsWrite>> = {};
  for (const plan of plans) {
    const { kind, groups } = plan;
    // Known spellings: attach; several known entities in one group are one (the document says so).
    for (const g of groups) {
      const found = new Map<number, string>();
      for (const s of g.spellings) for (const o of owners[kind].get(s.matchKey) ?? []) if (!found.has(o)) found.set(o, s.name);
      const ids = [...found.keys()].sort((a, b) => a - b);
      if (ids.length === 0) continue;
      g.owner = ids[0]!;
      for (const other of ids.slice(1)) plan.pendingMerges.push({ kept: g.owner, merged: other, keptName: found.get(g.owner)!, mergedName: found.get(other)! });
    }
    plan.fresh = groups.filter((g) => g.owner === undefined);
    for (const g of plan.fresh) g.isNew = true;
    counts[kind].created = plan.fresh.length;
    counts[kind].attached = groups.length - plan.fresh.length;
    const genderOf = (g: Group): Gender => g.entries.find((e) => e.gender)?.gender ?? null;
    const attachRule = kind === 'person' ? 'same-folded-name' : 'same-compact-name';
    writes[kind] = {
      newEntities: plan.fresh.map((g) => ({ group: groups.indexOf(g), displayName: g.entries[0]!.name.trim(), gender: genderOf(g) })),
      knownOwners: groups.flatMap((g, i) => (g.owner === undefined ? [] : [{ group: i, owner: g.owner }])),
      names: groups.flatMap((g, i) => g.spellings.map((s) => ({ ...s, group: i }))),
      mentions: groups.flatMap((g, i) =>
        g.entries.map((e) => ({
          group: i,
          name: e.name.trim(),
          role: kind === 'person' ? e.role ?? 'mentioned' : e.role,
          descriptors: e.descriptors ?? [],
          matchedBy: g.isNew ? 'new' : attachRule,
        })),
      ),
    };
  }
  const ownerOf = await writeMentionsOfKinds(tx, target, writes);

  for (const { kind, groups, fresh, pendingMerges } of plans) {
    groups.forEach((g, i) => (g.owner = ownerOf[kind].get(i)!));
    for (const m of pendingMerges) {
      if (await keptApart(tx, kind, m.kept, m.merged)) continue;
      const mergeId = await mergeEntities(tx, kind, {
        keptId: m.kept,
        mergedId: m.merged,
        rule: 'variants-in-one-letter',
        keptName: m.keptName,
        mergedName: m.mergedName,
        detail: `${m.keptName} and ${m.mergedName} given for one ${kind} in one document`,
      });
      await afterMerge(tx, kind, m.kept, m.merged, mergeId, 'variants-in-one-letter');
      counts[kind].merged++;
    }
    counts[kind].createdIds = fresh.map((g) => g.owner!);
  }
  return counts;
}

const RESOLVER = systemActor('name-resolution');

/** A person merged by the resolver may be in case files: their rows follow, and each case's history says so. */
async function afterMerge(tx: Queryable, kind: EntityKind, keptId: number, mergedId: number, mergeId: number, rule: string): Promise<void> {
  if (kind !== 'person') return;
  const cases = await carryCaseRows(tx, keptId, mergedId, mergeId);
  await appendAudit(
    tx,
    ...cases.map((c) => ({
      actorId: null, actor: RESOLVER.label, action: 'case.person.merge', entity: 'case', entityId: String(c),
      before: { personId: mergedId }, after: { mergeId, keptId, mergedId, rule },
    })),
  );
}

/**
 * Puts new entities to the rules: for each (oldest first), the candidates the store finds
 * (trigram-similar or same-skeleton spellings of other entities) are matched by the rules of
 * domain/names.ts and the first rule in RULE_ORDER that holds merges the newer entity into the
 * older one. Run after a batch of documents is stored, in one transaction; returns the merges.
 */
export async function resolveNewEntities(tx: Queryable, kind: EntityKind, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  // The embedded engine has no autovacuum to give the planner statistics: without them it read the
  // whole spellings table for each new spelling's shared edit keys, a cost growing with the store
  // (1,916 spellings: 220 ms for 400 new ones; with the GIN index, 88 ms). Index scans only, for
  // the rest of this transaction, as a server's reads are planned (store/postgres-database.ts).
  await tx.query(`select set_config('enable_seqscan', 'off', true)`);
  // One after the other: a transaction is one connection.
  const probes = await probesOf(tx, kind, ids);
  const candidates = await findCandidates(tx, kind, ids);
  const apart = await keptApartPairs(tx, kind, ids);
  const genderOf = new Map(probes.map((p) => [p.owner, p.gender]));
  const mergedInto = new Map<number, number>();
  const final = (id: number) => {
    let x = id;
    while (mergedInto.has(x)) x = mergedInto.get(x)!;
    return x;
  };
  let merges = 0;
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
    let best: { owner: number; match: NameMatch<string>; name: string; probe: string } | null = null;
    for (const c of candidates) {
      if (c.for_owner !== id || c.owner > id) continue; // the newer entity goes into the older one
      const owner = final(c.owner);
      if (owner === id || apart.has(`${owner}:${id}`) || apart.has(`${c.owner}:${id}`)) continue;
      const match = matchNames(kind, { name: c.for_name, gender: genderOf.get(id) ?? null }, { name: c.name, gender: c.gender });
      if (!match) continue;
      const better =
        !best ||
        RULE_ORDER.indexOf(match.rule) < RULE_ORDER.indexOf(best.match.rule) ||
        (match.rule === best.match.rule && owner < best.owner);
      if (better) best = { owner, match, name: c.name, probe: c.for_name };
    }
    if (!best) continue;
    const mergeId = await mergeEntities(tx, kind, {
      keptId: best.owner,
      mergedId: id,
      rule: best.match.rule,
      keptName: best.name,
      mergedName: best.probe,
      detail: best.match.detail,
    });
    await afterMerge(tx, kind, best.owner, id, mergeId, best.match.rule);
    mergedInto.set(id, best.owner);
    merges++;
  }
  return merges;
}
