import { describe, expect, it } from 'vitest';
import { canonicalJson, chainEntry, verifyChain, type AuditChange, type AuditEntry } from './audit-chain.js';

const change = (n: number): AuditChange => ({
  actorId: 3, actor: 'user:3 officer@staff.example', action: 'case.update', entity: 'case', entityId: '7',
  before: { title: `Title ${n}` }, after: { title: `Title ${n + 1}`, tags: ['a', { z: 1, y: 2 }] },
});

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++) out.push(chainEntry(change(i), new Date(Date.UTC(2026, 0, 1, 0, i)), out.at(-1) ?? null));
  return out;
}

describe('audit chain', () => {
  it('holds for entries as written, and is the same whatever the key order of the values', () => {
    expect(verifyChain(chain(5))).toMatchObject({ break: null, count: 5, head: { seq: 5 } });
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(canonicalJson({ a: [{ c: 2, d: 1 }], b: 1 }));
  });

  it('names the first edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, after: { title: 'Quietly changed' } };
    expect(verifyChain(entries).break).toEqual({ seq: 3, problem: 'edited', detail: 'its content does not match its hash' });
  });

  it('finds an entry deleted from the middle', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyChain(entries).break).toMatchObject({ seq: 3, problem: 'missing', detail: 'entries 2–2 are missing' });
  });

  it('finds entries renumbered to hide a deletion, and entries swapped', () => {
    const entries = chain(5);
    const renumbered = [entries[0]!, { ...entries[2]!, seq: 2 }, { ...entries[3]!, seq: 3 }];
    expect(verifyChain(renumbered).break).toMatchObject({ seq: 2, problem: 'relinked' });
    const swapped = [entries[0]!, { ...entries[2]!, seq: 2 }, { ...entries[1]!, seq: 3 }];
    expect(verifyChain(swapped).break?.seq).toBe(2);
  });

  it('finds a chain rebuilt from an edited entry onwards only if its hashes are recomputed wrongly', () => {
    const entries = chain(3);
    // Editing an entry and recomputing its own hash still breaks the link of the next one.
    const edited = chainEntry({ ...change(1), after: { title: 'forged' } }, entries[1]!.at, entries[0]!);
    expect(verifyChain([entries[0]!, edited, entries[2]!]).break).toMatchObject({ seq: 3, problem: 'relinked' });
  });
});
