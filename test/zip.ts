/** A ZIP archive built by hand, for tests of what reads archives (the DOCX reader's limits, the upload sniffer). */
import { deflateRawSync } from 'node:zlib';

export interface ZipOptions {
  /** Entries stored as they are rather than deflated. */
  stored?: boolean;
  /** What every entry says it unpacks to, instead of the truth. */
  claimed?: number;
  /** The names the local headers give, when they differ from the directory's (a disguised archive). */
  localNames?: string[];
}

/** A ZIP archive of these entries, written the way zip tools write it unless the options say otherwise. */
export function buildZip(files: Array<[string, Buffer | string]>, { stored = false, claimed, localNames }: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  files.forEach(([name, raw], i) => {
    const content = Buffer.from(raw);
    const data = stored ? content : deflateRawSync(content);
    const method = stored ? 0 : 8;
    const size = claimed ?? content.length;
    const localName = Buffer.from(localNames?.[i] ?? name);
    const n = Buffer.from(name);
    const local = header(30, [[0, 4, 0x04034b50], [8, 2, method], [18, 4, data.length], [22, 4, size], [26, 2, localName.length]]);
    const entry = header(46, [[0, 4, 0x02014b50], [10, 2, method], [20, 4, data.length], [24, 4, size], [28, 2, n.length], [42, 4, offset]]);
    locals.push(local, localName, data);
    central.push(entry, n);
    offset += local.length + localName.length + data.length;
  });
  const dir = Buffer.concat(central);
  const end = header(22, [[0, 4, 0x06054b50], [8, 2, files.length], [10, 2, files.length], [12, 4, dir.length], [16, 4, offset]]);
  return Buffer.concat([...locals, dir, end]);
}

/** A header of `size` zero bytes with these little-endian fields set: [offset, width in bytes, value]. */
function header(size: number, fields: Array<[number, 2 | 4, number]>): Buffer {
  const out = Buffer.alloc(size);
  for (const [at, width, value] of fields) {
    if (width === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value, at);
  }
  return out;
}
