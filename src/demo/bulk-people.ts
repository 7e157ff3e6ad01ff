/**
 * People and organisations for the bulk demo load, resolved in memory by exact key only: the
 * spellings one record gives for one entity are that entity, and a spelling whose key (folded
 * name for persons, compact name for organisations) is already known joins its entity. This is
 * rule 1 of services/resolve-names without the named rules that follow it (transliteration,
 * small edits), which need the store's candidates one batch at a time and would cost the bulk
 * path its speed; the generator's variants share keys often enough for a realistic archive.
 */
import { nameKeys } from '../domain/names.js';

export type BulkEntityKind = 'person' | 'organization';

export interface NameRow {
  entityId: number;
  name: string;
  matchKey: string;
  folded: string;
  skeleton: string;
  editKeys: string[];
}

export interface Resolved {
  entityId: number;
  /** True when this record made the entity. */
  created: boolean;
  /** Spellings never seen before, to store with their keys. */
  newNames: NameRow[];
}

function nameRow(kind: BulkEntityKind, entityId: number, name: string): NameRow {
  return { entityId, ...nameKeys(kind, name) };
}

export class ExactKeyResolver {
  private readonly ownerOfKey = new Map<string, number>();
  private readonly seenNames = new Set<string>();
  private lastId = 0;

  constructor(readonly kind: BulkEntityKind) {}

  /** Ids are given here, from 1: the bulk load writes into an empty store. */
  get maxId(): number {
    return this.lastId;
  }

  /** The entity of one record's entry (its name and the variants it gives); null when no spelling has a key. */
  resolve(spellings: string[]): Resolved | null {
    const rows = spellings.map((s) => nameRow(this.kind, 0, s)).filter((r) => r.matchKey);
    if (rows.length === 0) return null;
    // The first known key decides; two known entities a record shows to be one stay apart here.
    const known = rows.map((r) => this.ownerOfKey.get(r.matchKey)).find((id) => id !== undefined);
    const entityId = known ?? ++this.lastId;
    const newNames: NameRow[] = [];
    for (const r of rows) {
      if (!this.ownerOfKey.has(r.matchKey)) this.ownerOfKey.set(r.matchKey, entityId);
      const seen = `${entityId}\u0000${r.name}`;
      if (this.seenNames.has(seen)) continue;
      this.seenNames.add(seen);
      newNames.push({ ...r, entityId });
    }
    return { entityId, created: known === undefined, newNames };
  }
}
