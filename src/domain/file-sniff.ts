/**
 * What an uploaded file is, from its bytes only, and the name it may be shown under. The name a
 * browser sends is never trusted: `report.pdf` may be a web page or a program. Only the four
 * kinds of UPLOAD_TYPES are accepted; anything else is refused with what it looks like, as a code
 * that each language words for itself (REFUSAL_EN is the English one).
 */
import type { UploadType } from './uploads.js';

export type RefusedKind =
  | 'empty'
  | 'html'
  | 'svg-or-xml'
  | 'executable'
  | 'zip-without-word'
  | 'word-with-macros'
  | 'archive'
  | 'other-image'
  | 'old-office'
  | 'text'
  | 'unknown';

export type Sniffed = { ok: true; mediaType: UploadType } | { ok: false; looksLike: RefusedKind };

export const REFUSAL_EN: Record<RefusedKind, string> = {
  empty: 'is empty',
  html: 'looks like HTML (a web page), not a document',
  'svg-or-xml': 'looks like an SVG or XML file',
  executable: 'looks like an executable program or script',
  'zip-without-word': 'is a ZIP without a Word document',
  'word-with-macros': 'is a Word document with macros',
  archive: 'looks like a compressed archive',
  'other-image': 'is an image of a kind not accepted (only PNG and JPEG)',
  'old-office': 'looks like an old Word or Office file (97-2003); save it as DOCX or PDF',
  text: 'looks like plain text; save it as PDF or DOCX',
  unknown: 'is not a PDF, Word (DOCX), PNG or JPEG file',
};

/** The extension a display name ends with, for each accepted type. */
export const UPLOAD_EXTENSIONS: Record<UploadType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = ascii('%PDF-');
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

