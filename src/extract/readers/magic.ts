/** Recognising a file by its first bytes (its "magic number"), never by its name. */

export function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** `%PDF-` may be preceded by some junk; readers such as Acrobat look in the first kilobyte. */
export function isPdf(bytes: Uint8Array): boolean {
  return indexOfAscii(bytes, '%PDF-', 0, 1024) >= 0;
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

/** A ZIP holding `word/document.xml`: file names are stored uncompressed in the local headers. */
export function isDocx(bytes: Uint8Array): boolean {
  return isZip(bytes) && indexOfAscii(bytes, 'word/document.xml') >= 0;
}

/** The OLE2 compound file of Word 97-2003 (.doc), Excel .xls, PowerPoint .ppt and Outlook .msg. */
export function isOle2(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

export function isRtf(bytes: Uint8Array): boolean {
  return startsWith(bytes, ascii('{\\rtf'));
}

/** Formats that are certainly not documents, named for the message a person reads. */
const BINARY_SIGNATURES: ReadonlyArray<{ what: string; signature: number[]; offset?: number }> = [
  { what: 'a PNG image', signature: [0x89, 0x50, 0x4e, 0x47] },
  { what: 'a JPEG image', signature: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', signature: ascii('GIF8') },
  { what: 'a TIFF image', signature: [0x49, 0x49, 0x2a, 0x00] },
  { what: 'a TIFF image', signature: [0x4d, 0x4d, 0x00, 0x2a] },
  { what: 'a WebP image', signature: ascii('WEBP'), offset: 8 },
  { what: 'a Windows program', signature: ascii('MZ') },
  { what: 'a Linux program', signature: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'a macOS program', signature: [0xcf, 0xfa, 0xed, 0xfe] },
  { what: 'a gzip archive', signature: [0x1f, 0x8b] },
  { what: 'a 7-Zip archive', signature: ascii("7z\xbc\xaf'\x1c") },
  { what: 'a RAR archive', signature: ascii('Rar!') },
  { what: 'an MP3 file', signature: ascii('ID3') },
  { what: 'an MP4 or QuickTime video', signature: ascii('ftyp'), offset: 4 },
  { what: 'a SQLite database', signature: ascii('SQLite format 3') },
];

/** What a binary file is, when its signature says so; null when unknown. */
export function knownBinaryKind(bytes: Uint8Array): string | null {
  for (const { what, signature, offset } of BINARY_SIGNATURES) {
    if (!startsWith(bytes, signature, offset ?? 0)) continue;
    // A short signature of printable letters (`MZ`, `ID3`) could begin a text: binary files also hold NULs.
    if (signature.every((b) => b >= 0x20 && b < 0x7f) && !bytes.subarray(0, 512).includes(0)) continue;
    return what;
  }
  return null;
}

export function indexOfAscii(bytes: Uint8Array, needle: string, from = 0, within = bytes.length): number {
  const codes = ascii(needle);
  const end = Math.min(bytes.length - codes.length, from + within - codes.length);
  outer: for (let i = from; i <= end; i++) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return i;
  }
  return -1;
}

/** Searches backwards from the end (for trailers such as `%%EOF`). */
export function lastIndexOfAscii(bytes: Uint8Array, needle: string, within = bytes.length): number {
  const codes = ascii(needle);
  const stop = Math.max(0, bytes.length - within);
  outer: for (let i = bytes.length - codes.length; i >= stop; i--) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return i;
  }
  return -1;
}
