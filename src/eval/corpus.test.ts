import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, formatCorpusScore } from './corpus.js';
import { ENGLISH_2024 } from '../extract/letter/testing/sample-letters.js';

describe('evaluateCorpus on an invented corpus', () => {
  it('prints each failed check and the totals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rap-corpus-'));
    writeFileSync(join(dir, 'UA_XAB_4_2024.txt'), ENGLISH_2024);
    writeFileSync(join(dir, 'UA_XAB_4_2024.expected.json'), JSON.stringify({ kind: 'source', title: 'Not this letter', people: [], organizations: [], countries: [] }));
    const score = evaluateCorpus(dir);
    const report = formatCorpusScore(score);
    expect(report).toContain('FAIL UA_XAB_4_2024.txt kind: got "communication"');
    expect(report.split('\n').pop()).toBe(`${score.passed} passed, ${score.failed} failed`);
    expect(score.failed).toBeGreaterThan(0);
  });
});

const shared = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const hasCorpus = existsSync(shared);
if (!hasCorpus) console.warn(`corpus.test: no shared corpus at ${shared}, the real corpus evaluation is skipped`);

describe.skipIf(!hasCorpus)('evaluateCorpus on ../shared/corpus', () => {
  it('passes every check on the real documents', () => {
    const score = evaluateCorpus(shared);
    expect(score.documents.length).toBeGreaterThanOrEqual(3);
    expect(formatCorpusScore(score).split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([]);
  });
});
