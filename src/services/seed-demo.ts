/**
 * Fills an empty database with the synthetic demo archive, through the same extractor and store
 * as a real import: what the demo shows is what Rapporteur makes of letters.
 */
import { createHash } from 'node:crypto';
import { generateArchive } from '../demo/generate-archive.js';
import { extractDocument } from '../extract/extract.js';
import type { Database } from '../store/database.js';
import { countCommunications } from '../store/communications.repo.js';
import { storeRecord } from './store-record.js';

export interface SeedOptions {
  letters: number;
  seed?: number;
  onProgress?: (done: number) => void;
}

/** Seeds the demo archive when the database holds no letter; answers how many documents were stored. */
export async function seedDemoIfEmpty(db: Database, { letters, seed = 1, onProgress }: SeedOptions): Promise<number> {
  const counts = await countCommunications(db);
  if (counts.imported > 0 || counts.placeholder > 0) return 0;
  let stored = 0;
  for (const doc of generateArchive({ letters, seed, words: 1200, languages: ['en', 'fr', 'es'] })) {
    const record = extractDocument(doc.text, { fileName: doc.file });
    const bytes = Buffer.from(doc.text, 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = { sha256, path: `demo/${doc.file}`, format: 'markdown', pages: null, bytes: bytes.length, kind: record.kind, content: bytes };
    const withSource = { ...record, source: { file: doc.file, sha256, format: 'markdown' as const, pages: null }, text: doc.text };
    if (record.kind === 'communication' && !record.reference) continue;
    const result = await db.transaction((tx) => storeRecord(tx, withSource, file));
    if (result.status !== 'duplicate') stored++;
    onProgress?.(stored);
  }
  return stored;
}
