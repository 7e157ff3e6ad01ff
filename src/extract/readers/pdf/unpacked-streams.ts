/**
 * What a PDF's compressed streams hold once inflated, measured before pdf.js decodes them: a file
 * of half a megabyte can hold a page stream of gigabytes and take the process's memory with it.
 * Every stream is a top-level object of the file (object streams hold no streams), so the file is
 * scanned for `stream … endstream` and each FlateDecode stream but images (which reading the text
 * does not decode) inflated under a cap. Streams that do not inflate (damaged, another filter)
 * count as nothing: pdf.js says what is wrong.
 */
import { inflateSync } from 'node:zlib';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far before `stream` its dictionary is looked for. */
const DICTIONARY_REACH = 1024;

/** The bytes the FlateDecode streams inflate to, or `limit + 1` as soon as it is known to be more than `limit`. */
export function inflatedStreamBytes(bytes: Uint8Array, limit: number): number {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = file.indexOf(STREAM); at >= 0; at = file.indexOf(STREAM, at + STREAM.length)) {
    // `endstream` contains `stream`: only the keyword that opens a stream, after its dictionary.
    if (at >= 3 && file.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (file[start] === 0x0d) start++;
    if (file[start] !== 0x0a) continue;
    start++;
    const dictionary = file.toString('latin1', Math.max(0, at - DICTIONARY_REACH), at);
    const own = dictionary.slice(dictionary.lastIndexOf('obj'));
    const end = file.indexOf(END_STREAM, start);
    if (end < 0) break;
    // Images are not decoded to read the text, and a scan's may be large: they are not counted.
    if (/\/FlateDecode\b/.test(own) && !/\/Subtype\s*\/Image\b/.test(own)) {
      try {
        total += inflateSync(file.subarray(start, end), { maxOutputLength: limit - total + 1, finishFlush: 2 /* Z_SYNC_FLUSH */ }).length;
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return limit + 1;
      }
      if (total > limit) return limit + 1;
    }
    at = end;
  }
  return total;
}
