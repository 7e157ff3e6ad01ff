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
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(n.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, localName, data);
    central.push(entry, n);
    offset += local.length + localName.length + data.length;
  });
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