const EXECUTABLES: number[][] = [
  ascii('MZ'), // Windows
  [0x7f, 0x45, 0x4c, 0x46], // ELF (Linux)
  [0xfe, 0xed, 0xfa, 0xce], [0xce, 0xfa, 0xed, 0xfe], [0xfe, 0xed, 0xfa, 0xcf], [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal, Java class
  ascii('#!'), // a script
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
];
const ARCHIVES: number[][] = [[0x1f, 0x8b], ascii("7z\xbc\xaf'\x1c"), ascii('Rar!'), ascii('BZh'), [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]];
const OTHER_IMAGES: number[][] = [ascii('GIF8'), [0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a], ascii('BM')];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

export function sniffUpload(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { ok: false, looksLike: 'empty' };
  // At the very start: a web page that mentions `%PDF-` a few lines down is not a PDF.
  if (startsWith(bytes, PDF)) return { ok: true, mediaType: 'application/pdf' };
  if (startsWith(bytes, PNG)) return { ok: true, mediaType: 'image/png' };
  if (startsWith(bytes, JPEG)) return { ok: true, mediaType: 'image/jpeg' };
  if (startsWith(bytes, ZIP_LOCAL)) {
    const names = zipEntryNames(bytes);
    if (!names || !names.has('word/document.xml') || !names.has('[Content_Types].xml')) return { ok: false, looksLike: 'zip-without-word' };
    if ([...names].some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return { ok: false, looksLike: 'word-with-macros' };
    return { ok: true, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  }
  return { ok: false, looksLike: refusedKind(bytes) };
}

function refusedKind(bytes: Uint8Array): RefusedKind {
  if (EXECUTABLES.some((s) => startsWith(bytes, s))) return 'executable';
  if (startsWith(bytes, OLE2)) return 'old-office';
  if (ARCHIVES.some((s) => startsWith(bytes, s)) || startsWith(bytes, [0x50, 0x4b])) return 'archive';
  if (OTHER_IMAGES.some((s) => startsWith(bytes, s)) || startsWith(bytes, ascii('WEBP'), 8)) return 'other-image';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').replace(/^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/^<(!doctype\s+html|html|head|body|script|iframe|meta|title|div|a\s|form|style|!--)/.test(head) || /<(script|html|iframe)[\s>]/.test(head)) return 'html';
  if (/^<(\?xml|svg)/.test(head) || /<svg[\s>]/.test(head)) return 'svg-or-xml';
  if (looksLikeText(bytes.subarray(0, 4096))) return 'text';
  return 'unknown';
}

/** Mostly letters and white space, no NUL: plain text in some encoding. */
function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  return control * 100 < head.length;
}

const EOCD = [0x50, 0x4b, 0x05, 0x06];
const CENTRAL_HEADER = [0x50, 0x4b, 0x01, 0x02];
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;

/**
 * The names of a ZIP's entries as its central directory lists them (the directory at the end is
 * what unzip and Word read; the local headers before it can say anything). Null when there is no
 * readable directory.
 */
export function zipEntryNames(bytes: Uint8Array): Set<string> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i--) {
    if (startsWith(bytes, EOCD, i)) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  // Located from the end record rather than its offset field, so that bytes put in front (a
  // self-extracting stub) do not move it.
  let at = eocd - dirSize;
  if (at < 0) return null;
  const names = new Set<string>();
  for (let n = 0; n < entries; n++) {
    if (at + CENTRAL_HEADER_SIZE > eocd || !startsWith(bytes, CENTRAL_HEADER, at)) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameEnd = at + CENTRAL_HEADER_SIZE + nameLength;
    if (nameEnd > eocd) return null;
    names.add(Buffer.from(bytes.subarray(at + CENTRAL_HEADER_SIZE, nameEnd)).toString('utf8'));
    at = nameEnd + extraLength + commentLength;
  }
  return names;
}

/** C0 and C1 controls, DEL, bidirectional marks, overrides and isolates, zero-width characters and the BOM. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Characters that Windows refuses in names, or that mean something in a header. */
const AWKWARD = /[<>:"|?*;]/g;
export const MAX_DISPLAY_NAME = 120;
const DEFAULT_STEM = 'attachment';

/**
 * The last segment of a name sent with / or \ separators, without invisible or bidirectional
 * characters, leading dots or trailing dots, at most 120 characters: safe to quote in a message.
 */
export function cleanName(sent: string): string {
  const segments = sent.normalize('NFC').split(/[/\\]/);
  const name = (segments[segments.length - 1] ?? '').replace(INVISIBLE, '').replace(AWKWARD, '_').replace(/\s+/g, ' ').trim();
  const chars = Array.from(name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, ''));
  return chars.length > MAX_DISPLAY_NAME ? chars.slice(0, MAX_DISPLAY_NAME).join('') : chars.join('');
}

/**
 * The name a file is shown and downloaded under: the last segment of what the browser sent (with
 * / or \), without invisible or bidirectional characters, no leading dots, at most 120 characters,
 * ending with the extension of the type its bytes have. A label, never a path.
 */
export function safeDisplayName(sent: string, mediaType: UploadType): string {
  const name = cleanName(sent);
  const extensions = UPLOAD_EXTENSIONS[mediaType];
  const dot = name.lastIndexOf('.');
  const given = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  let stem = dot > 0 && /^[a-z0-9]{1,10}$/.test(given) ? name.slice(0, dot) : name;
  let extension = extensions.includes(given) ? given : extensions[0]!;
  // `letter.pdf.exe` that is a PDF: `letter.pdf`, not `letter.pdf.pdf`.
  const inner = stem.lastIndexOf('.');
  if (!extensions.includes(given) && inner > 0 && extensions.includes(stem.slice(inner + 1).toLowerCase())) {
    extension = stem.slice(inner + 1).toLowerCase();
    stem = stem.slice(0, inner);
  }
  stem = stem.replace(/[.\s]+$/, '');
  const room = MAX_DISPLAY_NAME - extension.length - 1;
  const chars = Array.from(stem || DEFAULT_STEM);
  stem = (chars.length > room ? chars.slice(0, room).join('') : chars.join('')).trimEnd();
  return `${stem || DEFAULT_STEM}.${extension}`;
}
