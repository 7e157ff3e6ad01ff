/**
 * The engine's answer to one prepared statement (Bind, Describe, Execute, Sync), read from the
 * protocol's bytes as PGlite's own reader would give it: the rows with their values parsed, the
 * rows a write touched, or the error. PGlite's reader copies every value into an ArrayBuffer of
 * its own before decoding it: hundreds a search, whose memory outside the heap made the engine's
 * thread collect its whole heap three times a second, each a pause of every statement behind it.
 * Here the bytes gathered from the engine go into one buffer kept from call to call, and each text
 * value is decoded from it in place.
 */
import { protocol, types, type PGlite } from '@electric-sql/pglite';
import type { QueryResult } from './database.js';

const { DatabaseError } = protocol.messages;

/** The fields of an ErrorResponse, by their protocol codes, as PGlite's reader names them. */
const ERROR_FIELDS: Record<string, string> = {
  S: 'severity', C: 'code', D: 'detail', H: 'hint', P: 'position', p: 'internalPosition', q: 'internalQuery',
  W: 'where', s: 'schema', t: 'table', c: 'column', d: 'dataType', n: 'constraint', F: 'file', L: 'line', R: 'routine',
};

const WRITES = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'COPY']);

/** A buffer larger than this after an answer (a long list read once) is not kept for the next. */
const KEPT_BYTES = 4 * 1024 * 1024;

export class AnswerReader {
  private buffer = Buffer.alloc(64 * 1024);
  private used = 0;

  /** Forgets what an answer left unread (a statement the engine broke off). */
  clear(): void {
    this.used = 0;
  }

  /** For PGlite's `onRawData`: the bytes are a view of the engine's memory, copied at once. */
  readonly take = (chunk: Uint8Array): void => {
    if (this.used + chunk.length > this.buffer.length) {
      const grown = Buffer.alloc(Math.max(this.buffer.length * 2, this.used + chunk.length));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.used);
    this.used += chunk.length;
  };

  /** Reads what was taken since the last call; throws the statement's error as PGlite would. */
  read<T>(parsers: PGlite['parsers']): QueryResult<T> {
    const b = this.buffer;
    const end = this.used;
    this.used = 0;
    let names: string[] = [];
    let typeIds: number[] = [];
    const rows: T[] = [];
    let affectedRows = 0;
    let error: Error | null = null;
    for (let at = 0; at + 5 <= end; ) {
      const kind = b[at]!;
      const stop = at + 1 + b.readInt32BE(at + 1);
      let p = at + 5;
      if (kind === 0x44 /* D: a row */) {
        const count = b.readInt16BE(p);
        p += 2;
        const row: Record<string, unknown> = {};
        for (let i = 0; i < count; i++) {
          const length = b.readInt32BE(p);
          p += 4;
          if (length < 0) row[names[i]!] = null;
          else {
            row[names[i]!] = types.parseType(b.toString('utf8', p, p + length), typeIds[i]!, parsers);
            p += length;
          }
        }
        rows.push(row as T);
      } else if (kind === 0x54 /* T: the columns */) {
        const count = b.readInt16BE(p);
        p += 2;
        names = new Array<string>(count);
        typeIds = new Array<number>(count);
        for (let i = 0; i < count; i++) {
          const zero = b.indexOf(0, p);
          names[i] = b.toString('utf8', p, zero);
          p = zero + 1;
          typeIds[i] = b.readInt32BE(p + 6); // after the table's oid and the column's number
          p += 18;
        }
      } else if (kind === 0x43 /* C: the command's tag */) {
        const words = b.toString('utf8', p, b.indexOf(0, p)).split(' ');
        if (WRITES.has(words[0]!)) affectedRows += Number(words[words.length - 1]) || 0;
      } else if (kind === 0x45 /* E: an error */ && !error) {
        error = readError(b, p, stop, stop - at);
      }
      at = stop;
    }
    if (this.buffer.length > KEPT_BYTES) this.buffer = Buffer.alloc(64 * 1024);
    if (error) throw error;
    return { rows, affectedRows };
  }
}

function readError(b: Buffer, from: number, stop: number, length: number): Error {
  const fields: Record<string, string> = {};
  let message = '';
  for (let p = from; p < stop && b[p] !== 0; ) {
    const code = String.fromCharCode(b[p]!);
    const zero = b.indexOf(0, p + 1);
    const value = b.toString('utf8', p + 1, zero);
    if (code === 'M') message = value;
    else if (ERROR_FIELDS[code]) fields[ERROR_FIELDS[code]!] = value;
    p = zero + 1;
  }
  return Object.assign(new DatabaseError(message, length, 'error'), fields);
}
