/**
 * A `.json` file holding one interchange record (what `rapporteur extract` prints), read back
 * for import and checked against the schema; a wrong field is named in the error.
 */
import { readFile } from 'node:fs/promises';
import { CommunicationSchema, type Communication } from '../domain/communication.js';
import { RapError } from '../domain/errors.js';

export async function readRecordFile(path: string): Promise<Communication> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new RapError('RAP_ERR_BAD_RECORD', `not JSON: ${(e as Error).message}`, { file: path });
  }
  return parseRecord(raw, path);
}

export function parseRecord(raw: unknown, file?: string): Communication {
  const result = CommunicationSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || undefined;
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
  throw new RapError('RAP_ERR_BAD_RECORD', `${issue.message}${more}`, { ...(file ? { file } : {}), ...(field ? { field } : {}) });
}
