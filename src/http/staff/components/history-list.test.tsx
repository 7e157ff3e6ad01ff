import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../domain/audit-chain.js';
import { actorWords, changesOf, HistoryList } from './history-list.js';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  seq: 1,
  at: new Date('2025-06-01T14:03:09.123Z'),
  actorId: 12,
  actor: 'user:12 ana@staff.example',
  action: 'case.update',
  entity: 'case',
  entityId: '4',
  before: null,
  after: null,
  prevHash: '0',
  hash: '1',
  ...over,
});

describe('changesOf', () => {
  it('keeps only the fields whose value changed, and every field of a creation', () => {
    expect(changesOf({ before: { title: 'Old', status: 'open' }, after: { title: 'New', status: 'open' } })).toEqual([{ field: 'title', before: 'Old', after: 'New' }]);
    expect(changesOf({ before: null, after: { roles: ['defender', 'journalist'], consent: null } })).toEqual([
      { field: 'roles', after: 'defender, journalist' },
      { field: 'consent', after: '—' },
    ]);
    expect(changesOf({ before: { reference: 'AL XAA 1/2024' }, after: null })).toEqual([{ field: 'reference', before: 'AL XAA 1/2024' }]);
  });
});

describe('actorWords', () => {
  it('names people by their address and the other actors in words', () => {
    expect(actorWords('user:12 ana@staff.example')).toBe('ana@staff.example');
    expect(actorWords('cli:user add')).toBe('command line (user add)');
    expect(actorWords('public:submission-form')).toBe('public submission form');
    expect(actorWords('system:publication')).toBe('system (publication)');
  });
});

describe('HistoryList', () => {
  it('shows who, when in UTC, the action in words and the change, escaped', () => {
    const html = renderToString(<HistoryList entries={[entry({ before: { title: 'Harbour' }, after: { title: '<script>x</script>', summary: '[confidential]' } })]} />);
    expect(html).toContain('2025-06-01 14:03:09 UTC');
    expect(html).toContain('ana@staff.example');
    expect(html).toContain('<strong>Edited the case</strong>');
    expect(html).toContain('<del>Harbour</del>');
    expect(html).toContain('<ins>&lt;script>x&lt;/script></ins>');
    expect(html).toContain('<ins>[confidential]</ins>');
    expect(html).not.toContain('<script>');
  });

  it('says when there is nothing', () => {
    expect(renderToString(<HistoryList entries={[]} />)).toContain('Nothing recorded yet.');
  });
});
