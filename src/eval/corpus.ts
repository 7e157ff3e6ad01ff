/**
 * The corpus evaluation: every `*.txt` of a directory extracted and scored against its
 * `*.expected.json`. Reads files; the extraction itself stays pure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Communication } from '../domain/communication.js';
import { extractDocument } from '../extract/extract.js';
import { scoreExtraction, type Check } from './score.js';

export interface DocumentScore {
  file: string;
  checks: Check[];
  extraction: Communication;
}

export interface CorpusScore {
  documents: DocumentScore[];
  passed: number;
  failed: number;
}

export function evaluateCorpus(dir: string): CorpusScore {
  const documents: DocumentScore[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const goldPath = join(dir, name.replace(/\.txt$/, '.expected.json'));
    if (!existsSync(goldPath)) continue;
    const extraction = extractDocument(readFileSync(join(dir, name), 'utf8'), { fileName: name });
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, unknown>;
    documents.push({ file: basename(name), checks: scoreExtraction(gold, extraction), extraction });
  }
  const all = documents.flatMap((d) => d.checks);
  return { documents, passed: all.filter((c) => c.ok).length, failed: all.filter((c) => !c.ok).length };
}

/** The report printed by `eval-corpus`: each failed check, a line per document, then `N passed, N failed`. */
export function formatCorpusScore(score: CorpusScore): string {
  const lines: string[] = [];
  for (const d of score.documents) {
    for (const c of d.checks) if (!c.ok) lines.push(`FAIL ${d.file} ${c.name}: ${c.detail}`);
    lines.push(`${d.file}: ${d.checks.filter((c) => c.ok).length}/${d.checks.length}`);
  }
  lines.push(`${score.passed} passed, ${score.failed} failed`);
  return lines.join('\n');
}
