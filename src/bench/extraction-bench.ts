/**
 * Extraction speed: generated letters of about 3,000 words are built in memory first, then only
 * `extractDocument` is timed, one letter after another on one core. Target: 500 letters a second.
 */
import { generateLetters } from '../demo/generate-archive.js';
import { extractDocument } from '../extract/extract.js';
import type { Benchmark, BenchResult } from './benchmark.js';
import { round, summarize } from './stats.js';


export const extractionBench: Benchmark = {
  name: 'extraction',
  description: 'letters per second through extractDocument, one core, ~3,000-word letters',
  async run({ scale, log }): Promise<BenchResult> {
    const name = this.name;
    const count = Math.max(20, Math.round(2000 * scale));
    log(`extraction: generating ${count} letters of ~3,000 words in memory`);
    const letters = generateLetters({ letters: count, seed: 7, words: 3000, languages: ['en', 'fr', 'es'] });
    const words = letters.reduce((a, d) => a + d.truth.words, 0);
    // Warm up the JIT and the lazily loaded reference data, outside the timing.
    for (const d of letters.slice(0, Math.min(50, letters.length))) extractDocument(d.text, { fileName: d.file });
    log(`extraction: timing ${count} letters`);
    const times: number[] = [];
    let failures = 0;
    for (const d of letters) {
      const t0 = performance.now();
      const record = extractDocument(d.text, { fileName: d.file });
      times.push(performance.now() - t0);
      if (!record.reference) failures++;
    }
    const s = summarize(times);
    const rate = (s.count / s.totalMs) * 1000;
    return {
      name, status: 'ok', count, unit: 'letters', rate: round(rate, 1), target: 500, met: rate >= 500,
      p50Ms: round(s.p50Ms, 3), p95Ms: round(s.p95Ms, 3), totalMs: round(s.totalMs, 1),
      details: { wordsPerLetter: Math.round(words / count), wordsPerSecond: Math.round((words / s.totalMs) * 1000), maxMs: round(s.maxMs, 2), lettersWithoutReference: failures },
    };
  },
};
