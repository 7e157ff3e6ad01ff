/**
 * What a DOCX (a ZIP archive) holds once unpacked, measured before mammoth unpacks it: a file of
 * one megabyte can unpack to gigabytes (a "zip bomb") and take the process's memory with it. Each
 * entry is inflated here with a cap on its output, so a size the archive's directory misstates is
 * caught too. Entries the directory does not describe well are left for mammoth to report.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const SAME_AS_ZIP64 = 0xffffffff;

interface Entry {
  method: number;
  compressedSize: number;
  localHeader: number;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Where the central directory starts and how many entries it has; null when there is none to read. */
function directory(bytes: Uint8Array): { offset: number; entries: number } | null {
  const v = view(bytes);
  // The end record is the last 22 bytes, or earlier by a comment of up to 65,535 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (v.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    const entries = v.getUint16(at + 10, true);
    const offset = v.getUint32(at + 16, true);
    if (offset !== SAME_AS_ZIP64 && entries !== 0xffff) return { offset, entries };
    const locator = at - 20;
    if (locator < 0 || v.getUint32(locator, true) !== ZIP64_END_LOCATOR) return null;
    const end = Number(v.getBigUint64(locator + 8, true));
    if (end + 56 > bytes.length || v.getUint32(end, true) !== ZIP64_END) return null;
    return { offset: Number(v.getBigUint64(end + 48, true)), entries: Number(v.getBigUint64(end + 32, true)) };
  }
  return null;
}

function entries(bytes: Uint8Array): Entry[] {
  const dir = directory(bytes);
  if (!dir) return [];
  const v = view(bytes);
  const out: Entry[] = [];
  let at = dir.offset;
  for (let i = 0; i < dir.entries && at + 46 <= bytes.length && v.getUint32(at, true) === DIRECTORY_ENTRY; i++) {
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    let compressedSize = v.getUint32(at + 20, true);
    let localHeader = v.getUint32(at + 42, true);
    const uncompressed32 = v.getUint32(at + 24, true);
    // Sizes and offsets too large for 32 bits are in the ZIP64 extra field, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = v.getUint16(x, true);
      const size = v.getUint16(x + 2, true);
      if (id === 0x0001) {
        let f = x + 4;
        if (uncompressed32 === SAME_AS_ZIP64) f += 8;
        if (compressedSize === SAME_AS_ZIP64) { compressedSize = Number(v.getBigUint64(f, true)); f += 8; }
        if (localHeader === SAME_AS_ZIP64) localHeader = Number(v.getBigUint64(f, true));
      }
      x += 4 + size;
    }
    out.push({ method: v.getUint16(at + 10, true), compressedSize, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/**
 * The bytes the archive unpacks to, or `limit + 1` as soon as it is known to be more than `limit`.
 * Entries that cannot be read (damaged, another compression) count as nothing: the reader says what is wrong.
 */
export function unpackedSize(bytes: Uint8Array, limit: number): number {
  const v = view(bytes);
  let total = 0;
  for (const e of entries(bytes)) {
    if (e.localHeader + 30 > bytes.length || v.getUint32(e.localHeader, true) !== LOCAL_HEADER) continue;
    const start = e.localHeader + 30 + v.getUint16(e.localHeader + 26, true) + v.getUint16(e.localHeader + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
    if (e.method === STORED) total += data.length;
    else if (e.method === DEFLATED) {
      try {
        total += inflateRawSync(data, { maxOutputLength: limit - total + 1 }).length;
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return limit + 1;
      }
    }
    if (total > limit) return limit + 1;
  }
  return total;
}
